/**
 * What the merge needs to decide a batch of records, read in bulk (a handful of statements per
 * batch of up to BATCH records of one table, instead of five per record): their live rows (from
 * the other file, attached as `sharing_theirs`, see merge.ts), mine, their new entries, and my
 * entries of those records with whether their file knows each one (the common base).
 *
 * Their new entries are read by position: merge.ts stores them folded and sorted by table, record
 * and hlc (rowid = position), so a batch's entries are one rowid range, read in order without an index.
 *
 * Only the entries that decide something are handed out, folded in SQL (a record edited a
 * hundred times costs one row per column, not a hundred objects): per record and column, their
 * newest entry (by hlc: for one column the order of their log too, since an entry written over
 * another one knew it and so has the later clock; where two that did not know each other
 * differ, their merge left an entry stating the value it kept, newer than both), and my last
 * entry (by seq, my log's order) separately for the entries their file knows and those it does not. A
 * whole-row entry ('*') is never folded: it stands for all its columns. Folding keeps what every
 * per-column question asks of the entries — which columns changed where, the newest entry per
 * column, what a replay of the log ends with — except the newest-by-hlc of my entries, which only
 * a conflict record needs: `recordEntries` reads a record's entries unfolded for that.
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

/** Their new entries of a batch: stored folded (the newest per record and column) and in hlc order per record. */
const INCOMING = 'SELECT row_id, hlc, replica_id, col, new_value, op FROM temp.sharing_incoming WHERE rowid BETWEEN ? AND ?';

/**
 * My entries of records, with whether their file knows each one (their hlc index; an entry newer
 * than their newest one is unknown there without a lookup).
 */
const mine = (where: string) =>
  `SELECT c.row_id, c.seq AS s, c.hlc, c.replica_id, c.col, c.new_value, c.op,
      CASE WHEN c.hlc > (SELECT max(hlc) FROM ${THEIRS}.change_log) THEN 0 ELSE EXISTS (SELECT 1 FROM ${THEIRS}.change_log t WHERE t.hlc = c.hlc) END AS known
    FROM main.change_log c WHERE ${where}`;

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

/** Entries per record, each record's in the given order (a record has a handful after folding). */
function group<E extends BatchEntry>(entries: E[], order?: (a: E, b: E) => number): Map<string, E[]> {
  const out = new Map<string, E[]>();
  for (const e of entries) {
    const list = out.get(e.row_id);
    if (list) list.push(e);
    else out.set(e.row_id, [e]);
  }
  if (order) for (const list of out.values()) if (list.length > 1) list.sort(order);
  return out;
}

const bySeq = (a: BatchEntry & { seq: number }, b: BatchEntry & { seq: number }) => a.seq - b.seq;

const byId = (rows: Row[]): Map<string, Row> => new Map(rows.map((r) => [r.id, r]));

/**
 * Statements of one merge: those on the attached file are kept for the merge only (not in the
 * connection's statement cache: the file is detached afterwards).
 */
export type MergeStatements = (sql: string) => Sqlite.Statement;

/** The records of one batch: consecutive records of one table, so their entries are one rowid range. */
export function readBatch(db: Sqlite.Database, prepared: MergeStatements, tbl: string, records: readonly IncomingRecord[]): Batch {
  const ids = records.map((r) => r.row_id);
  const list = JSON.stringify(ids);
  const t = quoteIdent(tbl);
  const myRows = byId(cachedStatement(db, `SELECT * FROM main.${t} WHERE id IN (${IDS})`).all(list) as Row[]);
  const first = records[0]!.first;
  const last = records.at(-1)!.last;
  // In log order per record: in a replay, mine come first (seq), then theirs as stored (hlc).
  return {
    theirRows: byId(prepared(`SELECT * FROM ${THEIRS}.${t} WHERE id IN (${IDS})`).all(list) as Row[]),
    myRows,
    incoming: group(cachedStatement(db, INCOMING).all(first, last) as BatchEntry[]),
    // Folded per record, column and known (bare columns come from the row of max(seq)), in seq order.
    myEntries: group(
      prepared(
        `SELECT row_id, col, known, max(s) AS seq, hlc, replica_id, new_value, op FROM (${mine(`c.tbl = ? AND c.row_id IN (${IDS})`)})
          GROUP BY row_id, col, known, CASE WHEN col = '*' THEN s END`,
      ).all(tbl, list) as (BatchEntry & { seq: number })[],
      bySeq,
    ),
  };
}

/** All my entries of one record, unfolded, in seq order (for a conflict record: base and my newest hlc per column). */
export function recordEntries(prepared: MergeStatements, tbl: string, rowId: string): BatchEntry[] {
  return prepared(`${mine('c.tbl = ? AND c.row_id = ?')} ORDER BY c.seq`).all(tbl, rowId) as BatchEntry[];
}
