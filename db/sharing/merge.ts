/**
 * Merge of a returned file into the open plan (see docs/MERGE.md). One transaction, tagged
 * with a merge id: the other file's new change-log entries are stored here (original hlc and
 * replica, tx_id = merge id), what only they changed is taken over, everything else becomes
 * a conflict record while the live data keeps mine. Generic over TRACKED_TABLES.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Sqlite from 'better-sqlite3';
import { UserError } from '../../shared/contract/errors';
import { decideRow, type ConflictKind } from '../../shared/sharing/decide';
import type { JobContext } from '../jobs/jobRunner';
import { backupPlanFileAlongside } from '../file/backup';
import { enforceErasures, erasedRows } from '../privacy/mergeGuard';
import { PERSONAL_DATA_COLUMNS, TRACKED_TABLES, type TrackedTable } from '../schema';
import { expandEntries, type LogEntryFields } from '../changes/entries';
import type { ChangeWriter } from '../changes/writer';
import type { PlanSession } from '../session';
import { redoMergeWith } from './review';
import { NATURAL_KEYS } from './naturalKeys';
import { type ParentRef, parentsOf } from '../../shared/model';
import { openTheirFile, type TheirFile } from './theirs';
import { affirmLiveValues, differingColumns } from './truthfulLog';
import { BATCH, lastExchange, readBatch, recordsEntries, theirKnowledge, type Batch, type BatchEntry, type IncomingRecord } from './mergeBatch';
import { appendTheirEntries, attachTheirCopy, findKnown, FOLD, foldTheirEntries, knownEntries, THEIRS, type SinceParams } from './mergeFold';
import { cachedStatement } from '../statementCache';
import { aboutPersonalData, takeOverDecisions, takeOverOpenConflicts } from './carriedConflicts';
import { AHEAD_FROM, askChangedHere, startChangedHereWorker, type AheadFrom, type ChangedHereAhead, type ChangedHereWorker } from './changedHereAhead';

export interface MergeOutcome {
  mergeId: string | null;
  fileName: string;
  received: number;
  applied: number;
  conflicts: number;
  /** Entries read from the other file's log (only those added since the last exchange). */
  read: number;
}

type Row = Record<string, unknown> & { id: string };
const NONE: ReadonlySet<string> = new Set();

const noJob: JobContext = { progress: () => undefined, step: async () => undefined, signal: new AbortController().signal };
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const json = (v: unknown): string => JSON.stringify(v ?? null);

/** Parent references of a table, as declared in shared/model (never guessed from column names). */
export const parentRefs = (_sqlite: Sqlite.Database, table: string): ParentRef[] => parentsOf(table);

export function tableColumns(sqlite: Sqlite.Database, table: string): { name: string; notnull: number }[] {
  return sqlite.prepare(`PRAGMA table_info(${q(table)})`).all() as { name: string; notnull: number }[];
}

