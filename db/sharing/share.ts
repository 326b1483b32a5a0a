/**
 * Teilen: a self-contained copy for a colleague, written atomically (VACUUM INTO a temporary
 * file, check, rename; db/export/userFile.ts), with the same plan identity and its own replica id. Without personal
 * data, the personal-data columns are blanked in the copy — in the live tables and in the
 * copy's log, without new log entries — and the copy is marked, so that merging it back can
 * never blank the master's contacts.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { rewriteInsertedValue } from '../changes/entries';
import { writeUserFile } from '../export/userFile';
import { PERSONAL_DATA_COLUMNS, TRACKED_TABLES } from '../schema';
import { toUserError } from '../file/errors';
import type { PlanSession } from '../session';
import { tableColumns } from './merge';
import { keepOpenConflictsInCopy } from './carriedConflicts';
import { SHARING_LOCAL_TABLES } from './schema';

/** Cleared by keepOpenConflictsInCopy except the open conflicts. */
const CARRIED = new Set<string>(['merge_history', 'merge_conflict', 'merge_change']);

export interface ShareResult {
  path: string;
  replicaId: string;
  withoutPersonalData: boolean;
}

/** Under the session lock: the copy never holds a running job's uncommitted rows, nor writes into its transaction. */
export async function sharePlanFile(
  session: PlanSession,
  targetPath: string,
  options: { withoutPersonalData: boolean; overwrite?: boolean; openFiles?: readonly string[] },
): Promise<ShareResult> {
  return session.locked(() => shareLocked(session, targetPath, options));
}

function shareLocked(
  session: PlanSession,
  targetPath: string,
  options: { withoutPersonalData: boolean; overwrite?: boolean; openFiles?: readonly string[] },
): ShareResult {
  const target = path.resolve(targetPath);
  const name = path.basename(target);
  const replicaId = randomUUID();
  const now = new Date().toISOString();
  try {
    writeUserFile(target, (temp) => buildCopy(session, temp, { replicaId, now, withoutPersonalData: options.withoutPersonalData }), {
      overwrite: options.overwrite ?? false,
      openFiles: [...(options.openFiles ?? []), session.realPath],
    });
  } catch (error) {
    throw toUserError(error, `Die Kopie „${name}“ konnte nicht geschrieben werden; die geöffnete Datei ist unverändert`);
  }
  // The copy's log starts as mine (VACUUM INTO keeps seq): merging it back reads only what follows.
  const last = session.sqlite.prepare('SELECT max(hlc) AS hlc, max(seq) AS seq FROM change_log').get() as { hlc: string | null; seq: number | null };
  session.sqlite
    .prepare(
      `INSERT INTO exchange (replica_id, last_hlc, their_last_seq, last_shared_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (replica_id) DO UPDATE SET last_shared_at = excluded.last_shared_at`,
    )
    .run(replicaId, last.hlc, last.seq, now);
  return { path: target, replicaId, withoutPersonalData: options.withoutPersonalData };
}

/** VACUUM INTO the temporary file, then make it the colleague's copy and check it. */
function buildCopy(session: PlanSession, temp: string, copyOf: { replicaId: string; now: string; withoutPersonalData: boolean }): void {
  session.sqlite.prepare('VACUUM INTO ?').run(temp);
  const copy = new Sqlite(temp, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`Prüfung der Kopie fehlgeschlagen: ${String(check)}`);
    copy.pragma('secure_delete = ON');
    copy.transaction(() => {
      copy.prepare('UPDATE replica SET id = ?, created_at = ?').run(copyOf.replicaId, copyOf.now);
      // The master's merge bookkeeping is not the colleague's business; its undecided conflicts are.
      for (const t of [...SHARING_LOCAL_TABLES].reverse()) if (!CARRIED.has(t)) copy.prepare(`DELETE FROM ${t}`).run();
      keepOpenConflictsInCopy(copy, copyOf.withoutPersonalData ? PERSONAL_DATA_COLUMNS : {});
      if (copyOf.withoutPersonalData) {
        blankPersonalData(copy);
        copy.prepare(`INSERT INTO sharing_copy (key, value) VALUES ('without_personal_data', ?)`).run(copyOf.now);
      }
    })();
    if (copyOf.withoutPersonalData) copy.exec('VACUUM');
    const again = copy.pragma('quick_check', { simple: true });
    if (again !== 'ok') throw new Error(`Prüfung der Kopie fehlgeschlagen: ${String(again)}`);
  } finally {
    copy.close();
  }
}

/** Blanks every personal-data column in the live rows and in the log (old and new values). */
function blankPersonalData(copy: Sqlite.Database): void {
  for (const [table, columns] of Object.entries(PERSONAL_DATA_COLUMNS)) {
    if (!(TRACKED_TABLES as readonly string[]).includes(table)) continue;
    const info = new Map(tableColumns(copy, table).map((c) => [c.name, c.notnull === 1]));
    for (const col of columns) {
      if (!info.has(col)) continue;
      const blank = info.get(col) ? '' : null;
      copy.prepare(`UPDATE "${table}" SET "${col}" = ?`).run(blank);
      copy
        .prepare(`UPDATE change_log SET old_value = CASE WHEN old_value IS NULL THEN NULL ELSE ? END, new_value = ? WHERE tbl = ? AND col = ?`)
        .run(JSON.stringify(blank), JSON.stringify(blank), table, col);
      rewriteInsertedValue(copy, table, null, col, JSON.stringify(blank));
    }
  }
}
