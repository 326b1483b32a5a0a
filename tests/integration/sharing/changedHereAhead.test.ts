/**
 * Issue 11: for a large copy, a worker thread folds their new entries while the merge appends
 * them to my log, then reads "changed here" (which of my columns their file does not know), each
 * on a connection of its own (db/sharing/changedHereAhead.ts). Its fold must be the merge's own,
 * row for row, and be used; its answer must be the merge's own reads, batch for batch; a batch it
 * has not (yet) covered is read by the merge; and its connections must be gone before the merge
 * commits.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import type { JobContext } from '../../../db/jobs/jobRunner';
import { askChangedHere, startChangedHereWorker, type ChangedHereAhead } from '../../../db/sharing/changedHereAhead';
import type { ChangedHereRequest } from '../../../db/sharing/changedHereRead';
import { mergePlanFile } from '../../../db/sharing/merge';
import * as mergeFold from '../../../db/sharing/mergeFold';
import { THEIRS } from '../../../db/sharing/mergeFold';
import { BATCH, changedHere, lastExchange, theirKnowledge, type TheirKnowledge } from '../../../db/sharing/mergeBatch';
import { TRACKED_TABLES } from '../../../db/schema';
import { PlanSession } from '../../../db/session';
import { call, useTestServices } from '../../helpers/services';
import { META, snapshot } from './helpers';

const t = useTestServices();
const GEMEINDEN = BATCH + 100; // two batches of one table

/** A plan of GEMEINDEN Gemeinden shared as b.sqlite; both sides then edit (some the same name: conflicts), b adds Planungsbereiche. */
async function sharedAndEdited(): Promise<{ a: string; b: string; ids: string[] }> {
  const { services } = t;
  const dir = fs.mkdtempSync(path.join(t.dir, 'plan-'));
  const a = path.join(dir, 'a.sqlite');
  const b = path.join(dir, 'b.sqlite');
  await call(services, 'plan.create', { path: a, meta: META }, 'wa');
  const mine = services.sessions.require('wa');
  const ids = Array.from({ length: GEMEINDEN }, () => randomUUID());
  await mine.write(async (w) => {
    for (const [i, id] of ids.entries()) await w.insert('gemeinde', { id, ags: `0335${String(i).padStart(4, '0')}`, name: `Gemeinde ${i}`, kind: 'gemeinde', lat: 52, lon: 11, geometry: null });
  });
  await call(services, 'sharing.share', { path: b, withoutPersonalData: false }, 'wa');
  await call(services, 'plan.open', { path: b }, 'wb');
  const theirs = services.sessions.require('wb');
  await mine.write(async (w) => {
    for (const [i, id] of ids.entries()) {
      if (i % 3 === 0) await w.update('gemeinde', id, { name: `A ${i}` });
      if (i % 2 === 0) await w.update('gemeinde', id, { lat: 53 + i / 1e4 });
    }
  });
  await theirs.write(async (w) => {
    for (const [i, id] of ids.entries()) {
      if (i % 5 === 0) await w.update('gemeinde', id, { name: `B ${i}` });
      await w.update('gemeinde', id, { lon: 12 + i / 1e4 });
    }
    for (let i = 0; i < 50; i++) await w.insert('planning_area', { id: randomUUID(), name: `Bereich ${i}`, description: '' });
  });
  await call(services, 'plan.close', {}, 'wa');
  await call(services, 'plan.close', {}, 'wb');
  return { a, b, ids };
}

/** With a's file open and b attached, as a merge has them: what b's log holds of a's, and since which seq. */
function withBoth<T>(aPath: string, bPath: string, use: (db: Sqlite.Database, knowledge: TheirKnowledge, sinceSeq: number) => T): T {
  const db = new Sqlite(aPath, { readonly: true });
  try {
    db.prepare(`ATTACH DATABASE ? AS ${THEIRS}`).run(bPath);
    const theirReplica = (db.prepare(`SELECT id FROM ${THEIRS}.replica ORDER BY created_at LIMIT 1`).get() as { id: string }).id;
    const me = (db.prepare('SELECT id FROM main.replica ORDER BY created_at LIMIT 1').get() as { id: string }).id;
    const last = lastExchange(db, theirReplica);
    return use(db, theirKnowledge(db, me, last, randomUUID()), last?.their_last_seq ?? -1);
  } finally {
    db.close();
  }
}

/** The merge's own reads of "changed here" for the records of their log since the exchange, per table in batches. */
function ownReads(aPath: string, bPath: string): { tbl: string; ids: string[]; changed: Map<string, Set<string>> }[] {
  return withBoth(aPath, bPath, (db, knowledge, sinceSeq) => {
    const records = db.prepare(`SELECT tbl, row_id FROM ${THEIRS}.change_log WHERE seq > ? GROUP BY tbl, row_id`).all(sinceSeq) as { tbl: string; row_id: string }[];
    const out: { tbl: string; ids: string[]; changed: Map<string, Set<string>> }[] = [];
    for (const tbl of new Set(records.map((r) => r.tbl))) {
      const ids = records.filter((r) => r.tbl === tbl).map((r) => r.row_id);
      for (let from = 0; from < ids.length; from += BATCH) {
        const batch = ids.slice(from, from + BATCH);
        out.push({ tbl, ids: batch, changed: changedHere((sql) => db.prepare(sql), knowledge, tbl, JSON.stringify(batch)) });
      }
    }
    return out;
  });
}

