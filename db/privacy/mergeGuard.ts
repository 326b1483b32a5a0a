/**
 * Merge never brings erased personal data back: an older copy of the plan still holds the
 * values that were erased here, and a newer one may hold an erasure this file has not seen.
 * The erasure records of both files decide; their personal columns are never taken over,
 * and after the merge every erased row is blanked again (row, log, merge bookkeeping).
 */
import type Sqlite from 'better-sqlite3';
import { blankPersonalValues } from './blank';
import { PERSON_TABLES } from './erase';

const key = (tbl: string, rowId: string) => `${tbl}\u0000${rowId}`;

function erasures(sqlite: Sqlite.Database): { tbl: string; row_id: string }[] {
  const hasTable = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'personal_data_erasure'`).get();
  return hasTable ? (sqlite.prepare('SELECT DISTINCT tbl, row_id FROM personal_data_erasure').all() as { tbl: string; row_id: string }[]) : [];
}

/** The rows whose personal data was erased in any of the given files. */
export function erasedRows(...files: Sqlite.Database[]): { has(tbl: string, rowId: string): boolean } {
  const keys = new Set(files.flatMap((f) => erasures(f).map((e) => key(e.tbl, e.row_id))));
  // Asked once per merged record: without erasures (most plans) no key is built.
  return { has: (tbl, rowId) => keys.size > 0 && keys.has(key(tbl, rowId)) };
}

/** The clock of each erasure record: the moment up to which a live row's personal values are erased. */
function erasureClocks(sqlite: Sqlite.Database): Map<string, string> {
  const rows = sqlite
    .prepare(`SELECT e.tbl, e.row_id, max(c.hlc) AS hlc FROM personal_data_erasure e JOIN change_log c ON c.tbl = 'personal_data_erasure' AND c.row_id = e.id GROUP BY e.tbl, e.row_id`)
    .all() as { tbl: string; row_id: string; hlc: string }[];
  return new Map(rows.map((r) => [key(r.tbl, r.row_id), r.hlc]));
}

/**
 * After a merge (inside its transaction): blanks every erased row again, wherever the merge put
 * values. A person's own row (contact, Kümmerer) is blanked whole; a row that only mentioned a
 * person (a measure's responsible, a group's moderators) loses what it held up to the erasure,
 * in every log entry the merge brought, and keeps what was entered after it.
 */
export function enforceErasures(sqlite: Sqlite.Database): void {
  sqlite.pragma('secure_delete = ON');
  const list = erasures(sqlite);
  const clocks = list.some((e) => !PERSON_TABLES.has(e.tbl)) ? erasureClocks(sqlite) : new Map<string, string>();
  for (const e of list) blankPersonalValues(sqlite, e.tbl, e.row_id, PERSON_TABLES.has(e.tbl) ? null : (clocks.get(key(e.tbl, e.row_id)) ?? null));
}
