/**
 * After a merge the log must still rebuild the live data (issue 13): their entries are stored
 * with their timestamps, so for a field where the live data kept my value (a conflict, a value
 * blanked in their copy, an erasure) the log would end with theirs, and history views would
 * show a value that was never applied. For each record the merge touched, the row the log
 * replays is compared with the live row; each differing column gets a newer local entry
 * stating the live value (ChangeWriter.affirm), so replay = live again.
 */
import type Sqlite from 'better-sqlite3';
import { expandEntries, WHOLE_ROW, type LogEntryFields } from '../changes/entries';
import type { ChangeWriter } from '../changes/writer';
import type { JobContext } from '../jobs/jobRunner';
import { TRACKED_TABLES, type TrackedTable } from '../schema';
import { cachedStatement, quoteIdent } from '../statementCache';

/** Bookkeeping the log does not carry. */
const UNLOGGED = new Set(['id', 'created_at', 'updated_at']);

/**
 * The columns of `live` in which the log, replayed from `entries` (in log order), ends with
 * another value: the same comparison as affirmLiveValues, for a caller that holds the entries.
 * `touchedOnly`: `entries` are the last of a longer log, so only the columns they touch are
 * compared (every column where one is a whole-row entry); the others end with earlier entries.
 */
export function differingColumns(live: Record<string, unknown>, entries: readonly LogEntryFields[], options: { touchedOnly?: boolean } = {}): string[] {
  // Per column the JSON text the log ends with; an expanded whole-row entry is canonical JSON
  // already. A whole-row entry's values are kept as parsed (`Parsed`) and turned into text only
  // where they are not the live value itself: a new record's row is compared without
  // stringifying each of its columns twice (this runs per merged record).
  const replay = new Map<string, string | null | Parsed>();
  // A log that mentions a record has it live unless an entry deletes it (as replayRow).
  if (entries.length > 0 && !options.touchedOnly) replay.set('deleted_at', 'null');
  let wholeRow = false;
  for (const e of entries) {
    if (e.col === WHOLE_ROW && e.op === 'insert' && e.new_value !== null) {
      // As expandEntry gives it, without building an entry per column.
      const row = JSON.parse(e.new_value) as Record<string, unknown>;
      for (const col in row) replay.set(col, new Parsed(row[col] ?? null));
      wholeRow = true;
    } else replay.set(e.col, e.new_value);
  }
  const onlyTouched = options.touchedOnly === true && !wholeRow;
  const differing: string[] = [];
  for (const col of Object.keys(live)) {
    if (UNLOGGED.has(col) || (onlyTouched && !replay.has(col))) continue;
    let logged = replay.get(col) ?? null;
    if (logged instanceof Parsed) {
      // Equal as the same string, number or null (what a column holds); anything else as JSON text.
      if (logged.value === (live[col] ?? null)) continue;
      logged = JSON.stringify(logged.value);
    }
    const value = JSON.stringify(live[col] ?? null);
    // The log's text as written is canonical JSON; parsed only when it differs (as replayRow parses).
    if (logged === value || (logged === null && value === 'null')) continue;
    if (logged !== null && JSON.stringify(JSON.parse(logged) ?? null) === value) continue;
    differing.push(col);
  }
  return differing;
}

/** A value of a whole-row entry, as parsed from the log. */
class Parsed {
  constructor(readonly value: unknown) {}
}

/** Records per bulk read (live rows and their log entries of one table). */
const BATCH = 500;

export async function affirmLiveValues(sqlite: Sqlite.Database, w: ChangeWriter, rows: { tbl: string; row_id: string }[], job: JobContext): Promise<number> {
  const tracked = new Set<string>(TRACKED_TABLES);
  const byTable = new Map<string, string[]>();
  for (const { tbl, row_id: rowId } of rows) if (tracked.has(tbl)) (byTable.get(tbl) ?? byTable.set(tbl, []).get(tbl)!).push(rowId);
  let affirmed = 0;
  for (const [tbl, ids] of byTable) {
    for (let from = 0; from < ids.length; from += BATCH) {
      await job.step();
      const list = JSON.stringify(ids.slice(from, from + BATCH));
      const liveRows = cachedStatement(sqlite, `SELECT * FROM ${quoteIdent(tbl)} WHERE id IN (SELECT value FROM json_each(?))`).all(list) as Record<string, unknown>[];
      const replayed = replayRows(sqlite, tbl, list);
      for (const live of liveRows) {
        // A record not taken over (orphan, duplicate) is not live (not read here); its entries wait for a decision.
        const rowId = live.id as string;
        const replay = replayed.get(rowId) ?? {};
        const differing = Object.keys(live).filter((col) => !UNLOGGED.has(col) && !sameJson(replay[col], live[col]));
        if (differing.length === 0) continue;
        await w.affirm(tbl as TrackedTable, rowId, differing);
        affirmed += differing.length;
      }
    }
  }
  return affirmed;
}

/** What a replay of the log gives each of the records (ids as a JSON array), as replayRow does for one. */
function replayRows(sqlite: Sqlite.Database, tbl: string, ids: string): Map<string, Record<string, unknown>> {
  const entries = cachedStatement(sqlite, 'SELECT row_id, col, new_value, op FROM change_log WHERE tbl = ? AND row_id IN (SELECT value FROM json_each(?)) ORDER BY row_id, seq').all(
    tbl,
    ids,
  ) as (LogEntryFields & { row_id: string })[];
  const out = new Map<string, Record<string, unknown>>();
  for (const e of expandEntries(entries)) {
    let row = out.get(e.row_id);
    if (!row) out.set(e.row_id, (row = { id: e.row_id, deleted_at: null }));
    row[e.col] = e.new_value === null ? null : JSON.parse(e.new_value);
  }
  return out;
}

/** Equal as the log states values (JSON), as the per-record comparison did. */
function sameJson(a: unknown, b: unknown): boolean {
  a = a ?? null;
  b = b ?? null;
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
