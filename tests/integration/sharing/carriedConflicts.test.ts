/**
 * Issue 13: an undecided conflict travels with the file. A and B change the same field, A
 * merges B (conflict open in A, A's value live); C merges A and must see that conflict, not
 * silently take A's value; a decision taken in A closes it in C at C's next merge of A.
 * Three real files through the real channels: A in w1, B in w2, C in w3.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRACKED_TABLES } from '../../../db/schema';
import { expectFileMatchesLog } from '../../helpers/changeLogReplay';
import { call, useTestServices } from '../../helpers/services';
import { liveValue, merge, META } from './helpers';

const t = useTestServices();

async function rename(windowId: string, id: string, name: string): Promise<void> {
  await call(t.services, 'district.gemeinden.update', { id, values: { ags: '03354018', name, kind: 'gemeinde', lat: null, lon: null } }, windowId);
}

/** A with a Gemeinde, B and C copies of it; A and B rename it differently; A merges B. */
async function conflictInA(prefix: string): Promise<{ a: string; c: string; id: string }> {
  const a = path.join(t.dir, `${prefix}-a.sqlite`);
  const b = path.join(t.dir, `${prefix}-b.sqlite`);
  const c = path.join(t.dir, `${prefix}-c.sqlite`);
  await call(t.services, 'plan.create', { path: a, meta: META }, 'w1');
  const g = await call(t.services, 'district.gemeinden.create', { ags: '03354018', name: 'Lüchow' }, 'w1');
  await call(t.services, 'sharing.share', { path: b, withoutPersonalData: false }, 'w1');
  await call(t.services, 'sharing.share', { path: c, withoutPersonalData: false }, 'w1');
  await call(t.services, 'plan.open', { path: b }, 'w2');
  await rename('w2', g.id, 'Lüchow (B)');
  await call(t.services, 'plan.close', {}, 'w2');
  await rename('w1', g.id, 'Lüchow (A)');
  const fromB = await merge(t.services, b, 'w1');
  expect(fromB.conflicts).toBe(1);
  await call(t.services, 'plan.close', {}, 'w1');
  return { a, c, id: g.id };
}

const openConflicts = (windowId: string) => call(t.services, 'sharing.conflicts', { mergeId: null, openOnly: true }, windowId);

describe('conflicts travel with the file', () => {
  it('a third copy sees the open conflict, and the decision taken in A closes it there', async () => {
    const { a, c, id } = await conflictInA('theirs');

    await call(t.services, 'plan.open', { path: c }, 'w3');
    const fromA = await merge(t.services, a, 'w3');
    expect(fromA.conflicts).toBe(1);
    const inC = await openConflicts('w3');
    expect(inC.map((x) => [x.table, x.rowId, x.column, x.mine, x.theirs])).toEqual([['gemeinde', id, 'name', 'Lüchow (A)', 'Lüchow (B)']]);
    expect(inC[0]!.recordLabel).toMatch(/Lüchow/);
    await call(t.services, 'plan.close', {}, 'w3');

    // A decides for B's value.
    await call(t.services, 'plan.open', { path: a }, 'w1');
    const [inA] = await openConflicts('w1');
    expect(inA!.id).toBe(inC[0]!.id);
    await call(t.services, 'sharing.resolve', { choices: [{ conflictId: inA!.id, choice: 'theirs' }] }, 'w1');
    expect(liveValue(t.services.sessions.require('w1').sqlite, 'gemeinde', id, 'name')).toBe('Lüchow (B)');
    await call(t.services, 'plan.close', {}, 'w1');

    await call(t.services, 'plan.open', { path: c }, 'w3');
    const again = await merge(t.services, a, 'w3');
    expect(again.conflicts).toBe(0);
    expect(await openConflicts('w3')).toEqual([]);
    const decided = await call(t.services, 'sharing.conflicts', { mergeId: null, openOnly: false }, 'w3');
    expect(decided.map((x) => x.choice)).toEqual(['theirs']);
    const sqlite = t.services.sessions.require('w3').sqlite;
    expect(liveValue(sqlite, 'gemeinde', id, 'name')).toBe('Lüchow (B)');
    expectFileMatchesLog(sqlite, TRACKED_TABLES);
  });

  it('a decision for “mine” (no data change, no log entry) travels too, both ways', async () => {
    const { a, c, id } = await conflictInA('mine');
    await call(t.services, 'plan.open', { path: c }, 'w3');
    await merge(t.services, a, 'w3');
    const [inC] = await openConflicts('w3');
    // C decides; A learns it when merging C, without being asked again.
    await call(t.services, 'sharing.resolve', { choices: [{ conflictId: inC!.id, choice: 'mine' }] }, 'w3');
    await call(t.services, 'plan.close', {}, 'w3');

    await call(t.services, 'plan.open', { path: a }, 'w1');
    const back = await merge(t.services, c, 'w1');
    expect(back.conflicts).toBe(0);
    expect(await openConflicts('w1')).toEqual([]);
    expect(liveValue(t.services.sessions.require('w1').sqlite, 'gemeinde', id, 'name')).toBe('Lüchow (A)');
  });
});