export async function mergePlanFile(
  session: PlanSession,
  filePath: string,
  options: { backupDir: string; job?: JobContext; /** Tests: from when "changed here" is read alongside (changedHereAhead.ts). */ aheadFrom?: AheadFrom },
): Promise<MergeOutcome> {
  const job = options.job ?? noJob;
  job.progress(0, null, 'Datei wird geprüft …');
  // For a large copy, a worker reads "changed here" while this thread stores their entries:
  // started now, so it has loaded by the time it is asked (in runMerge).
  const aheadFrom = options.aheadFrom ?? AHEAD_FROM;
  const helper = startChangedHereWorker(filePath, aheadFrom.bytes);
  // The full read of their file runs alongside (verifyPlanAlongside); its verdict is awaited
  // before the commit, and on any failure, where it explains more than the failure itself.
  const theirs = await openTheirFile(filePath, session.realPath, undefined, { pagesAlongside: true }).catch((error: unknown) => {
    void helper?.worker.terminate();
    throw error;
  });
  let backup: Promise<string> | null = null;
  try {
    const myPlan = await session.locked((mine) => mine.prepare('SELECT id, title FROM plan WHERE deleted_at IS NULL LIMIT 1').get() as { id: string; title: string } | undefined);
    if (!myPlan || myPlan.id !== theirs.planId) {
      throw new UserError(
        `„${theirs.fileName}“ gehört zu einem anderen Plan („${theirs.planTitle || 'ohne Titel'}“), nicht zu „${myPlan?.title || 'diesem Plan'}“. ` +
          'Zusammenführen geht nur mit Kopien desselben Plans. Die Dateien wurden nicht verändert. ' +
          'Einzelne Verzeichnisse daraus können Sie unter „Aus einem anderen Plan übernehmen“ in diesen Plan kopieren.',
        'other-plan',
      );
    }
    if (theirs.replicaId === session.replicaId) {
      throw new UserError(`„${theirs.fileName}“ ist keine Kopie, sondern eine Sicherung oder Duplikat dieser Datei; es gibt nichts zusammenzuführen.`, 'same-replica');
    }
    job.progress(0, null, 'Sicherung der eigenen Datei …');
    // Copied while the merge reads: the merge writes nothing to the file before its commit (no
    // cache spill, below), and the commit waits for the backup. A failure waits for it too.
    const backupDone = (backup = backupPlanFileAlongside(session.realPath, options.backupDir, 'vor-zusammenfuehrung'));
    backupDone.catch(() => undefined);
    await job.step();
    // The other file is read through this connection (set-based statements over both files).
    // ATTACH and DETACH are not allowed inside a transaction: around the write, under the lock.
    // Page caches of 32 MB for the other file and the temporary tables (their log as read): the
    // merge reads both by record, all over the files. Memory only as far as used; back after.
    // With a worker alongside, the (new, empty) file it folds their entries into is attached too:
    // the merge reads it once the worker is done (runMerge), in its private folder beside their copy.
    let foldPath = helper ? path.join(path.dirname(theirs.sqlite.name), 'fold.sqlite') : null;
    const attached = [THEIRS];
    const tempCache = await session.locked((mine) => {
      // Left attached by a merge whose DETACH failed: replaced, never read.
      for (const d of mine.pragma('database_list') as { name: string }[]) if (d.name === THEIRS || d.name === FOLD) mine.exec(`DETACH DATABASE ${d.name}`);
      attachTheirCopy(mine, theirs.sqlite.name);
      if (foldPath) {
        try {
          // An empty file is an empty database (this connection may not create files).
          fs.writeFileSync(foldPath, '', { flag: 'wx' });
          mine.prepare(`ATTACH DATABASE ? AS ${FOLD}`).run(foldPath);
          attached.push(FOLD);
        } catch (error) {
          // Only a help (a full disk, say): the merge then folds by itself.
          console.error('[merge] no file to fold into alongside:', error);
          foldPath = null;
        }
      }
      mine.pragma(`${THEIRS}.cache_size = -32768`);
      const before = {
        temp: mine.pragma('temp.cache_size', { simple: true }) as number,
        main: mine.pragma('main.cache_size', { simple: true }) as number,
        spill: mine.pragma('cache_spill', { simple: true }) as number,
      };
      mine.pragma('temp.cache_size = -32768');
      mine.pragma('main.cache_size = -65536');
      // Changed pages stay in memory until the commit (a plan job's connection has this anyway,
      // PlanSession.attach): the file stays as the backup copies it, and no spill needs the
      // exclusive lock while the backup holds the shared one.
      mine.pragma('cache_spill = OFF');
      return before;
    });
    try {
      return await session.write(async (w) => {
        const outcome = await runMerge(session, w, theirs, job, helper, foldPath, aheadFrom.entries);
        await theirs.checked;
        await backupDone;
        return outcome;
      });
    } finally {
      if (session.isOpen) {
        await session.locked((mine) => {
          for (const name of attached) mine.exec(`DETACH DATABASE ${name}`);
          mine.pragma(`temp.cache_size = ${Math.trunc(tempCache.temp)}`);
          mine.pragma(`main.cache_size = ${Math.trunc(tempCache.main)}`);
          mine.pragma(`cache_spill = ${tempCache.spill > 0 ? Math.trunc(tempCache.spill) : 'OFF'}`);
        });
      }
    }
  } catch (error) {
    await backup?.catch(() => undefined);
    // A damaged copy's verdict, if any, replaces the error: it explains more.
    await theirs.checked;
    throw error;
  } finally {
    void helper?.worker.terminate();
    theirs.close();
  }
}

