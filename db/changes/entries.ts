/**
 * The two forms of change-log entries, and the one place that reads them.
 *
 * Since schema 0014 an insert is ONE entry: `col` = '*', `new_value` = the JSON object of the
 * logged columns of the new row. Updates, deletes and restores stay one entry per column.
 * Files written before 0014 (and their copies that come back for a merge) may still hold the
 * older form: one insert entry per column. Everything that reads the log per column — merge,
 * undo, replay, erasure, "Änderungen seit", the audit view — goes through `expandEntry`, so it
 * sees both forms the same way.
 */
import type Sqlite from 'better-sqlite3';
import { cachedStatement } from '../statementCache';

/** `col` of an insert entry that carries the whole row. */
export const WHOLE_ROW = '*';

/** The columns of a log entry that the per-column view needs; callers may carry more. */
export interface LogEntryFields {
  col: string;
  new_value: string | null;
  op: string;
}

/**
 * The per-column view of one entry: a whole-row insert becomes one entry per column (same
 * hlc, replica, transaction, op), with that column's value as JSON; any other entry is
 * returned as it is.
 */
export function expandEntry<E extends LogEntryFields>(entry: E): E[] {
  if (entry.col !== WHOLE_ROW || entry.op !== 'insert' || entry.new_value === null) return [entry];
  const row = JSON.parse(entry.new_value) as Record<string, unknown>;
  return Object.entries(row).map(([col, value]) => ({ ...entry, col, new_value: JSON.stringify(value ?? null) }));
}

export function expandEntries<E extends LogEntryFields>(entries: Iterable<E>): E[] {
  const out: E[] = [];
  for (const e of entries) for (const x of expandEntry(e)) out.push(x);
  return out;
}

/** The JSON text of a whole-row insert entry: every logged column, `undefined` as null (as before 0014). */
export function wholeRowValue(values: Record<string, unknown>, logged: (col: string) => boolean): string {
  const row: Record<string, unknown> = {};
  for (const col of Object.keys(values)) if (logged(col)) row[col] = values[col] ?? null;
  return JSON.stringify(row);
}

/**
 * The values the log gives one row, column by column, entries folded in log order (seq): what
 * a replay of the log would rebuild. Null when the log never mentions the row.
 */
export function replayRow(sqlite: Sqlite.Database, table: string, rowId: string): Record<string, unknown> | null {
  const entries = cachedStatement(sqlite, 'SELECT col, new_value, op FROM change_log WHERE tbl = ? AND row_id = ? ORDER BY seq').all(table, rowId) as LogEntryFields[];
  if (entries.length === 0) return null;
  const row: Record<string, unknown> = { id: rowId, deleted_at: null };
  for (const e of expandEntries(entries)) row[e.col] = e.new_value === null ? null : JSON.parse(e.new_value);
  return row;
}

/**
 * Rewrites one column's value inside whole-row insert entries (erasure, sharing without
 * personal data): per-column entries are rewritten by the caller with a plain UPDATE, these
 * carry the value inside their JSON. `rowId` null = every row of the table.
 */
export function rewriteInsertedValue(sqlite: Sqlite.Database, table: string, rowId: string | null, col: string, valueJson: string): void {
  const pathOf = `$."${col.replace(/"/g, '\\"')}"`;
  sqlite
    .prepare(
      `UPDATE change_log SET new_value = json_set(new_value, ?, json(?))
        WHERE tbl = ? AND (? IS NULL OR row_id = ?) AND col = '${WHOLE_ROW}' AND op = 'insert' AND json_type(new_value, ?) IS NOT NULL`,
    )
    .run(pathOf, valueJson, table, rowId, rowId, pathOf);
}
