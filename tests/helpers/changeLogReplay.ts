/**
 * Rebuilding tables from the change log alone: the proof that every write was logged
 * (merge and undo depend on it). Used by the core and the per-feature change-log tests.
 */
import type Sqlite from 'better-sqlite3';
import { expect } from 'vitest';
import { expandEntries } from '../../db/changes/entries';

export type LogEntry = { tbl: string; row_id: string; col: string; new_value: string | null; op: string; hlc: string; replica_id: string };
export type LoggedRows = Map<string, Map<string, Record<string, unknown>>>;

/**
 * All log entries in order (as stored: a whole-row insert is one entry), and the rows they
 * describe (table → row id → column values), read through the per-column view of db/changes.
 */
export function replayChangeLog(sqlite: Sqlite.Database): { entries: LogEntry[]; rows: LoggedRows } {
  const entries = sqlite.prepare('SELECT tbl, row_id, col, new_value, op, hlc, replica_id FROM change_log ORDER BY seq').all() as LogEntry[];
  const rows: LoggedRows = new Map();
  for (const e of expandEntries(entries)) {
    const table = rows.get(e.tbl) ?? new Map<string, Record<string, unknown>>();
    rows.set(e.tbl, table);
    const row = table.get(e.row_id) ?? { id: e.row_id, deleted_at: null };
    table.set(e.row_id, row);
    row[e.col] = e.new_value === null ? null : JSON.parse(e.new_value);
  }
  return { entries, rows };
}

/**
 * Every live row of `table` equals its replayed row, column by column (tombstones included:
 * the writer stores the same time in the row and in the log). Returns the number of rows.
 */
export function expectTableMatchesLog(sqlite: Sqlite.Database, table: string, rows: LoggedRows): number {
  const live = sqlite.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
  for (const row of live) {
    const fromLog = rows.get(table)?.get(row.id as string);
    expect(fromLog, `${table} ${String(row.id)} is in the log`).toBeDefined();
    for (const [col, value] of Object.entries(row)) {
      if (col === 'created_at' || col === 'updated_at') continue;
      expect(fromLog![col] ?? null, `${table}.${col}`).toEqual(value);
    }
  }
  return live.length;
}

/**
 * The whole file equals its replayed log: every live row (expectTableMatchesLog) and no row
 * that only the log has. Returns the number of live rows compared.
 */
export function expectFileMatchesLog(sqlite: Sqlite.Database, tables: readonly string[]): number {
  const { rows } = replayChangeLog(sqlite);
  let n = 0;
  for (const table of tables) {
    n += expectTableMatchesLog(sqlite, table, rows);
    const live = new Set((sqlite.prepare(`SELECT id FROM ${table}`).all() as { id: string }[]).map((r) => r.id));
    expect([...(rows.get(table)?.keys() ?? [])].filter((id) => !live.has(id)), `${table}: rows only the log has`).toEqual([]);
  }
  return n;
}
