/**
 * After a merge the log must still rebuild the live data (issue 13): their entries are stored
 * with their timestamps, so for a field where the live data kept my value (a conflict, a value
 * blanked in their copy, an erasure) the log would end with theirs, and history views would
 * show a value that was never applied. For each record the merge touched, the row the log
 * replays is compared with the live row; each differing column gets a newer local entry
 * stating the live value (ChangeWriter.affirm), so replay = live again.
 */
import type Sqlite from 'better-sqlite3';
import { replayRow } from '../changes/entries';
import type { ChangeWriter } from '../changes/writer';
import type { JobContext } from '../jobs/jobRunner';
import { TRACKED_TABLES, type TrackedTable } from '../schema';
import { cachedStatement, quoteIdent } from '../statementCache';

/** Bookkeeping the log does not carry. */
const UNLOGGED = new Set(['id', 'created_at', 'updated_at']);

export async function affirmLiveValues(sqlite: Sqlite.Database, w: ChangeWriter, rows: { tbl: string; row_id: string }[], job: JobContext): Promise<number> {
  const tracked = new Set<string>(TRACKED_TABLES);
  let affirmed = 0;
  let done = 0;
  for (const { tbl, row_id: rowId } of rows) {
    if (++done % 1000 === 0) await job.step();
    if (!tracked.has(tbl)) continue;
    const live = cachedStatement(sqlite, `SELECT * FROM ${quoteIdent(tbl)} WHERE id = ?`).get(rowId) as Record<string, unknown> | undefined;
    // A record not taken over (orphan, duplicate) is not live; its entries wait for a decision.
    if (!live) continue;
    const replayed = replayRow(sqlite, tbl, rowId) ?? {};
    const differing = Object.keys(live).filter((col) => !UNLOGGED.has(col) && JSON.stringify(replayed[col] ?? null) !== JSON.stringify(live[col] ?? null));
    if (differing.length === 0) continue;
    await w.affirm(tbl as TrackedTable, rowId, differing);
    affirmed += differing.length;
  }
  return affirmed;
}
