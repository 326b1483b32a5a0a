/**
 * Issue #11: the merge runs as a plan job in a worker thread with its own connection
 * (db/jobs/planJob.ts). While a copy with 20,000 changes is merged, `app.info` keeps answering
 * (same tolerance as pdfResponsive.test.ts) and the host sees the merged plan afterwards; the
 * merge in the worker leaves the same rows, log and conflicts as the merge in-process.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { JobRunner } from '../../../db/jobs/jobRunner';
import { runPlanJob } from '../../../db/jobs/planJob';
import { mergePlanFile } from '../../../db/sharing/merge';
import { mergeResultSchema } from '../../../shared/contract/sharingSchemas';
import { expectAnswering, pingWhile } from '../../helpers/responsive';
import { call, useTestServices } from '../../helpers/services';
import { count, META, snapshot } from './helpers';

const t = useTestServices();

/**
 * A master (window `mine`) and its shared copy (window `theirs`) with `areas` new Planungsbereiche
 * and `edits` Gemeinde edits in the copy; both edit the names of the first 20 Gemeinden (conflicts).
 */
async function masterAndCopy(name: string, mine: string, theirs: string, areas: number, edits: number) {
  const masterPath = path.join(t.dir, `${name}.sqlite`);
  const copyPath = path.join(t.dir, `${name}-kopie.sqlite`);
  await call(t.services, 'plan.create', { path: masterPath, meta: META }, mine);
  const master = t.services.sessions.require(mine);
  const ids: string[] = [];
  await master.write(async (w) => {
    for (let i = 0; i < 1000; i++) {
      const id = randomUUID();
      ids.push(id);
      await w.insert('gemeinde', { id, ags: `03354${String(i).padStart(3, '0')}`, name: `Gemeinde ${i}`, kind: 'gemeinde', lat: 52, lon: 10, geometry: null });
    }
  });
  await call(t.services, 'sharing.share', { path: copyPath, withoutPersonalData: false }, mine);
  await call(t.services, 'plan.open', { path: copyPath }, theirs);
  const copy = t.services.sessions.require(theirs);
  await copy.write(async (w) => {
    for (let i = 0; i < areas; i++) await w.insert('planning_area', { id: randomUUID(), name: `Bereich ${i}`, description: '' });
    for (let i = 0; i < edits; i++) await w.update('gemeinde', ids[i % ids.length]!, { lon: 11 + i / 1e4 });
    for (let i = 0; i < 20; i++) await w.update('gemeinde', ids[i]!, { name: `Gemeinde ${i} (Kopie)` });
  });
  await master.write(async (w) => {
    for (let i = 0; i < 20; i++) await w.update('gemeinde', ids[i]!, { name: `Gemeinde ${i} (Kreis)` });
    for (let i = 0; i < 500; i++) await w.update('gemeinde', ids[i]!, { lat: 53 + i / 1e4 });
  });
  return { masterPath, copyPath, master };
}

/** What a merge leaves: the data, the log without local clocks, and the conflicts. */
function outcome(sqlite: Sqlite.Database) {
  return {
    data: snapshot(sqlite),
    log: sqlite.prepare("SELECT tbl, row_id, col, new_value, op FROM change_log WHERE tx_id <> '' ORDER BY tbl, row_id, col, new_value").all(),
    conflicts: sqlite.prepare('SELECT kind, tbl, row_id, col, base_value, mine_value, theirs_value, theirs_hlc FROM merge_conflict ORDER BY tbl, row_id, col').all(),
    changes: sqlite.prepare('SELECT tbl, row_id, col, before_value, after_value FROM merge_change ORDER BY tbl, row_id, col').all(),
  };
}

