/**
 * What the merge needs to decide a batch of records, read in bulk (a handful of statements per
 * batch of up to BATCH records of one table, instead of five per record): their live rows (from
 * the other file, attached as `sharing_theirs`, see merge.ts), mine, their new entries, and per
 * record the columns this file changed without their file knowing (`changedHere`).
 *
 * Their new entries are read by position: mergeFold.ts stores them folded and sorted by table, record
 * and hlc (rowid = position), so a batch's entries are one rowid range, read in order without an index.
 * Folded means: per record and column their newest entry (by hlc: for one column the order of
 * their log too, since an entry written over another one knew it and so has the later clock;
 * where two that did not know each other differ, their merge left an entry stating the value it
 * kept, newer than both). A whole-row entry ('*') is never folded: it stands for all its columns.
 *
 * Of my entries only which columns they touch is read, set-based (a record edited a hundred times
 * costs one row per column); a conflict record needs more (its base, my newest clock):
 * `recordsEntries` reads the entries of a batch's conflict records unfolded for that.
 */
import type Sqlite from 'better-sqlite3';
import { expandEntry } from '../changes/entries';
import { cachedStatement, quoteIdent } from '../statementCache';
import type { ChangedHereAhead } from './changedHereAhead';
import { THEIRS } from './mergeFold';

export const BATCH = 500;

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

/** Their new entries of a batch from `incoming` (mergeFold.ts): folded (the newest per record and column) and in hlc order per record. */
const incomingOf = (incoming: string) => `SELECT row_id, hlc, replica_id, col, new_value, op FROM ${incoming} WHERE rowid BETWEEN ? AND ?`;

/**
 * What their log holds, as bounds: its newest entry, and its newest entry stamped by this file
 * (a clock ends with the replica that stamped it, shared/changes/hlc.ts). Null where there is none.
 */
export interface TheirKnowledge {
  newest: string | null;
  newestOfMine: string | null;
  /**
   * My entries up to this seq are all in their log: a copy shared from here and not merged since
   * started as my file then (VACUUM INTO keeps seq), and no log loses entries. −1 otherwise.
   */
  sharedUpTo: number;
  /** This file's replica id. */
  me: string;
  /** The merge's id: the entries it has appended to my log so far (tx_id) are theirs, not mine. */
  mergeId: string;
}

/** This file's record of the exchange with the other copy (db/migrations 0006), if any. */
export interface ExchangeRow {
  last_hlc: string | null;
  their_last_seq: number | null;
  last_shared_at: string | null;
  last_merged_at: string | null;
}

export function lastExchange(db: Sqlite.Database, theirReplicaId: string): ExchangeRow | undefined {
  return db.prepare('SELECT last_hlc, their_last_seq, last_shared_at, last_merged_at FROM exchange WHERE replica_id = ?').get(theirReplicaId) as ExchangeRow | undefined;
}

/**
 * What their log (attached as THEIRS) holds of mine, for telling which of my entries they know:
 * its newest entry, and the newest entry stamped here, found walking their hlc index back from its end.
 */
export function theirKnowledge(db: Sqlite.Database, me: string, last: ExchangeRow | undefined, mergeId: string): TheirKnowledge {
  return {
    mergeId,
    newest: (db.prepare(`SELECT max(hlc) AS h FROM ${THEIRS}.change_log`).get() as { h: string | null }).h,
    newestOfMine: (db.prepare(`SELECT hlc FROM ${THEIRS}.change_log WHERE substr(hlc, -length(@me) - 1) = '-' || @me ORDER BY hlc DESC LIMIT 1`).get({ me }) as { hlc: string } | undefined)?.hlc ?? null,
    me,
    // Shared from here and not merged since: their_last_seq is still my log's last seq at the
    // share. After a merge it counts their log, which may run ahead of mine.
    sharedUpTo: last && last.last_shared_at !== null && last.last_merged_at === null ? (last.their_last_seq ?? -1) : -1,
  };
}

/**
 * My entries of records, with whether their file knows each one (their hlc index). An entry up to
 * `sharedUpTo` is known there; one newer than their newest one, or one of my own clocks newer than
 * the newest of mine they hold, is unknown there: neither needs a lookup. After a copy was shared,
 * most of my entries are such.
 */
