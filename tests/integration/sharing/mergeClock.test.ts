/**
 * Issue 13: a write that waits for the lock while a merge commits, and then fails, must not set
 * the clock back behind the merge: later local edits sort after the colleague's changes.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobContext } from '../../../db/jobs/jobRunner';
import { mergePlanFile } from '../../../db/sharing/merge';
import { formatHlc } from '../../../shared/changes/hlc';
import { UserError } from '../../../shared/contract/errors';
import { call, useTestServices } from '../../helpers/services';
import { META } from './helpers';

const t = useTestServices();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the clock after a failed write', () => {
  it('keeps the advance of a merge that committed while the failed write waited', async () => {
    const { services, dir } = t;
    const master = path.join(dir, 'plan.sqlite');
    const copy = path.join(dir, 'kopie.sqlite');
    await call(services, 'plan.create', { path: master, meta: META }, 'w1');
    const g = await call(services, 'district.gemeinden.create', { ags: '03354018', name: 'Lüchow' }, 'w1');
    await call(services, 'sharing.share', { path: copy, withoutPersonalData: false }, 'w1');
    await call(services, 'plan.open', { path: copy }, 'w2');
    // The colleague's computer runs an hour ahead: her changes carry later timestamps.
    const theirs = services.sessions.require('w2');
    await theirs.write(async () => theirs.receiveClock(formatHlc({ millis: Date.now() + 3_600_000, counter: 0 }, 'uhr')));
    await call(services, 'district.gemeinden.update', { id: g.id, values: { ags: '03354018', name: 'Lüchow (Kollegin)', kind: 'gemeinde', lat: null, lon: null } }, 'w2');
    await call(services, 'plan.close', {}, 'w2');

    const mine = services.sessions.require('w1');
    // Just before the merge asks for the lock, another write takes it; the merge queues behind
    // it, then a write that will fail queues behind the merge.
    let release!: () => void;
    let holding!: Promise<void>;
    let queued!: () => void;
    const mergeQueued = new Promise<void>((resolve) => (queued = resolve));
    let steps = 0;
    const step = async () => {
      if (++steps !== 1) return;
      holding = mine.write(() => new Promise<void>((resolve) => (release = resolve)));
      await pause(20);
      queued();
    };
    const job: JobContext = { progress: () => undefined, step, signal: new AbortController().signal };
    const merging = mergePlanFile(mine, copy, { backupDir: path.join(dir, 'backups'), job });
    await mergeQueued;
    await pause(50);
    const failing = mine.write(async () => {
      throw new UserError('Absichtlich gescheitert.', 'test');
    });
    await pause(50);
    release();
    await holding;
    expect((await merging).received).toBeGreaterThan(0);
    await expect(failing).rejects.toThrow(/Absichtlich gescheitert/);

    const merged = (mine.sqlite.prepare('SELECT max(hlc) AS h FROM change_log WHERE replica_id <> ?').get(mine.replicaId) as { h: string }).h;
    await call(services, 'district.gemeinden.update', { id: g.id, values: { ags: '03354018', name: 'Lüchow (meins)', kind: 'gemeinde', lat: null, lon: null } }, 'w1');
    const newest = mine.sqlite.prepare('SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1').get() as { hlc: string };
    expect(newest.hlc > merged, `${newest.hlc} after ${merged}`).toBe(true);
  });
});
