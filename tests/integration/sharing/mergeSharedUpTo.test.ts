/**
 * Issue 11: my entries up to the seq at which a copy was shared are known to that copy without
 * a lookup (db/sharing/mergeBatch.ts, `sharedUpTo`) — only until its first merge: afterwards
 * exchange.their_last_seq counts their log, which may run ahead of mine (records of theirs not
 * taken over never enter my log). A bound taken from it would call my newer edits known there
 * and take their value over mine without a conflict.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergePlanFile } from '../../../db/sharing/merge';
import { call, useTestServices } from '../../helpers/services';
import { count, liveValue, META } from './helpers';

const t = useTestServices();

describe('my entries known to a shared copy', () => {
  it('are bounded by the share only until the first merge; later edits on both sides are conflicts', async () => {
    const { services, dir } = t;
    const files = { a: path.join(dir, 'a.sqlite'), b: path.join(dir, 'b.sqlite') };
    await call(services, 'plan.create', { path: files.a, meta: META }, 'wa');
    const a = services.sessions.require('wa');
    const ids = Array.from({ length: 40 }, () => randomUUID());
    await a.write(async (w) => {
      for (const [i, id] of ids.entries()) await w.insert('gemeinde', { id, ags: `0335${String(i).padStart(4, '0')}`, name: `Gemeinde ${i}`, kind: 'gemeinde', lat: null, lon: null, geometry: null });
    });
    await call(services, 'sharing.share', { path: files.b, withoutPersonalData: false }, 'wa');
    await call(services, 'plan.open', { path: files.b }, 'wb');
    const b = services.sessions.require('wb');
    const rename = (i: number, name: string, w: string) =>
      call(services, 'district.gemeinden.update', { id: ids[i]!, values: { ags: `0335${String(i).padStart(4, '0')}`, name, kind: 'gemeinde', lat: null, lon: null } }, w);
    const backupDir = path.join(dir, 'backups');

    // First merge: both edited one Gemeinde each since the share.
    await rename(0, 'A 0', 'wa');
    await rename(1, 'B 1', 'wb');
    expect((await mergePlanFile(a, files.b, { backupDir })).conflicts).toBe(0);
    expect(liveValue(a.sqlite, 'gemeinde', ids[1]!, 'name')).toBe('B 1');

    // Their log runs ahead of mine (as when records of theirs were not taken over here).
    a.sqlite.prepare('UPDATE exchange SET their_last_seq = their_last_seq + 1000000 WHERE replica_id = ?').run(b.replicaId);
    // Both rename Gemeinde 2, differently: a conflict, mine kept.
    await rename(2, 'A 2', 'wa');
    await rename(2, 'B 2', 'wb');
    const second = await mergePlanFile(a, files.b, { backupDir });
    expect(second.conflicts).toBe(1);
    expect(liveValue(a.sqlite, 'gemeinde', ids[2]!, 'name')).toBe('A 2');
    expect(count(a.sqlite, "SELECT count(*) AS n FROM merge_conflict WHERE row_id = ? AND col = 'name' AND kind = 'field'", ids[2])).toBe(1);
  });
});
