/**
 * Merge never brings erased personal data back: an older copy of the plan still holds the
 * values that were erased here, and a newer one may hold an erasure this file has not seen.
 * The erasure records of both files decide; their personal columns are never taken over,
 * and after the merge every erased row is blanked again (row, log, merge bookkeeping).
 */
import type Sqlite from 'better-sqlite3';
import { blankPersonalValues } from './blank';

const key = (tbl: string, rowId: string) => `${tbl}\u0000${rowId}`;

function erasures(sqlite: Sqlite.Database): { tbl: string; row_id: string }[] {
  const hasTable = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'personal_data_erasure'`).get();
  return hasTable ? (sqlite.prepare('SELECT DISTINCT tbl, row_id FROM personal_data_erasure').all() as { tbl: string; row_id: string }[]) : [];
}

/** The rows whose personal data was erased in any of the given files. */
export function erasedRows(...files: Sqlite.Database[]): { has(tbl: string, rowId: string): boolean } {
  const keys = new Set(files.flatMap((f) => erasures(f).map((e) => key(e.tbl, e.row_id))));
  return { has: (tbl, rowId) => keys.has(key(tbl, rowId)) };
}

/** After a merge (inside its transaction): blanks every erased row again, wherever the merge put values. */
export function enforceErasures(sqlite: Sqlite.Database): void {
  sqlite.pragma('secure_delete = ON');
  for (const e of erasures(sqlite)) blankPersonalValues(sqlite, e.tbl, e.row_id);
}
