/**
 * The one place that opens a user's planning file for work. Order matters, because each step
 * may only write once the steps before it have shown that writing is safe:
 *  1. clean our crash leftovers beside the file (temporary copies of dead processes);
 *  2. inspect from the outside (header, permissions, hot journal) — writes nothing;
 *  3. a hot journal: verify the rollback on a copy, then roll the original back (recover.ts);
 *     otherwise verify pages, schema and content read-only (verify.ts);
 *  4. an older version: backup, migrate a copy, replace atomically (upgrade.ts);
 *  5. connect read-write.
 * A refusal at 2–3 leaves the file byte for byte unchanged and names the newest backup.
 */
import { formatDateTime } from '../../shared/format';
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/contract/errors';
import { SCHEMA_VERSION } from '../migrations';
import { listBackups } from './backup';
import { connect, type Connection } from './connection';
import { toUserError } from './errors';
import { inspectPlanFile } from './inspect';
import { cleanLeftoversIn } from './leftovers';
import { recoverHotJournal } from './recover';
import { upgradePlanFile, type MigrationNote } from './upgrade';
import { verifyPlanContents } from './verify';

/** Shown after opening a plan whose last change was interrupted (crash, power cut) and rolled back. */
export const RECOVERED_NOTICE =
  'Beim letzten Mal wurde eine Änderung an diesem Plan unterbrochen (z. B. durch einen Absturz oder Stromausfall). ' +
  'Diese unterbrochene Änderung wurde beim Öffnen rückgängig gemacht; der Plan ist im Stand davor. Bitte prüfen Sie Ihre letzten Eingaben.';

export interface OpenedPlanFile {
  conn: Connection;
  realPath: string;
  migratedFrom: MigrationNote | null;
  /** A change interrupted by a crash was rolled back on this open. */
  recovered: boolean;
}

export async function openPlanFile(filePath: string, options: { backupDir: string }): Promise<OpenedPlanFile> {
  const target = path.resolve(filePath);
  cleanLeftoversIn(path.dirname(target));
  let realPath = target;
  try {
    const inspected = inspectPlanFile(target);
    realPath = inspected.realPath;
    let version = inspected.version;
    if (inspected.hotJournal) version = await recoverHotJournal(realPath);
    else await verifyPlanContents(realPath, version, path.basename(target));
    const migratedFrom = version < SCHEMA_VERSION ? await upgradePlanFile(realPath, version, { backupDir: options.backupDir }) : null;
    return { conn: connect(realPath), realPath, migratedFrom, recovered: inspected.hotJournal };
  } catch (error) {
    throw withBackupHint(toUserError(error, `„${path.basename(target)}“ konnte nicht geöffnet werden`), realPath, options.backupDir);
  }
}

/** A damaged file: say where the newest automatic backup is, so the planner can continue from it. */
function withBackupHint(error: UserError, realPath: string, backupDir: string): UserError {
  if (!['corrupt', 'truncated'].includes(error.code)) return error;
  const newest = listBackups(realPath, backupDir).at(-1);
  if (!newest || !fs.existsSync(newest.path)) return error;
  const when = formatDateTime(newest.createdAt);
  error.message +=
    ` Die neueste automatische Sicherung dieses Plans ist vom ${when}: ${newest.path}. ` +
    'Kopieren Sie diese Sicherung an einen Ort Ihrer Wahl und öffnen Sie die Kopie (nicht die Sicherung selbst: ältere Sicherungen werden automatisch gelöscht).';
  return error;
}
