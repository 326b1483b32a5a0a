/**
 * The part of a file check that reads the whole file (db/file/verify.ts runs the whole check):
 * damaged pages (quick_check) and change-log values that cannot be read. Nothing but SQLite is
 * imported, so that its worker (pageCheckWorker.ts) starts in a few milliseconds.
 */
import Sqlite from 'better-sqlite3';
import { formatNumber } from '../../shared/format';
import { plural, pluralWord } from '../../shared/plural';

/** Up to this much of a private copy is read through memory mapping (the rest as usual). */
export const MAPPED_BYTES = 1024 ** 3;

/** Damaged pages or index entries, as a problem in German; empty when there are none. */
export function damagedPages(db: Sqlite.Database): string[] {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return rows.length !== 1 || rows[0]?.quick_check !== 'ok' ? [`${rows.length === 1 ? 'eine Seite oder ein Eintrag ist' : `${formatNumber(rows.length)} Seiten oder Einträge sind`} beschädigt`] : [];
}

/** Change-log entries whose values are not JSON (or a whole-row entry that is not an object). */
export function unreadableLogEntries(db: Sqlite.Database): string[] {
  const { n } = db
    .prepare(
      `SELECT count(*) AS n FROM change_log
       WHERE (old_value IS NOT NULL AND json_valid(old_value) = 0) OR (new_value IS NOT NULL AND json_valid(new_value) = 0)
         OR (col = '*' AND op = 'insert' AND (CASE WHEN json_valid(new_value) THEN json_type(new_value) END) IS NOT 'object')`,
    )
    .get() as { n: number };
  return n > 0 ? [`${plural(n, 'Eintrag', 'Einträge')} des Änderungsprotokolls ${pluralWord(n, 'ist', 'sind')} unlesbar`] : [];
}

/**
 * `check` on a read-only connection of its own, closed afterwards; a file that cannot be read at
 * all has that as its problem (the cause goes to the log). `privateCopy`: see verifyPlanContents
 * (verify.ts).
 */
export async function withReadOnly(filePath: string, privateCopy: boolean, check: (db: Sqlite.Database) => string[] | Promise<string[]>): Promise<string[]> {
  let db: Sqlite.Database | undefined;
  try {
    db = new Sqlite(filePath, { readonly: true, fileMustExist: true });
    if (privateCopy) db.pragma(`mmap_size = ${MAPPED_BYTES}`);
    return await check(db);
  } catch (error) {
    console.error('[verify] reading failed:', error);
    return ['ihr Inhalt ist nicht lesbar'];
  } finally {
    db?.close();
  }
}

/** Both checks, on a file whose shape has been checked already (schemaCheck.ts). */
export function pageProblemsOf(filePath: string, privateCopy: boolean): Promise<string[]> {
  return withReadOnly(filePath, privateCopy, (db) => {
    const damaged = damagedPages(db);
    return damaged.length > 0 ? damaged : unreadableLogEntries(db);
  });
}
