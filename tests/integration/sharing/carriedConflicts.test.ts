/**
 * Issue 13: an undecided conflict travels with the file. A and B change the same field, A
 * merges B (conflict open in A, A's value live); C merges A and must see that conflict, not
 * silently take A's value; a decision taken in A closes it in C at C's next merge of A.
 * Three real files through the real channels: A in w1, B in w2, C in w3.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
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

  it('a copy shared while a conflict is open carries it; its decision comes back', async () => {
    const { a, id } = await conflictInA('share');
    const d = path.join(t.dir, 'share-d.sqlite');
    await call(t.services, 'plan.open', { path: a }, 'w1');
    await call(t.services, 'sharing.share', { path: d, withoutPersonalData: false }, 'w1');
    await call(t.services, 'plan.close', {}, 'w1');

    await call(t.services, 'plan.open', { path: d }, 'w4');
    const [inD] = await openConflicts('w4');
    expect([inD!.column, inD!.mine, inD!.theirs, inD!.theirsFile]).toEqual(['name', 'Lüchow (A)', 'Lüchow (B)', 'share-b.sqlite']);
    // Nothing of the master's merge is undone from the copy.
    expect((await call(t.services, 'sharing.history', {}, 'w4')).map((h) => [h.applied, h.openConflicts])).toEqual([[0, 1]]);
    await call(t.services, 'sharing.resolve', { choices: [{ conflictId: inD!.id, choice: 'theirs' }] }, 'w4');
    await call(t.services, 'plan.close', {}, 'w4');

    await call(t.services, 'plan.open', { path: a }, 'w1');
    const back = await merge(t.services, d, 'w1');
    expect(back.conflicts).toBe(0);
    expect(await openConflicts('w1')).toEqual([]);
    const sqlite = t.services.sessions.require('w1').sqlite;
    expect(liveValue(sqlite, 'gemeinde', id, 'name')).toBe('Lüchow (B)');
    expectFileMatchesLog(sqlite, TRACKED_TABLES);
  });

  it('a copy without personal data does not carry a conflict about personal data', async () => {
    const a = path.join(t.dir, 'p-a.sqlite');
    const b = path.join(t.dir, 'p-b.sqlite');
    await call(t.services, 'plan.create', { path: a, meta: META }, 'w1');
    const actorId = randomUUID();
    const contactId = randomUUID();
    const setPhone = (windowId: string, phone: string) => t.services.sessions.require(windowId).write((w) => w.update('contact_person', contactId, { phone }));
    await t.services.sessions.require('w1').write(async (w) => {
      await w.insert('actor', { id: actorId, name: 'Diakonie', kind: 'traeger' });
      await w.insert('contact_person', { id: contactId, actor_id: actorId, name: 'Erika Muster', phone: '05841 1', email: null, role: 'Leitung' });
    });
    const erasing = path.join(t.dir, 'p-loescht.sqlite');
    await call(t.services, 'sharing.share', { path: b, withoutPersonalData: false }, 'w1');
    await call(t.services, 'sharing.share', { path: erasing, withoutPersonalData: false }, 'w1');
    await call(t.services, 'plan.open', { path: b }, 'w2');
    await setPhone('w2', '05841 2222');
    await call(t.services, 'plan.close', {}, 'w2');
    await setPhone('w1', '05841 1111');
    expect((await merge(t.services, b, 'w1')).conflicts).toBe(1);

    const withData = path.join(t.dir, 'p-mit.sqlite');
    const without = path.join(t.dir, 'p-ohne.sqlite');
    await call(t.services, 'sharing.share', { path: withData, withoutPersonalData: false }, 'w1');
    await call(t.services, 'sharing.share', { path: without, withoutPersonalData: true }, 'w1');
    await call(t.services, 'plan.open', { path: withData }, 'w3');
    expect((await openConflicts('w3')).map((x) => x.theirs)).toEqual(['05841 2222']);
    await call(t.services, 'plan.open', { path: without }, 'w4');
    expect(await openConflicts('w4')).toEqual([]);
    expect(fs.readFileSync(without).includes(Buffer.from('05841 2222'))).toBe(false);

    // A copy where the contact was erased (DSGVO) does not get the phone number back through a conflict.
    await call(t.services, 'plan.close', {}, 'w1');
    await call(t.services, 'plan.open', { path: erasing }, 'w5');
    await call(t.services, 'privacy.eraseRecord', { register: 'ansprechpersonen', id: contactId }, 'w5');
    await merge(t.services, a, 'w5');
    expect(await openConflicts('w5')).toEqual([]);
    const held = t.services.sessions.require('w5').sqlite.prepare(`SELECT count(*) AS n FROM merge_conflict WHERE theirs_value LIKE '%2222%' OR mine_value LIKE '%1111%'`).get() as { n: number };
    expect(held.n).toBe(0);
  });
});
