/**
 * The worker's side of the reads alongside a large merge (changedHereAhead.ts), each on a
 * connection of its own:
 * - first their new entries, folded into the file the merge has attached for that (`fold`), with
 *   the same statements as the merge's own (mergeFold.ts), while the merge appends them to my log;
 * - then "changed here": the same reads as the merge's own (mergeBatch.ts `changedHere`), batch
 *   by batch in the order the merge takes the records — table by table as the merge goes
 *   (TRACKED_TABLES), by record within, as their row index gives them.
 * Imports little beyond SQLite, so that its worker starts in a few milliseconds.
 */
import Sqlite from 'better-sqlite3';
import { cachedStatement } from '../statementCache';
import { BATCH, changedHere, type TheirKnowledge } from './mergeBatch';
import { attachTheirCopy, findKnown, foldTheirEntries, THEIRS, type SinceParams } from './mergeFold';

export interface ChangedHereRequest {
  myPath: string;
  theirPath: string;
  knowledge: TheirKnowledge;
  sinceSeq: number;
  /** The merge's order of tables (TRACKED_TABLES). */
  tables: readonly string[];
  /** Where to fold their new entries (an empty file the merge has attached as FOLD), and from when. */
  fold?: { path: string; since: SinceParams };
}

/** What the worker posts: whether their entries are folded (if asked), then "changed here" batch by batch. */
export type AheadPart = { kind: 'folded'; ok: boolean } | ({ kind: 'changed' } & ChangedHerePart);

/**
 * One batch of the answer: the records covered, and of those the columns changed here (records
 * without any left out). As JSON texts: a message of two strings costs the merge's thread next
 * to nothing to receive, where 500 ids as an array of strings cost it ≈ 0.5 ms a batch; and
 * `list` is what the merge's batch has at hand to compare (mergeBatch.ts readBatch).
 */
export interface ChangedHerePart {
  tbl: string;
  /** The records covered: JSON array of ids. */
  list: string;
  /** JSON array of [id, columns]. */
  changed: string;
}

/** Folds their entries if asked, then reads "changed here" and posts it batch by batch (in the worker). */
export function readAhead(request: ChangedHereRequest, post: (part: AheadPart) => void): void {
  if (request.fold) {
    let ok = true;
    try {
      foldAhead(request.myPath, request.theirPath, request.fold);
    } catch (error) {
      // Said at once, so that the merge folds by itself now rather than wait for the rest.
      console.error('[merge] folding alongside failed:', error);
      ok = false;
    }
    post({ kind: 'folded', ok });
  }
  readChangedHere(request, (part) => post({ kind: 'changed', ...part }));
}

/**
 * Their new entries folded into the file at `fold.path` as `sharing_incoming`. A file of this
 * merge only, in its private folder: no journal, no syncing (a worker that fails leaves it to
 * the merge, which then folds by itself). My file is attached to this writing connection, but
 * only read (the statements of mergeFold.ts write nothing else).
 */
function foldAhead(myPath: string, theirPath: string, fold: { path: string; since: SinceParams }): void {
  const db = new Sqlite(fold.path, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.prepare('ATTACH DATABASE ? AS mine').run(myPath);
    db.pragma('mine.cache_size = -65536');
    attachTheirCopy(db, theirPath);
    foldTheirEntries(db, 'main.sharing_incoming', findKnown(db, 'mine', fold.since), fold.since);
  } finally {
    db.close();
  }
}

/** Reads "changed here" on a read-only connection of its own and posts it batch by batch. */
function readChangedHere(request: ChangedHereRequest, post: (part: ChangedHerePart) => void): void {
  // No waiting for a lock: the merge's own lock leaves reading free, and should anything else
  // hold the file, the merge reads by itself rather than wait for this reader to give up.
  const db = new Sqlite(request.myPath, { readonly: true, fileMustExist: true, timeout: 0 });
  try {
    // As the merge's own connection: memory only as far as used, gone with the connection.
    db.pragma('cache_size = -65536');
    attachTheirCopy(db, request.theirPath);
    // In the order of their row index (table, record), with the seq inside it: no sort, no fetch.
    const records = db.prepare(`SELECT tbl, row_id FROM ${THEIRS}.change_log WHERE seq > ? GROUP BY tbl, row_id`).raw().all(request.sinceSeq) as [string, string][];
    const byTable = new Map<string, string[]>();
    for (const [tbl, id] of records) {
      const ids = byTable.get(tbl);
      if (ids) ids.push(id);
      else byTable.set(tbl, [id]);
    }
    const prepared = (sql: string) => cachedStatement(db, sql);
    // The merge's order; a table their file has and this one lacks is of no use to it.
    for (const tbl of request.tables) {
      const ids = byTable.get(tbl) ?? [];
      for (let from = 0; from < ids.length; from += BATCH) {
        const list = JSON.stringify(ids.slice(from, from + BATCH));
        const changed = changedHere(prepared, request.knowledge, tbl, list);
        post({ tbl, list, changed: JSON.stringify([...changed].map(([id, cols]) => [id, [...cols]])) });
      }
    }
  } finally {
    db.close();
  }
}
