/**
 * Their entries new here, read from their log (attached as THEIRS) and folded for the merge's
 * decisions (merge.ts step 1, docs/MERGE.md). Shared by the merge's own connection and the worker
 * that folds them alongside a large merge (changedHereRead.ts), so both store exactly the same
 * table. Imports little beyond types, so that worker stays small.
 */
import type Sqlite from 'better-sqlite3';
import { MAPPED_BYTES } from '../file/pageCheck';

/** The schema name under which the other file is attached during a merge. */
export const THEIRS = 'sharing_theirs';
/** The schema name of the file a worker folds their entries into (merge.ts attaches it). */
export const FOLD = 'sharing_fold';

/** Attaches the merge's private copy of their file (theirs.ts) as THEIRS, read through memory mapping, without copying pages. */
export function attachTheirCopy(db: Sqlite.Database, copyPath: string): void {
  db.prepare(`ATTACH DATABASE ? AS ${THEIRS}`).run(copyPath);
  db.pragma(`${THEIRS}.mmap_size = ${MAPPED_BYTES}`);
}

/** Where their log was read up to at the last exchange with that copy, and my log's newest entry. */
export interface SinceParams {
  sinceSeq: number;
  sinceHlc: string | null;
  myNewest: string | null;
}

/**
 * Their entries since the last exchange, in two parts with a plan each (as one OR, SQLite scanned
 * their whole row index to save the fold a sort: 75 ms for a hundred new entries): past the seq
 * read last time, a rowid range in seq order; and, for a copy restored from a backup (seq reused),
 * newer by hlc but not past that seq, through their hlc index (`+` keeps SQLite from scanning every
 * older rowid instead). In seq order, the second part comes first.
 */
export const SINCE_PARTS = ['@sinceHlc IS NOT NULL AND t.hlc > @sinceHlc AND +t.seq <= @sinceSeq', 't.seq > @sinceSeq'] as const;

/** `columns` of their entries since the last exchange (`t`), with `where` added to each part. */
export const readSince = (columns: string, where = ''): string =>
  SINCE_PARTS.map((part) => `SELECT ${columns} FROM ${THEIRS}.change_log t WHERE ${part} ${where}`).join(' UNION ALL ');

/**
 * Finds their entries my log (`mine`: its schema name) has already — by hlc, which includes the
 * replica: a copy passes on what it received from here or from a third copy — into
 * temp.sharing_known, by seq. Only one not newer than my newest can be such. Returns the condition
 * on `t` for an entry new here. Kept apart, so that appending their entries to my log need not ask
 * my log: a statement that reads the table it writes makes SQLite copy all it appends into a
 * scratch table first (≈ 70 ms of 100,000 entries).
 */
export function findKnown(db: Sqlite.Database, mine: string, params: SinceParams): string {
  db.exec('DROP TABLE IF EXISTS temp.sharing_known; CREATE TEMP TABLE sharing_known (seq INTEGER PRIMARY KEY)');
  const known = db
    .prepare(`INSERT INTO temp.sharing_known ${readSince('t.seq', `AND @myNewest IS NOT NULL AND t.hlc <= @myNewest AND EXISTS (SELECT 1 FROM ${mine}.change_log c WHERE c.hlc = t.hlc)`)}`)
    .run(params).changes;
  return known > 0 ? 'AND t.seq NOT IN (SELECT seq FROM temp.sharing_known)' : '';
}

/**
 * Stores their new entries (`newHere`, from findKnown) as the table `into`: only what decides
 * something, folded (a record edited a hundred times there is one row per column, not a hundred):
 * per record and column their newest entry by hlc (for one column also the last in their log, see
 * mergeBatch.ts); whole-row entries ('*') each on their own, as they stand for all their columns.
 * `entries`: how many entries a row stands for. Sorted by record (rowid = position): each record's
 * rows, in hlc order, are one rowid range, and a batch of records reads one range instead of an
 * index. Without old_value: only the decisions read this table; the append copies from their log.
 */
export function foldTheirEntries(db: Sqlite.Database, into: string, newHere: string, params: SinceParams): void {
  db.prepare(`CREATE TABLE ${into} AS ${foldSelect(newHere)}`).run(params);
}

export const foldSelect = (newHere: string): string =>
  `SELECT tbl, row_id, col, max(h) AS hlc, replica_id, new_value, op, count(*) AS entries
    FROM (${readSince('t.tbl, t.row_id, t.col, t.hlc AS h, t.replica_id, t.new_value, t.op', newHere)})
    GROUP BY tbl, row_id, col, CASE WHEN col = '*' THEN h END ORDER BY tbl, row_id, hlc`;

/** How many of their entries since the last exchange findKnown found in my log, and the newest of them (by hlc). */
export function knownEntries(db: Sqlite.Database): { known: number; newest: string | null } {
  return db.prepare(`SELECT count(*) AS known, max(t.hlc) AS newest FROM temp.sharing_known k JOIN ${THEIRS}.change_log t ON t.seq = k.seq`).get() as { known: number; newest: string | null };
}

/**
 * Appends their new entries (`newHere`, from findKnown) to my log (original hlc and replica,
 * tx_id = the merge's id), so a third file can receive them later: straight from their log in its
 * order (per record the order their replay has; no sort of the whole set), one part after the
 * other (SINCE_PARTS: in seq order). Returns how many.
 */
export function appendTheirEntries(db: Sqlite.Database, newHere: string, params: SinceParams, mergeId: string): number {
  let appended = 0;
  for (const part of SINCE_PARTS) appended += db.prepare(appendSql(part, newHere)).run({ ...params, mergeId }).changes;
  return appended;
}

export const appendSql = (part: string, newHere: string): string =>
  `INSERT INTO main.change_log (hlc, replica_id, tbl, row_id, col, old_value, new_value, op, tx_id)
    SELECT t.hlc, t.replica_id, t.tbl, t.row_id, t.col, t.old_value, t.new_value, t.op, @mergeId FROM ${THEIRS}.change_log t WHERE ${part} ${newHere} ORDER BY t.seq`;
