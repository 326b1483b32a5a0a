/**
 * What the merge needs to decide a batch of records, read in bulk (a handful of statements per
 * batch of up to BATCH records of one table, instead of five per record): their live rows (from
 * the other file, attached as `sharing_theirs`, see merge.ts), mine, their new entries, and my
 * entries of those records with whether their file knows each one (the common base).
 */
import type Sqlite from 'better-sqlite3';
import { cachedStatement, quoteIdent } from '../statementCache';

export const BATCH = 500;
/** The schema name under which the other file is attached during a merge. */
export const THEIRS = 'sharing_theirs';

type Row = Record<string, unknown> & { id: string };
export interface BatchEntry {
  row_id: string;
  hlc: string;
  replica_id: string;
  col: string;
  new_value: string | null;
  op: string;
  /** For my entries: 1 when the other file has this entry too. */
  known?: number;
}

export interface Batch {
  theirRows: Map<string, Row>;
  myRows: Map<string, Row>;
  incoming: Map<string, BatchEntry[]>;
  myEntries: Map<string, BatchEntry[]>;
}

const IDS = 'SELECT value FROM json_each(?)';

function group(entries: BatchEntry[]): Map<string, BatchEntry[]> {
  const out = new Map<string, BatchEntry[]>();
  for (const e of entries) {
    const list = out.get(e.row_id);
    if (list) list.push(e);
    else out.set(e.row_id, [e]);
  }
  return out;
}

const byId = (rows: Row[]): Map<string, Row> => new Map(rows.map((r) => [r.id, r]));

export function readBatch(mine: Sqlite.Database, tbl: string, ids: string[]): Batch {
  const list = JSON.stringify(ids);
  const t = quoteIdent(tbl);
  const myRows = byId(cachedStatement(mine, `SELECT * FROM main.${t} WHERE id IN (${IDS})`).all(list) as Row[]);
  // In log order per record: in a replay, mine come first (seq), then theirs as stored (hlc).
  return {
    theirRows: byId(mine.prepare(`SELECT * FROM ${THEIRS}.${t} WHERE id IN (${IDS})`).all(list) as Row[]),
    myRows,
    incoming: group(
      cachedStatement(mine, `SELECT row_id, hlc, replica_id, col, new_value, op FROM temp.sharing_incoming WHERE tbl = ? AND row_id IN (${IDS}) ORDER BY row_id, hlc`).all(tbl, list) as BatchEntry[],
    ),
    // Statements on the attached file are prepared per batch, not cached: the file is detached after the merge.
    myEntries: group(
      mine
        .prepare(
          `SELECT c.row_id, c.hlc, c.replica_id, c.col, c.new_value, c.op,
              EXISTS (SELECT 1 FROM ${THEIRS}.change_log t WHERE t.hlc = c.hlc) AS known
            FROM main.change_log c WHERE c.tbl = ? AND c.row_id IN (${IDS}) ORDER BY c.row_id, c.seq`,
        )
        .all(tbl, list) as BatchEntry[],
    ),
  };
}