const mine = (where: string) =>
  `SELECT c.row_id, c.seq AS s, c.hlc, c.replica_id, c.col, c.new_value, c.op,
      CASE WHEN c.seq <= @sharedUpTo THEN 1
        WHEN c.hlc > coalesce(@newest, '') OR (c.hlc > coalesce(@newestOfMine, '') AND substr(c.hlc, -length(@me) - 1) = '-' || @me) THEN 0
        ELSE EXISTS (SELECT 1 FROM ${THEIRS}.change_log t WHERE t.hlc = c.hlc) END AS known
    FROM main.change_log c WHERE ${where} AND c.tx_id IS NOT @mergeId`;

/** One record touched by incoming entries: its entries are the rowids first..last of the folded table (mergeFold.ts). */
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
  /** Per record, the columns of my entries their file does not know (a whole-row entry: each of its columns). */
  changedHere: Map<string, Set<string>>;
}

const IDS = 'SELECT value FROM json_each(?)';

/** Entries per record, each record's in the order read. */
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

/**
 * Statements of one merge: those on the attached file are kept for the merge only (not in the
 * connection's statement cache: the file is detached afterwards).
 */
export type MergeStatements = (sql: string) => Sqlite.Statement;

/**
 * The records of one batch: consecutive records of one table, so their entries are one rowid
 * range. `ahead`: "changed here" as read alongside (changedHereAhead.ts), where it covers the batch.
 */
export function readBatch(
  db: Sqlite.Database,
  prepared: MergeStatements,
  knowledge: TheirKnowledge,
  incoming: string,
  tbl: string,
  records: readonly IncomingRecord[],
  ahead: ChangedHereAhead | null = null,
): Batch {
  const ids = records.map((r) => r.row_id);
  const list = JSON.stringify(ids);
  const t = quoteIdent(tbl);
  return {
    theirRows: byId(prepared(`SELECT * FROM ${THEIRS}.${t} WHERE id IN (${IDS})`).all(list) as Row[]),
    myRows: byId(cachedStatement(db, `SELECT * FROM main.${t} WHERE id IN (${IDS})`).all(list) as Row[]),
    incoming: group(prepared(incomingOf(incoming)).all(records[0]!.first, records.at(-1)!.last) as BatchEntry[]),
    changedHere: ahead?.of(tbl, ids) ?? changedHere(prepared, knowledge, tbl, list),
  };
}

/**
 * Which columns my entries of the records (ids as a JSON array) change that their file does not
 * know: one row per record and column (a whole-row insert with its values, for their columns).
 */
export function changedHere(prepared: MergeStatements, knowledge: TheirKnowledge, tbl: string, list: string): Map<string, Set<string>> {
  const rows = prepared(
    `SELECT row_id, col, op, CASE WHEN col = '*' THEN new_value END AS whole FROM (${mine('c.tbl = @tbl AND c.row_id IN (SELECT value FROM json_each(@list)) AND c.seq > @sharedUpTo')})
      WHERE known = 0 GROUP BY row_id, col, whole`,
  ).all({ ...knowledge, tbl, list }) as { row_id: string; col: string; op: string; whole: string | null }[];
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    let cols = out.get(r.row_id);
    if (!cols) out.set(r.row_id, (cols = new Set()));
    // A whole-row insert stands for each column it carries.
    for (const e of expandEntry({ col: r.col, op: r.op, new_value: r.whole })) cols.add(e.col);
  }
  return out;
}

/** All my entries of records (ids as a JSON array), unfolded, each record's in seq order (for conflict records: base and my newest hlc per column). */
export function recordsEntries(prepared: MergeStatements, knowledge: TheirKnowledge, tbl: string, list: string): Map<string, BatchEntry[]> {
  return group(prepared(`${mine('c.tbl = @tbl AND c.row_id IN (SELECT value FROM json_each(@list))')} ORDER BY c.seq`).all({ ...knowledge, tbl, list }) as BatchEntry[]);
}