/** Asks a worker as a merge does. */
function ask(aPath: string, bPath: string, fold?: ChangedHereRequest['fold']): ChangedHereAhead {
  return withBoth(aPath, bPath, (_db, knowledge, sinceSeq) => {
    const started = startChangedHereWorker(bPath, 0);
    if (!started) throw new Error('no worker entry');
    return askChangedHere(started, { myPath: aPath, theirPath: bPath, knowledge, sinceSeq, tables: TRACKED_TABLES, fold }, new AbortController().signal);
  });
}

/** Whether a writer can take the file's exclusive lock (no reader holds it). */
function exclusiveFree(file: string): boolean {
  const db = new Sqlite(file, { timeout: 0 });
  try {
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

describe('"changed here" read alongside a merge', () => {
  it('answers, in a worker thread, what the merge reads itself, batch for batch; a batch with other records is left to the merge', async () => {
    const { a, b, ids } = await sharedAndEdited();
    const own = ownReads(a, b);
    expect(own.map((o) => o.tbl)).toEqual(['gemeinde', 'gemeinde', 'planning_area']);
    // What makes the comparison worth something: my renames and lat edits, not my inserts (known there).
    expect(own[0]!.changed.size).toBeGreaterThan(0);
    expect([...own[0]!.changed.values()].some((cols) => cols.has('name') && cols.has('lat'))).toBe(true);

    const ahead = ask(a, b);
    expect(await ahead.answered).toBe(true);
    // The worker's connection is closed once it has answered: a commit would not wait.
    expect(exclusiveFree(a)).toBe(true);
    for (const o of own) expect(ahead.of(o.tbl, o.ids)).toEqual(o.changed);
    // A merge batch cut otherwise (records of two of its batches) is answered from all that arrived.
    const across = [...own[0]!.ids.slice(-30), ...own[1]!.ids.slice(0, 30)];
    const expected = new Map([...own[0]!.changed, ...own[1]!.changed].filter(([id]) => across.includes(id)));
    expect(expected.size).toBeGreaterThan(0);
    expect(ahead.of('gemeinde', across)).toEqual(expected);
    // A record their log does not touch since the share, or a table it does not touch: not covered.
    expect(ahead.of('gemeinde', [ids[0]!, randomUUID()])).toBeNull();
    expect(ahead.of('facility', [ids[0]!])).toBeNull();
    await ahead.end();
  });

  it('folds their entries into the file it is given exactly as the merge folds them itself', async () => {
    const { a, b } = await sharedAndEdited();
    const foldPath = path.join(path.dirname(a), 'fold.sqlite');
    fs.writeFileSync(foldPath, ''); // as the merge creates it
    const own = withBoth(a, b, (db, _knowledge, sinceSeq) => {
      const since = { sinceSeq, sinceHlc: null, myNewest: (db.prepare('SELECT max(hlc) AS h FROM change_log').get() as { h: string }).h };
      mergeFold.foldTheirEntries(db, 'temp.sharing_incoming', mergeFold.findKnown(db, 'main', since), since);
      return { since, rows: db.prepare('SELECT rowid, * FROM temp.sharing_incoming ORDER BY rowid').all() };
    });
    expect(own.rows.length).toBeGreaterThan(GEMEINDEN);
    const ahead = ask(a, b, { path: foldPath, since: own.since });
    expect(await ahead.folded).toBe(true);
    const folded = new Sqlite(foldPath, { readonly: true });
    try {
      expect(folded.prepare('SELECT rowid, * FROM sharing_incoming ORDER BY rowid').all()).toEqual(own.rows);
    } finally {
      folded.close();
    }
    expect(await ahead.answered).toBe(true);
    // Not asked to fold: never folded.
    const other = ask(a, b);
    expect(await other.folded).toBe(false);
    // A fold that fails is said at once (the worker logs why), and "changed here" is still read.
    const broken = ask(a, b, { path: path.join(path.dirname(a), 'fehlt', 'fold.sqlite'), since: own.since });
    expect(await broken.folded).toBe(false);
    expect(await broken.answered).toBe(true);
    const first = ownReads(a, b)[0]!;
    expect(broken.of(first.tbl, first.ids)).toEqual(first.changed);
  });

  it('ends a worker still reading, and the file can be committed at once', async () => {
    const { a, b } = await sharedAndEdited();
    const ahead = ask(a, b);
    await ahead.end();
    expect(await ahead.answered).toBe(false);
    expect(exclusiveFree(a)).toBe(true);
  });

  it('is ended when their file is refused', async () => {
    const { a } = await sharedAndEdited();
    const notAPlan = path.join(path.dirname(a), 'kein-plan.sqlite');
    fs.writeFileSync(notAPlan, 'Dies ist keine Planungsdatei.\n'.repeat(100));
    const terminated = vi.spyOn(Worker.prototype, 'terminate');
    const session = await PlanSession.open(a, { backupDir: t.dir });
    try {
      await expect(mergePlanFile(session, notAPlan, { backupDir: path.join(t.dir, 'backups'), aheadFrom: { bytes: 0, entries: 0 } })).rejects.toThrow(/kein-plan\.sqlite/);
      expect(terminated).toHaveBeenCalled();
    } finally {
      terminated.mockRestore();
      session.close();
    }
  });

  it('folds by itself when the file to fold into alongside cannot be made (a full disk)', async () => {
    const { a, b } = await sharedAndEdited();
    const write = fs.writeFileSync;
    const full = vi.spyOn(fs, 'writeFileSync').mockImplementation((file, ...rest) => {
      if (String(file).endsWith('fold.sqlite')) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return write(file, ...rest);
    });
    const foldedHere = vi.spyOn(mergeFold, 'foldTheirEntries');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const session = await PlanSession.open(a, { backupDir: t.dir });
    try {
      const outcome = await mergePlanFile(session, b, { backupDir: path.join(t.dir, 'backups'), aheadFrom: { bytes: 0, entries: 0 } });
      expect(outcome.conflicts).toBe(Math.ceil(GEMEINDEN / 15));
      expect(foldedHere).toHaveBeenCalledTimes(1);
      expect(logged.mock.calls.some((c) => String(c[0]).includes('no file to fold into'))).toBe(true);
    } finally {
      session.close();
      full.mockRestore();
      foldedHere.mockRestore();
      logged.mockRestore();
    }
  });

  it('merges to the same result with it as without it, the first time and again after more edits', async () => {
    const { a, b, ids } = await sharedAndEdited();
    // Their copy edited further after the first merge (same replica): the second merge reads past the exchange.
    const b2 = path.join(path.dirname(b), 'b2.sqlite');
    fs.copyFileSync(b, b2);
    const theirs = await PlanSession.open(b2, { backupDir: t.dir });
    await theirs.write(async (w) => {
      for (const [i, id] of ids.entries()) if (i % 4 === 0) await w.update('gemeinde', id, { name: `B2 ${i}`, lon: 13 });
    });
    theirs.close();
    const results = [];
    // Folded here (by the merge's thread) only without the worker: with it, the worker's fold is used.
    const foldedHere = vi.spyOn(mergeFold, 'foldTheirEntries');
    const foldsHere: number[] = [];
    for (const aheadFrom of [{ bytes: Number.POSITIVE_INFINITY, entries: 0 }, { bytes: 0, entries: 0 }]) {
      foldedHere.mockClear();
      const file = path.join(path.dirname(a), `a-${aheadFrom.bytes}.sqlite`);
      fs.copyFileSync(a, file);
      const session = await PlanSession.open(file, { backupDir: t.dir });
      try {
        // As a plan job yields (planJobWorker.ts); slowly, so the worker (started under tsx) has answered early on.
        const job: JobContext = { progress: () => undefined, signal: new AbortController().signal, step: () => new Promise((resolve) => setTimeout(resolve, 100)) };
        const merge = async (from: string) => {
          const outcome = await mergePlanFile(session, from, { backupDir: path.join(t.dir, 'backups'), job, aheadFrom });
          const conflicts = session.sqlite.prepare('SELECT tbl, row_id, col, kind, base_value, mine_value, theirs_value FROM merge_conflict ORDER BY merge_id = ?, tbl, row_id, col').all(outcome.mergeId);
          return { applied: outcome.applied, conflicts: outcome.conflicts, records: conflicts, data: snapshot(session.sqlite) };
        };
        const first = await merge(b);
        // Here, too, more edits: renames that meet theirs again, and others.
        await session.write(async (w) => {
          for (const [i, id] of ids.entries()) if (i % 6 === 0) await w.update('gemeinde', id, { name: `A2 ${i}` });
        });
        results.push({ first, again: await merge(b2) });
        foldsHere.push(foldedHere.mock.calls.length);
      } finally {
        session.close();
      }
    }
    foldedHere.mockRestore();
    expect(foldsHere).toEqual([2, 0]);
    // Both sides renamed every 15th Gemeinde: conflicts, and my name kept; again every 12th.
    expect(results[0]!.first.conflicts).toBe(Math.ceil(GEMEINDEN / 15));
    expect(results[0]!.again.conflicts).toBe(Math.ceil(GEMEINDEN / 12));
    expect(results[1]).toEqual(results[0]);
  });
});
