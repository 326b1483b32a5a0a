/**
 * Which window has which planning file open. One file is open in at most one window of the
 * app, because two connections writing one file would each believe they hold the truth.
 */
import path from 'node:path';
import fs from 'node:fs';
import { UserError } from '../shared/contract/errors';
import type { PlanMetaInput } from '../shared/contract/schemas';
import { ensureDailyBackup } from './file/backup';
import { toUserError } from './file/errors';
import { cleanLeftoversIn, cleanNotedTempFiles, cleanTempDirs, noteTempFilesIn } from './file/leftovers';
import { dropPlanJobWorker, preparePlanJobWorker } from './jobs/planJob';
import { PlanSession } from './session';

/** Said by dispatch before a plan channel runs without an open plan, and by saveAs. */
export const NO_PLAN_MESSAGE = 'Es ist kein Plan geöffnet. Öffnen oder erstellen Sie zuerst eine Planungsdatei.';

export class SessionManager {
  private readonly byWindow = new Map<string, PlanSession>();

  /**
   * On start: what crashed earlier runs left in the temporary folder, the backup folder and
   * beside Save-as/Share targets (noted in `tempNotesDir`).
   */
  constructor(
    private readonly backupDir: string,
    tempNotesDir: string | null = null,
  ) {
    cleanTempDirs();
    cleanLeftoversIn(backupDir);
    if (tempNotesDir) {
      cleanNotedTempFiles(tempNotesDir);
      noteTempFilesIn(tempNotesDir);
    }
  }

  get(windowId: string): PlanSession | null {
    return this.byWindow.get(windowId) ?? null;
  }

  require(windowId: string): PlanSession {
    const session = this.byWindow.get(windowId);
    if (!session) throw new UserError(NO_PLAN_MESSAGE, 'no-plan');
    return session;
  }

  async open(windowId: string, filePath: string): Promise<PlanSession> {
    const current = this.byWindow.get(windowId);
    const real = safeRealPath(filePath);
    if (current && current.realPath === real) return current;
    this.assertNotOpenElsewhere(windowId, real, filePath);
    const session = await PlanSession.open(filePath, { backupDir: this.backupDir });
    this.dailyBackup(session);
    this.replace(windowId, session);
    preparePlanJobWorker();
    return session;
  }

  async create(windowId: string, filePath: string, meta: PlanMetaInput | null): Promise<PlanSession> {
    const session = await PlanSession.create(filePath, meta, { backupDir: this.backupDir });
    this.replace(windowId, session);
    preparePlanJobWorker();
    return session;
  }

  /**
   * Save as: write a checked copy, then continue working in the copy. An existing file is
   * replaced only with `overwrite` (the planner confirmed), an open plan never.
   */
  async saveAs(windowId: string, filePath: string, overwrite = false): Promise<PlanSession> {
    const session = this.require(windowId);
    const real = safeRealPath(filePath);
    if (real === session.realPath) throw new UserError('Das ist die Datei, die bereits geöffnet ist. Wählen Sie einen anderen Namen.', 'same-file');
    this.assertNotOpenElsewhere(windowId, real, filePath);
    await session.saveCopy(filePath, { overwrite, openFiles: this.openRealPaths() });
    const copy = await PlanSession.open(filePath, { backupDir: this.backupDir });
    this.replace(windowId, copy);
    return copy;
  }

  /** The real paths of all open plans: files no export or copy may replace. */
  openRealPaths(): string[] {
    return [...this.byWindow.values()].map((s) => s.realPath);
  }

  close(windowId: string): void {
    this.byWindow.get(windowId)?.close();
    this.byWindow.delete(windowId);
    if (this.byWindow.size === 0) dropPlanJobWorker();
  }

  closeAll(): void {
    for (const id of [...this.byWindow.keys()]) this.close(id);
  }

  /** A failed daily backup must not keep the planner from working; it is tried on the next open. */
  private dailyBackup(session: PlanSession): void {
    try {
      ensureDailyBackup(session.realPath, this.backupDir);
    } catch (error) {
      console.error('[backup]', toUserError(error, 'Tägliche Sicherung fehlgeschlagen').message);
    }
  }

  private replace(windowId: string, session: PlanSession): void {
    const previous = this.byWindow.get(windowId);
    if (previous && previous !== session) previous.close();
    this.byWindow.set(windowId, session);
  }

  private assertNotOpenElsewhere(windowId: string, real: string, filePath: string): void {
    for (const [otherWindow, session] of this.byWindow) {
      if (otherWindow !== windowId && session.realPath === real) {
        throw new UserError(
          `„${path.basename(filePath)}“ ist bereits in einem anderen Fenster geöffnet. Wechseln Sie zu diesem Fenster, ` +
            'damit nicht zwei Fenster dieselbe Datei gleichzeitig ändern.',
          'already-open',
        );
      }
    }
  }
}

/** The canonical path of a file, or of where it would be when it does not exist yet. */
function safeRealPath(filePath: string): string {
  const resolved = path.resolve(filePath);
  try {
    return fs.realpathSync(resolved);
  } catch {
    return resolved;
  }
}
