/**
 * Issue 13: while a job holds its transaction (a merge between two steps), the conflict review,
 * the merge history and sharing wait for it under the session lock: they never show its
 * uncommitted rows, and never write into its transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../shared/contract/errors';
import { call, useTestServices } from '../../helpers/services';
import { META } from './helpers';

const t = useTestServices();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sharing under the session lock', () => {
  it('conflict review and history during a running job see neither its uncommitted rows nor write into it', async () => {
    const { services, dir } = t;
    await call(services, 'plan.create', { path: path.join(dir, 'plan.sqlite'), meta: META }, 'w1');
    const session = services.sessions.require('w1');
    // A job like a merge: merge bookkeeping written, then it waits (a step), then it fails.
    let fail!: () => void;
    const failed = new Promise<void>((resolve) => (fail = resolve));
    const job = session.write(async () => {
      session.sqlite.prepare(`INSERT INTO merge_history (id, merged_at, file_name, their_replica_id, without_personal_data) VALUES ('m', 'heute', 'kopie.sqlite', 'r', 0)`).run();
      session.sqlite
        .prepare(`INSERT INTO merge_conflict (id, merge_id, kind, tbl, row_id, col, mine_value, theirs_value) VALUES ('c', 'm', 'field', 'gemeinde', 'g', 'name', '"A"', '"B"')`)
        .run();
      await failed;
      throw new UserError('Zusammenführen abgebrochen.', 'cancelled');
    });
    await pause(20);

    const settled: string[] = [];
    const conflicts = call(services, 'sharing.conflicts', { mergeId: null, openOnly: true }, 'w1').then((v) => (settled.push('conflicts'), v));
    const history = call(services, 'sharing.history', {}, 'w1').then((v) => (settled.push('history'), v));
    const share = call(services, 'sharing.share', { path: path.join(dir, 'kopie.sqlite'), withoutPersonalData: false }, 'w1').then((v) => (settled.push('share'), v));
    await pause(100);
    // They wait for the job instead of reading (or copying) its half-done state.
    expect(settled).toEqual([]);
    fail();
    await expect(job).rejects.toThrow('Zusammenführen abgebrochen.');
    expect(await conflicts).toEqual([]);
    expect(await history).toEqual([]);
    expect((await share).path).toBe(path.join(dir, 'kopie.sqlite'));
    expect(fs.existsSync(path.join(dir, 'kopie.sqlite'))).toBe(true);
    // The exchange record of the share is committed on its own, not rolled back with the job.
    expect(session.sqlite.prepare('SELECT count(*) AS n FROM exchange').get()).toEqual({ n: 1 });
    expect(session.sqlite.prepare('SELECT count(*) AS n FROM merge_conflict').get()).toEqual({ n: 0 });
  });
});