async function runMerge(
  session: PlanSession,
  w: ChangeWriter,
  theirs: TheirFile,
  job: JobContext,
  helper: ChangedHereWorker | null,
  /** The file attached as FOLD for the worker to fold their entries into; null: the merge folds them. */
  foldPath: string | null,
  aheadFromEntries: number,
): Promise<MergeOutcome> {
  const mine = session.sqlite;
  const now = new Date().toISOString();
  const mergeId = randomUUID();

  // 1. Their log entries new here, read set-based from the attached file — only what was added to
  // it since the last exchange with that copy: entries past the seq read last time (or, for a copy
  // shared from here, past my log at that moment), and as a safety net for a copy restored from a
  // backup (seq reused) anything with a newer hlc (mergeFold.ts). Older entries are in my log
  // already; which of mine they know is asked per record below. New here = not in my log (by hlc,
  // which includes the replica id).
  mine.exec('DROP TABLE IF EXISTS temp.sharing_incoming; DROP TABLE IF EXISTS temp.sharing_not_taken; DROP TABLE IF EXISTS temp.sharing_known;');
  let ahead: ChangedHereAhead | null = null;
  try {
    const last = lastExchange(mine, theirs.replicaId);
    const sinceSeq = last?.their_last_seq ?? -1;
    const theirMaxSeq = (mine.prepare(`SELECT max(seq) AS n FROM ${THEIRS}.change_log`).get() as { n: number | null }).n ?? -1;
    // An entry newer than my newest one cannot be in my log: asked of my hlc index only if older.
    const myNewest = (mine.prepare('SELECT max(hlc) AS h FROM main.change_log').get() as { h: string | null }).h;
    const since: SinceParams = { sinceSeq, sinceHlc: sinceSeq < 0 ? null : last?.last_hlc ?? null, myNewest };
    const knowledge = theirKnowledge(mine, session.replicaId, last, mergeId);
    // Asked now, for a large copy: it folds their entries while this thread appends them to my log
    // (below), then reads "changed here" ahead of the loop. Not asked for a few entries (its start
    // was for nothing then: mergePlanFile ends it).
    if (helper && theirMaxSeq - sinceSeq >= aheadFromEntries) {
      const fold = foldPath ? { path: foldPath, since } : undefined;
      const request = { myPath: session.realPath, theirPath: theirs.sqlite.name, knowledge, sinceSeq, tables: TRACKED_TABLES, fold };
      ahead = askChangedHere(helper, request, job.signal);
    }
    const newHere = findKnown(mine, 'main', since);
    job.progress(0, null, 'Änderungen der anderen Datei werden gelesen …');
    // Their entries are kept in my log: appended first, as nothing below reads them there (my
    // entries are read without the merge's, mergeBatch.ts), so that a worker can fold them
    // meanwhile. Those of a record not taken over (orphan, duplicate) leave it again after the
    // loop: my log describes my live data.
    const appended = appendTheirEntries(mine, newHere, since, mergeId);
    // Read = new here (appended) and known here; counted as they were stored, not by a read of its own.
    const known = knownEntries(mine);
    const read = appended + known.known;
    job.progress(0, read * 2, 'Änderungen der anderen Datei werden gelesen …');
    // Records of theirs not taken over (orphan, duplicate), whose entries leave my log again.
    mine.exec('CREATE TEMP TABLE sharing_not_taken (tbl TEXT NOT NULL, row_id TEXT NOT NULL, PRIMARY KEY (tbl, row_id)) WITHOUT ROWID');
    await job.step();
    // Folded for the decisions (mergeFold.ts): by the worker into its file, or here (without a
    // worker, or should it fail: after a cancel, the step throws first).
    let incoming = `${FOLD}.sharing_incoming`;
    if (!(ahead && foldPath && (await ahead.folded))) {
      await job.step();
      incoming = 'temp.sharing_incoming';
      mine.exec(`DROP TABLE IF EXISTS ${incoming}`);
      foldTheirEntries(mine, incoming, newHere, since);
    }
    const total = read;
    await job.step();

    const folded = mine.prepare(`SELECT coalesce(sum(entries), 0) AS received, count(*) AS rows, max(hlc) AS newest FROM ${incoming}`).get() as { received: number; rows: number; newest: string | null };
    const { received, rows } = folded;
    // Their newest entry read: everything read counts (also entries known here already).
    const newest = known.newest !== null && (folded.newest === null || known.newest > folded.newest) ? known.newest : folded.newest;
    if (received === 0) {
      // Nothing new, but maybe something undone: merging the same file again after an undo
      // brings that merge back instead of saying "nothing new". A merge came from this file
      // if its first stored entry is in their log.
      const undone = (
        mine.prepare('SELECT id FROM merge_history WHERE undone_at IS NOT NULL AND their_replica_id = ? ORDER BY merged_at, rowid').all(theirs.replicaId) as { id: string }[]
      ).filter((h) => {
        const entry = mine.prepare('SELECT hlc FROM change_log WHERE tx_id = ? LIMIT 1').get(h.id) as { hlc: string } | undefined;
        return entry !== undefined && theirs.sqlite.prepare('SELECT 1 FROM change_log WHERE hlc = ?').get(entry.hlc) !== undefined;
      });
      let applied = 0;
      for (const u of undone) applied += (await redoMergeWith(mine, w, u.id)).reapplied;
      // A decision for "mine" taken over there changes no data, so it comes with no log entry.
      takeOverDecisions(mine, theirs.sqlite);
      recordExchange(mine, theirs.replicaId, null, theirMaxSeq, now);
      return { mergeId: undone.at(-1)?.id ?? null, fileName: theirs.fileName, received: 0, applied, conflicts: 0, read };
    }

    mine
      .prepare('INSERT INTO merge_history (id, merged_at, file_name, their_replica_id, without_personal_data) VALUES (?, ?, ?, ?, ?)')
      .run(mergeId, now, theirs.fileName, theirs.replicaId, theirs.withoutPersonalData ? 1 : 0);

    const incomingRows = incomingRecords(mine, incoming, rows);
    // Erasures (DSGVO) of either file: their personal columns are never taken over.
    const erased = erasedRows(mine, theirs.sqlite);
    const order = new Map<string, number>(TRACKED_TABLES.map((t, i) => [t, i]));
    // Stable: within a table the records stay in rowid order, so a batch's entries stay one range.
    incomingRows.sort((a, b) => (order.get(a.tbl) ?? 1e9) - (order.get(b.tbl) ?? 1e9));

    // 2. Per record, per column (db/changes/entries.ts: an insert may be one entry for the row), read in batches (mergeBatch.ts).
    const insertConflict = mine.prepare(
      `INSERT INTO merge_conflict (id, merge_id, kind, tbl, row_id, col, base_value, mine_value, theirs_value, mine_hlc, theirs_hlc, theirs_replica_id, other_row_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // A record of theirs not taken over (orphan, duplicate) keeps its values in the conflict
    // record only: its entries stay out of my log, which describes my live data.
    const notTaken = mine.prepare('INSERT OR IGNORE INTO temp.sharing_not_taken (tbl, row_id) VALUES (?, ?)');
    let anyNotTaken = false;
    const notTakenOver = (tbl: string, rowId: string) => {
      notTaken.run(tbl, rowId);
      anyNotTaken = true;
    };
    const insertChange = mine.prepare('INSERT INTO merge_change (merge_id, tbl, row_id, col, before_value, after_value) VALUES (?, ?, ?, ?, ?, ?)');

    const tracked = new Set<string>(TRACKED_TABLES);
    // `selfParent`: the table refers to itself, so a record written may decide the next one (written one by one, not per batch).
    const meta = new Map<string, { cols: Set<string>; parents: ParentRef[]; selfParent: boolean; children: { table: string; col: string }[]; personal: ReadonlySet<string> }>();
    for (const t of TRACKED_TABLES) {
      const parents = parentRefs(mine, t);
      meta.set(t, { cols: new Set(tableColumns(mine, t).map((c) => c.name)), parents, selfParent: parents.some((p) => p.parent === t), children: [], personal: new Set(PERSONAL_DATA_COLUMNS[t] ?? []) });
    }
    for (const [t, m] of meta) for (const p of m.parents) meta.get(p.parent)?.children.push({ table: t, col: p.col });

    // Prepared statements are cached: a merge runs them once per record.
    const cache = new Map<string, Sqlite.Statement>();
    const stmt = (db: Sqlite.Database, sqlText: string): Sqlite.Statement => {
      const key = `${db === mine ? 'm' : 't'}:${sqlText}`;
      let s = cache.get(key);
      if (!s) cache.set(key, (s = db.prepare(sqlText)));
      return s;
    };
    /** This connection's statements of the merge (mergeBatch.ts reads with them). */
    const prepared = (sqlText: string) => stmt(mine, sqlText);

    // Natural keys of my live records, per table, built on first use (one scan instead of one per record).
    const keyIndexes = new Map<string, Map<string, string> | null>();
    const keyColumns = new Map<string, string[] | undefined>();
    const naturalKey = (tbl: string, row: Record<string, unknown>): string | null => {
      if (!keyColumns.has(tbl)) keyColumns.set(tbl, NATURAL_KEYS[tbl]?.filter((c) => meta.get(tbl)?.cols.has(c)));
      const cols = keyColumns.get(tbl);
      if (!cols || cols.length === 0 || cols.every((c) => row[c] === null || row[c] === undefined)) return null;
      return JSON.stringify(cols.map((c) => row[c] ?? null));
    };
    const naturalKeyIndex = (tbl: string): Map<string, string> | null => {
      if (!keyIndexes.has(tbl)) {
        const cols = NATURAL_KEYS[tbl]?.filter((c) => meta.get(tbl)?.cols.has(c));
        let index: Map<string, string> | null = null;
        if (cols && cols.length > 0) {
          index = new Map();
          const rows = mine.prepare(`SELECT id, ${cols.map(q).join(', ')} FROM ${q(tbl)} WHERE deleted_at IS NULL`).all() as Row[];
          for (const r of rows) {
            const key = naturalKey(tbl, r);
            if (key !== null) index.set(key, r.id);
          }
        }
        keyIndexes.set(tbl, index);
      }
      return keyIndexes.get(tbl) ?? null;
    };

    let applied = 0;
    let conflicts = 0;
    const addConflict = (kind: ConflictKind, tbl: string, rowId: string, col: string, values: { base?: string | null; mine: unknown; theirs: unknown; mineHlc?: string | null; theirsHlc?: string | null; theirsReplica?: string | null; other?: string | null }) => {
      insertConflict.run(
        randomUUID(), mergeId, kind, tbl, rowId, col, values.base ?? null, json(values.mine), json(values.theirs),
        values.mineHlc ?? null, values.theirsHlc ?? null, values.theirsReplica ?? null, values.other ?? null,
      );
      conflicts++;
    };

    // Step 3 (below) needs, per record, the columns where the live data ends other than the log
    // replayed: found here from their entries the batch holds, which step 1 appended after all of
    // mine. A new record's log is theirs alone: every column is compared. A record both files
    // have (`bothHave`) is compared in the columns their entries touch (each, for a whole-row
    // entry); its other columns end with my entries as before the merge, which left them as they
    // were. Erased records are blanked after the loop: those are compared in the file then.
    const affirm: { tbl: string; rowId: string; cols: string[] }[] = [];
    const checkLater: { tbl: string; row_id: string }[] = [];
    const check = (tbl: string, rowId: string, live: Record<string, unknown> | undefined, bothHave: boolean) => {
      if (!live) return;
      if (erased.has(tbl, rowId)) return void checkLater.push({ tbl, row_id: rowId });
      const cols = differingColumns(live, batch!.incoming.get(rowId) ?? [], { touchedOnly: bothHave });
      if (cols.length > 0) affirm.push({ tbl, rowId, cols });
    };

    type Who = { theirsHlc: string; theirsReplica: string };
    /** After a new record went in: its undo record, the log check, the count. */
    const inserted = (tbl: string, rowId: string, values: Record<string, unknown>) => {
      if (Object.keys(values).length === meta.get(tbl)!.cols.size) check(tbl, rowId, values, false);
      else checkLater.push({ tbl, row_id: rowId });
      applied++;
    };
    /** One new record; a constraint it breaks makes it a conflict (their values wait there). */
    const insertNew = (tbl: string, rowId: string, values: Record<string, unknown>, who: Who): boolean => {
      const cols = Object.keys(values);
      try {
        stmt(mine, `INSERT INTO ${q(tbl)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => values[c] as never));
      } catch (error) {
        if (!isConstraint(error)) throw error;
        addConflict(/FOREIGN KEY/i.test(String((error as Error).message)) ? 'orphan' : 'duplicate', tbl, rowId, '*', { mine: null, theirs: values, ...who });
        notTakenOver(tbl, rowId);
        const key = naturalKey(tbl, values);
        if (key !== null && naturalKeyIndex(tbl)?.get(key) === rowId) naturalKeyIndex(tbl)?.delete(key);
        return false;
      }
      insertChange.run(mergeId, tbl, rowId, '*', null, null);
      inserted(tbl, rowId, values);
      return true;
    };
    /** `bulk` in a savepoint: true when it went through; false, rolled back, when it broke a constraint. */
    const inSavepoint = (bulk: () => void): boolean => {
      mine.exec('SAVEPOINT sharing_bulk');
      try {
        bulk();
      } catch (error) {
        // An error that ended the whole transaction (a damaged file, a full disk) ends the merge.
        if (!mine.inTransaction) throw error;
        mine.exec('ROLLBACK TO sharing_bulk; RELEASE sharing_bulk');
        if (!isConstraint(error)) throw error;
        return false;
      }
      mine.exec('RELEASE sharing_bulk');
      return true;
    };
    // New records of the current batch, checked (parents, natural keys) and waiting to go in together.
    const pending = new Map<string, { values: Record<string, unknown>; who: Who }>();
    // Undo records of the batch's updates, [record, column, before, after] (JSON texts), written
    // with its new records in one statement: a statement per column cost ≈ 3 µs each.
    const updates: [string, string, string, string][] = [];
    // Changes of records both files have: their values (decideRow takes theirs as they are live
    // there), written at the batch's end by the columns they change, one statement each.
    type Change = { rowId: string; cols: string[]; myRow: Row; theirRow: Row; apply: Record<string, unknown>; thereByCol: Map<string, BatchEntry> };
    const changing: Change[] = [];
    /** After a change went in: its undo records, the count, the log check. */
    const changed = (tbl: string, u: Change) => {
      for (const c of u.cols) updates.push([u.rowId, c, json(u.myRow[c]), json(u.apply[c])]);
      applied += u.cols.length;
      check(tbl, u.rowId, { ...u.myRow, ...u.apply }, true);
    };
    /** One record's change; a constraint it breaks makes each column a conflict (their values wait there). */
    const updateOne = (tbl: string, u: Change) => {
      try {
        stmt(mine, `UPDATE ${q(tbl)} SET ${u.cols.map((c) => `${q(c)} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...u.cols.map((c) => u.apply[c] as never), now, u.rowId);
      } catch (error) {
        if (!isConstraint(error)) throw error;
        for (const c of u.cols) {
          const t = u.thereByCol.get(c);
          addConflict('duplicate', tbl, u.rowId, c, { mine: u.myRow[c], theirs: u.theirRow[c], theirsHlc: t?.hlc, theirsReplica: t?.replica_id });
        }
        check(tbl, u.rowId, u.myRow, true);
        return;
      }
      changed(tbl, u);
    };
    // Conflicts in records both files have, written at the batch's end with all my entries of
    // those records read in one statement (one per record cost ≈ 0.1 ms each).
    const conflicted: { rowId: string; write: (mine: BatchEntry[]) => void }[] = [];
    /**
     * At a batch's end: its conflict records, its changes by the columns they change, their undo
     * records, and its new records in one statement from the attached file (one by one if any
     * breaks a constraint).
     */
    const flushBatch = (tbl: string) => {
      if (conflicted.length > 0) {
        const entries = recordsEntries(prepared, knowledge, tbl, JSON.stringify(conflicted.map((c) => c.rowId)));
        for (const c of conflicted) c.write(entries.get(c.rowId) ?? []);
        conflicted.length = 0;
      }
      // Changes by the columns they change: their live values, from the attached file (one by
      // one if any breaks a constraint). A statement per record cost ≈ 5 µs each.
      const byColumns = new Map<string, Change[]>();
      for (const u of changing) {
        const key = u.cols.join('\n');
        const group = byColumns.get(key);
        if (group) group.push(u);
        else byColumns.set(key, [u]);
      }
      changing.length = 0;
      for (const group of byColumns.values()) {
        const cols = group[0]!.cols;
        const wentIn = inSavepoint(() => {
          stmt(mine, `UPDATE main.${q(tbl)} AS m SET ${cols.map((c) => `${q(c)} = t.${q(c)}`).join(', ')}, updated_at = ? FROM ${THEIRS}.${q(tbl)} AS t WHERE t.id = m.id AND m.id IN (SELECT value FROM json_each(?))`)
            .run(now, JSON.stringify(group.map((u) => u.rowId)));
        });
        for (const u of group) {
          if (wentIn) changed(tbl, u);
          else updateOne(tbl, u);
        }
      }
      if (updates.length > 0) {
        cachedStatement(
          mine,
          'INSERT INTO merge_change (merge_id, tbl, row_id, col, before_value, after_value) SELECT ?, ?, value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(?)',
        ).run(mergeId, tbl, JSON.stringify(updates));
        updates.length = 0;
      }
      if (pending.size === 0) return;
      const cols = Object.keys(pending.values().next().value!.values);
      const ids = JSON.stringify([...pending.keys()]);
      const wentIn = inSavepoint(() => {
        stmt(mine, `INSERT INTO main.${q(tbl)} (${cols.map(q).join(', ')}) SELECT ${cols.map(q).join(', ')} FROM ${THEIRS}.${q(tbl)} WHERE id IN (SELECT value FROM json_each(?))`).run(ids);
        cachedStatement(mine, `INSERT INTO merge_change (merge_id, tbl, row_id, col, before_value, after_value) SELECT ?, ?, value, '*', NULL, NULL FROM json_each(?)`).run(mergeId, tbl, ids);
      });
      for (const [rowId, p] of pending) {
        if (wentIn) inserted(tbl, rowId, p.values);
        else insertNew(tbl, rowId, p.values, p.who);
      }
      pending.clear();
    };

    let done = 0;
    let batch: Batch | null = null;
    let batchTable = '';
    let batchEnd = 0;
    for (let i = 0; i < incomingRows.length; i++) {
      const { tbl, row_id: rowId } = incomingRows[i]!;
      done++;
      if (done % 200 === 0) {
        job.progress(total + Math.round((done / incomingRows.length) * total), total * 2, 'Änderungen werden zusammengeführt …');
        await job.step();
      }
      const m = meta.get(tbl);
      if (!tracked.has(tbl) || !m) continue;
      if (!batch || i >= batchEnd) {
        flushBatch(batchTable);
        const records = batchOf(incomingRows, i);
        batch = readBatch(mine, prepared, knowledge, incoming, tbl, records, ahead);
        batchTable = tbl;
        batchEnd = i + records.length;
      }
      const theirRow = batch.theirRows.get(rowId);
      const myRow = batch.myRows.get(rowId);
      if (!theirRow) {
        check(tbl, rowId, myRow, true);
        continue;
      }
      const theirEntries = batch.incoming.get(rowId) ?? [];
      // Their newest entry (a whole-row entry has one hlc for all its columns: no need to expand it).
      const latestThere = theirEntries.reduce((a, b) => (b.hlc > a.hlc ? b : a), theirEntries[0]!);

      if (!myRow) {
        // A record new to this file: taken from their live row, not rebuilt from their log. Their
        // file is migrated before the merge, so a column their (older) log never mentions holds
        // what the migration filled in (0013: staff_post.category from the title), not the
        // default; step 3 gives such values local log entries.
        const values = onlyColumns(theirRow, m.cols) ? theirRow : Object.fromEntries(Object.entries(theirRow).filter(([c]) => m.cols.has(c)));
        const who = { theirsHlc: latestThere.hlc, theirsReplica: latestThere.replica_id };
        if (theirRow.deleted_at === null) {
          const orphanOf = m.parents.find((p) => {
            const parentId = theirRow[p.col];
            if (parentId === null || parentId === undefined || p.builtins?.includes(String(parentId))) return false;
            const parent = stmt(mine, `SELECT deleted_at FROM ${q(p.parent)} WHERE id = ?`).get(parentId) as { deleted_at: string | null } | undefined;
            return !parent || parent.deleted_at !== null;
          });
          if (orphanOf) {
            addConflict('orphan', tbl, rowId, '*', { mine: null, theirs: values, ...who, other: String(theirRow[orphanOf.col]) });
            notTakenOver(tbl, rowId);
            continue;
          }
          const theirKey = naturalKey(tbl, theirRow);
          const clashId = theirKey === null ? undefined : naturalKeyIndex(tbl)?.get(theirKey);
          if (clashId !== undefined && clashId !== rowId) {
            const clash = (pending.has(clashId) ? { ...pending.get(clashId)!.values, id: clashId } : stmt(mine, `SELECT * FROM ${q(tbl)} WHERE id = ?`).get(clashId)) as Row | undefined;
            if (clash && clash.deleted_at === null && naturalKey(tbl, clash) === theirKey) {
              addConflict('duplicate', tbl, rowId, '*', { mine: clash, theirs: values, ...who, other: clash.id });
              notTakenOver(tbl, rowId);
              continue;
            }
          }
        }
        // Taken over with the batch's other new records in one statement (flushBatch), unless the
        // table refers to itself: then a record may be the parent of the next one.
        if (m.selfParent) insertNew(tbl, rowId, values, who);
        else pending.set(rowId, { values, who });
        const key = naturalKey(tbl, theirRow);
        if (key !== null && theirRow.deleted_at === null) naturalKeyIndex(tbl)?.set(key, rowId);
        continue;
      }

      // A record both files have.
      const there = latestPerColumn(theirEntries);
      const changedHere = batch.changedHere.get(rowId) ?? new Set<string>();
      const thereByCol = new Map(there.map((t) => [t.col, t]));
      const blanked = theirs.withoutPersonalData ? m.personal : NONE;
      const erasedColumns = erased.has(tbl, rowId) ? m.personal : NONE;
      const decision = decideRow({
        mine: myRow,
        theirs: theirRow,
        changedHere,
        changedThere: new Set([...thereByCol.keys()].filter((c) => m.cols.has(c) && !erasedColumns.has(c))),
        blankedColumns: blanked,
      });
      // They deleted a record to which this file has added children they do not know: keep it.
      if (decision.apply.deleted_at && m.children.length > 0) {
        const unknownChild = m.children.some(({ table, col }) =>
          (stmt(mine, `SELECT id FROM ${q(table)} WHERE ${q(col)} = ? AND deleted_at IS NULL`).all(rowId) as { id: string }[]).some(
            (child) => !stmt(theirs.sqlite, `SELECT 1 FROM ${q(table)} WHERE id = ? AND deleted_at IS NULL`).get(child.id),
          ),
        );
        if (unknownChild) {
          delete decision.apply.deleted_at;
          decision.conflicts.push({ col: 'deleted_at', kind: 'orphan' });
        }
      }
      if (decision.conflicts.length > 0) {
        // The base (the value both files last agreed on) and my newest change only matter to a
        // conflict record: read from all my entries of the record, for the batch's conflicts at once.
        const found = decision.conflicts;
        conflicted.push({
          rowId,
          write: (all) => {
            const base = latestPerColumn(all.filter((e) => e.known));
            const hereHlc = new Map(latestPerColumn(all.filter((e) => !e.known)).map((h) => [h.col, h.hlc]));
            for (const c of found) {
              const t = thereByCol.get(c.col);
              addConflict(c.kind, tbl, rowId, c.col, {
                base: base.find((b) => b.col === c.col)?.new_value ?? null,
                mine: myRow[c.col],
                theirs: theirRow[c.col],
                mineHlc: hereHlc.get(c.col) ?? null,
                theirsHlc: t?.hlc ?? latestThere.hlc,
                theirsReplica: t?.replica_id ?? latestThere.replica_id,
              });
            }
          },
        });
      }
      const cols = Object.keys(decision.apply);
      if (cols.length === 0) {
        check(tbl, rowId, myRow, true);
        continue;
      }
      const change = { rowId, cols, myRow, theirRow, apply: decision.apply, thereByCol };
      // With the batch's other updates of the same columns in one statement (flushBatch), unless
      // the table refers to itself: then a record's change may decide the next one's.
      if (m.selfParent) updateOne(tbl, change);
      else changing.push(change);
    }

    flushBatch(batchTable);
    // Its reader ends now, long done in all but a tiny merge (and again below, for an early return or an error).
    await ahead?.end();

    // Their entries of a record not taken over leave my log again (appended above): its values
    // wait in the conflict record, and my log describes my live data.
    if (anyNotTaken) {
      mine
        .prepare(
          `DELETE FROM main.change_log WHERE seq IN (SELECT c.seq FROM temp.sharing_not_taken d JOIN main.change_log c ON c.tbl = d.tbl AND c.row_id = d.row_id WHERE c.tx_id = ?)`,
        )
        .run(mergeId);
    }
    // Conflicts travel: theirs still open become open here, those decided there are closed here
    // (before the erasures, which blank personal values in conflict records too). A copy without
    // personal data has blanks where this file has values, and an erased record's values must
    // not come back: conflicts about those are not taken over.
    takeOverDecisions(mine, theirs.sqlite);
    conflicts += takeOverOpenConflicts(mine, theirs.sqlite, mergeId, tracked, (c) =>
      (theirs.withoutPersonalData || erased.has(c.tbl, c.row_id)) && aboutPersonalData(c, PERSONAL_DATA_COLUMNS),
    );
    enforceErasures(mine);
    // Everything read counts (also entries of records not taken over): later local edits sort after it.
    try {
      session.receiveClock(newest!);
    } catch (error) {
      throw new UserError(`Zusammenführen nicht möglich: ${(error as Error).message} Prüfen Sie die Uhrzeit der Rechner.`, 'clock');
    }
    // 3. Where the live data kept a value other than the one the log now ends with (mine in a
    // conflict, a value blanked in their copy, an erasure): a newer local entry says so.
    for (const a of affirm) await w.affirm(a.tbl as TrackedTable, a.rowId, a.cols);
    await affirmLiveValues(mine, w, checkLater, job);
    recordExchange(mine, theirs.replicaId, newest, theirMaxSeq, now);
    mine.prepare('UPDATE merge_history SET applied = ?, conflicts = ?, received = ? WHERE id = ?').run(applied, conflicts, received, mergeId);
    job.progress(total * 2, total * 2, 'Fertig.');
    return { mergeId, fileName: theirs.fileName, received, applied, conflicts, read };
  } finally {
    // Whatever happened, the commit (or rollback) must not wait for its reader's lock.
    await ahead?.end();
    mine.exec('DROP TABLE IF EXISTS temp.sharing_incoming; DROP TABLE IF EXISTS temp.sharing_not_taken; DROP TABLE IF EXISTS temp.sharing_known;');
  }
}

