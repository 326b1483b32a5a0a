/**
 * Removing personal values of one row everywhere the planning file keeps them: the live row,
 * every change-log entry (old and new value), and the merge bookkeeping (undo values,
 * conflicts waiting for a decision). The log is rewritten, not appended to: afterwards it
 * still replays to the live row, and no entry holds the erased value.
 */
import type Sqlite from 'better-sqlite3';
import { rewriteInsertedValue } from '../changes/entries';
import { PERSONAL_DATA_COLUMNS } from '../schema';

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The personal columns of `table` that exist in this file, with the blank value of each ('' for NOT NULL, else null). */
export function personalColumnsOf(sqlite: Sqlite.Database, table: string): { col: string; blank: string | null }[] {
  const declared = PERSONAL_DATA_COLUMNS[table] ?? [];
  const info = sqlite.prepare(`PRAGMA table_info(${q(table)})`).all() as { name: string; notnull: number }[];
  return declared.flatMap((col) => {
    const c = info.find((i) => i.name === col);
    return c ? [{ col, blank: c.notnull === 1 ? '' : null }] : [];
  });
}

/**
 * Blanks the personal values of one row in the live table, the change log and the merge tables.
 * With `upTo` (the clock of an erasure) only what existed up to that moment: log entries written
 * later keep their new value, and the live value is blanked only when no later entry set it.
 * Rows that stay live (a measure whose responsible person was erased) need that, so a name typed
 * in after the erasure is not wiped by every later merge; old values are blanked in every entry.
 */
export function blankPersonalValues(sqlite: Sqlite.Database, table: string, rowId: string, upTo: string | null = null): void {
  const columns = personalColumnsOf(sqlite, table);
  if (columns.length === 0) return;
  for (const { col, blank } of columns) {
    const json = JSON.stringify(blank);
    const latest = upTo === null ? null : (sqlite.prepare('SELECT max(hlc) AS hlc FROM change_log WHERE tbl = ? AND row_id = ? AND col = ?').get(table, rowId, col) as { hlc: string | null }).hlc;
    if (upTo === null || latest === null || latest <= upTo) sqlite.prepare(`UPDATE ${q(table)} SET ${q(col)} = ? WHERE id = ?`).run(blank, rowId);
    sqlite
      .prepare(
        `UPDATE change_log SET old_value = CASE WHEN old_value IS NULL THEN NULL ELSE ? END,
          new_value = CASE WHEN ? IS NULL OR hlc <= ? THEN ? ELSE new_value END WHERE tbl = ? AND row_id = ? AND col = ?`,
      )
      .run(json, upTo, upTo, json, table, rowId, col);
    // A whole-row insert entry carries the value inside its JSON (an insert always precedes the erasure).
    rewriteInsertedValue(sqlite, table, rowId, col, json);
    sqlite
      .prepare(
        `UPDATE merge_change SET before_value = CASE WHEN before_value IS NULL THEN NULL ELSE ? END,
          after_value = CASE WHEN after_value IS NULL THEN NULL ELSE ? END WHERE tbl = ? AND row_id = ? AND col = ?`,
      )
      .run(json, json, table, rowId, col);
    sqlite
      .prepare(
        `UPDATE merge_conflict SET base_value = CASE WHEN base_value IS NULL THEN NULL ELSE ? END, mine_value = ?, theirs_value = ?
          WHERE tbl = ? AND row_id = ? AND col = ?`,
      )
      .run(json, json, json, table, rowId, col);
  }
  // Whole-record conflicts (duplicates, orphans) keep both records as JSON objects.
  const wholeRecords = sqlite
    .prepare(`SELECT id, mine_value, theirs_value FROM merge_conflict WHERE tbl = ? AND col = '*' AND (row_id = ? OR other_row_id = ?)`)
    .all(table, rowId, rowId) as { id: string; mine_value: string | null; theirs_value: string | null }[];
  const blankKeys = (value: string | null): string | null => {
    if (value === null) return null;
    const parsed = JSON.parse(value) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return value;
    const record = parsed as Record<string, unknown>;
    for (const { col, blank } of columns) if (col in record) record[col] = blank;
    return JSON.stringify(record);
  };
  const update = sqlite.prepare('UPDATE merge_conflict SET mine_value = ?, theirs_value = ? WHERE id = ?');
  for (const c of wholeRecords) update.run(blankKeys(c.mine_value), blankKeys(c.theirs_value), c.id);
}