describe('merge as a plan job in a worker', () => {
  it('merges a copy with 20,000 changes while app.info answers', async () => {
    const { copyPath, master } = await masterAndCopy('gross', 'a1', 'a2', 12_000, 7_980);
    const before = count(master.sqlite, 'SELECT count(*) AS n FROM change_log');
    const { jobId } = await call(t.services, 'sharing.mergeStart', { path: copyPath }, 'a1');
    const done = t.services.jobs.wait(jobId, 'a1');
    const waits = await pingWhile(t.services, done, 'a1');
    const status = await done;
    expect(status.error).toBeNull();
    const result = mergeResultSchema.parse(status.result);
    expect(result.received).toBe(20_000);
    expect(result.conflicts).toBe(20);
    expectAnswering(waits);

    // The host's connection sees what the worker committed, and its clock moved past it.
    expect(count(master.sqlite, 'SELECT count(*) AS n FROM planning_area WHERE deleted_at IS NULL')).toBe(12_000);
    expect(count(master.sqlite, 'SELECT count(*) AS n FROM change_log')).toBeGreaterThanOrEqual(before + 20_000);
    expect((await call(t.services, 'sharing.conflicts', { mergeId: null, openOnly: true }, 'a1')).length).toBe(20);
    const lastOfJob = (master.sqlite.prepare('SELECT max(hlc) AS h FROM change_log').get() as { h: string }).h;
    await call(t.services, 'plan.updateMeta', { ...META, title: 'Nach dem Zusammenführen' }, 'a1');
    const newest = master.sqlite.prepare('SELECT hlc, tbl FROM change_log ORDER BY seq DESC LIMIT 1').get() as { hlc: string; tbl: string };
    expect(newest.tbl).toBe('plan');
    expect(newest.hlc > lastOfJob).toBe(true);
  }, 240_000);

  it('leaves the same rows, log and conflicts in the worker as in-process', async () => {
    const { masterPath, copyPath, master } = await masterAndCopy('gleich', 'b1', 'b2', 300, 700);
    // A second master, byte for byte the first (nothing is being written to it now).
    const twinPath = path.join(t.dir, 'gleich-zwilling.sqlite');
    fs.copyFileSync(masterPath, twinPath);
    await call(t.services, 'plan.open', { path: twinPath }, 'b3');
    const twin = t.services.sessions.require('b3');
    const runner = new JobRunner();
    const backupDir = path.join(t.dir, 'Sicherungen');
    const run = async (session: typeof master, inProcess: boolean) => {
      const id = runner.start('sharing.merge', 'b1', (job) => runPlanJob(session, 'sharing.merge', { path: copyPath, backupDir }, job, { inProcess }));
      const status = await runner.wait(id, 'b1');
      expect(status.error).toBeNull();
      const { mergeId: _id, ...result } = mergeResultSchema.parse(status.result);
      return result;
    };
    const inWorker = await run(master, false);
    const inProcess = await run(twin, true);
    expect(inWorker).toEqual(inProcess);
    expect(inWorker).toMatchObject({ received: 1020, conflicts: 20 });
    const a = outcome(master.sqlite);
    expect(a.conflicts).toHaveLength(20);
    expect(a.data.planning_area).toHaveLength(300);
    expect(a).toEqual(outcome(twin.sqlite));
  }, 240_000);
});

describe('new records taken over together', () => {
  it('takes the others one by one when one breaks a constraint the checks do not know', async () => {
    const { copyPath, master } = await masterAndCopy('einzeln', 'c1', 'c2', 0, 0);
    const copy = t.services.sessions.require('c2');
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    await copy.write(async (w) => {
      for (const [i, id] of ids.entries()) await w.insert('planning_area', { id, name: `Bereich ${i}`, description: `Beschreibung ${i}` });
    });
    // A rule only this file has (a unique description): their second record breaks it.
    await master.write(async (w) => void (await w.insert('planning_area', { id: randomUUID(), name: 'Meiner', description: 'Beschreibung 1' })));
    master.sqlite.exec("CREATE UNIQUE INDEX test_area_description ON planning_area (description) WHERE description <> ''");
    const result = await mergePlanFile(master, copyPath, { backupDir: path.join(t.dir, 'Sicherungen') });
    const names = master.sqlite.prepare('SELECT name FROM planning_area ORDER BY name').pluck().all();
    expect(names).toEqual(['Bereich 0', 'Bereich 2', 'Meiner']);
    const conflicts = master.sqlite.prepare("SELECT kind, row_id, col FROM merge_conflict WHERE tbl = 'planning_area'").all();
    expect(conflicts).toEqual([{ kind: 'duplicate', row_id: ids[1], col: '*' }]);
    // The record not taken over keeps its entries out of the log; the others are undoable.
    expect(count(master.sqlite, "SELECT count(*) AS n FROM change_log WHERE row_id = ?", ids[1])).toBe(0);
    expect(count(master.sqlite, "SELECT count(*) AS n FROM merge_change WHERE merge_id = ? AND tbl = 'planning_area' AND col = '*'", result.mergeId)).toBe(2);
    master.sqlite.exec('DROP INDEX test_area_description');
  }, 120_000);
});