/**
 * The records of the folded table `incoming` (mergeFold.ts) with their rowid ranges, in rowid
 * order. The table was just created sorted by record, so its rowids are 1..count: a record starts
 * where the row before belongs to another one (a lookup by rowid per row, no sort). Should the
 * rowids not be 1..count, the ranges are grouped instead.
 */
function incomingRecords(mine: Sqlite.Database, incoming: string, count: number): IncomingRecord[] {
  const { low, high } = mine.prepare(`SELECT min(rowid) AS low, max(rowid) AS high FROM ${incoming}`).get() as { low: number; high: number };
  if (low !== 1 || high !== count) {
    return mine.prepare(`SELECT tbl, row_id, min(rowid) AS first, max(rowid) AS last FROM ${incoming} GROUP BY tbl, row_id ORDER BY first`).all() as IncomingRecord[];
  }
  const starts = mine
    .prepare(
      `SELECT i.tbl, i.row_id, i.rowid AS first FROM ${incoming} i LEFT JOIN ${incoming} p ON p.rowid = i.rowid - 1
        WHERE p.rowid IS NULL OR p.tbl IS NOT i.tbl OR p.row_id IS NOT i.row_id ORDER BY i.rowid`,
    )
    .all() as Omit<IncomingRecord, 'last'>[];
  return starts.map((r, k) => ({ ...r, last: (starts[k + 1]?.first ?? count + 1) - 1 }));
}

