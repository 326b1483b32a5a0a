/**
 * What the merge needs to decide a batch of records, read in bulk (a handful of statements per
 * batch of up to BATCH records of one table, instead of five per record): their live rows (from
 * the other file, attached as `sharing_theirs`, see merge.ts), mine, their new entries, and my
 * entries of those records with whether their file knows each one (the common base).
 *
 * Their new entries are read by position: merge.ts stores them sorted by table, record and hlc
 * (rowid = position), so a batch's entries are one rowid range, read in order without an index.
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

/** One record touched by incoming entries: its entries are the rowids first..last of temp.sharing_incoming. */
export interface IncomingRecord {
  tbl: string;
  row_id: string;
  first: number;
  last: number;
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

/** The records of one batch: consecutive records of one table, so their entries are one rowid range. */
export function readBatch(mine: Sqlite.Database, tbl: string, records: readonly IncomingRecord[]): Batch {
  const ids = records.map((r) => r.row_id);
  const list = JSON.stringify(ids);
  const t = quoteIdent(tbl);
  const myRows = byId(cachedStatement(mine, `SELECT * FROM main.${t} WHERE id IN (${IDS})`).all(list) as Row[]);
  // In log order per record: in a replay, mine come first (seq), then theirs as stored (hlc).
  return {
    theirRows: byId(mine.prepare(`SELECT * FROM ${THEIRS}.${t} WHERE id IN (${IDS})`).all(list) as Row[]),
    myRows,
    incoming: group(
      cachedStatement(mine, 'SELECT row_id, hlc, replica_id, col, new_value, op FROM temp.sharing_incoming WHERE rowid BETWEEN ? AND ? ORDER BY rowid').all(
        records[0]!.first,
        records.at(-1)!.last,
      ) as BatchEntry[],
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