/** The batch that starts at `from`: up to BATCH records of the same table. */
function batchOf(rows: IncomingRecord[], from: number): IncomingRecord[] {
  let end = from;
  while (end < rows.length && end - from < BATCH && rows[end]!.tbl === rows[from]!.tbl) end++;
  return rows.slice(from, end);
}

/** Whether every column of `row` is one of `cols` (their file has this file's schema after its migration: always, but checked). */
function onlyColumns(row: Record<string, unknown>, cols: ReadonlySet<string>): boolean {
  for (const c in row) if (!cols.has(c)) return false;
  return true;
}

/** The newest entry per column of a record's entries, in the per-column view. */
function latestPerColumn<E extends LogEntryFields & { hlc: string }>(entries: E[]): E[] {
  const latest = new Map<string, E>();
  for (const e of expandEntries(entries)) {
    const seen = latest.get(e.col);
    if (!seen || e.hlc > seen.hlc) latest.set(e.col, e);
  }
  return [...latest.values()];
}

/** How far the other copy's log has been read, so the next merge of it reads only what is newer. */
function recordExchange(mine: Sqlite.Database, replicaId: string, newestHlc: string | null, theirLastSeq: number, now: string): void {
  mine
    .prepare(
      `INSERT INTO exchange (replica_id, last_hlc, their_last_seq, last_merged_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (replica_id) DO UPDATE SET
          last_hlc = CASE WHEN exchange.last_hlc IS NULL OR excluded.last_hlc > exchange.last_hlc THEN excluded.last_hlc ELSE exchange.last_hlc END,
          their_last_seq = excluded.their_last_seq, last_merged_at = excluded.last_merged_at`,
    )
    .run(replicaId, newestHlc, theirLastSeq, now);
}

function isConstraint(error: unknown): boolean {
  return String((error as { code?: string })?.code ?? '').startsWith('SQLITE_CONSTRAINT');
}
