/** Different plans: not merged, but selected registers can be copied, with duplicate detection. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostServices } from '../../../db/api/context';
import { expandEntries, type LogEntryFields } from '../../../db/changes/entries';
import { copyRegistersResultSchema } from '../../../shared/contract/sharingSchemas';
import { call, testServices } from '../../helpers/services';
import { sha256, tempDir } from '../../helpers/files';
import { META } from './helpers';

let dir: string;
let services: HostServices;
beforeEach(() => {
  dir = tempDir('psp-sharing-copy-');
  services = testServices(path.join(dir, 'userdata'));
});
afterEach(() => {
  services.sessions.closeAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('copy registers from another plan', () => {
  it('copies the actors of one Gemeinde with their contacts, remapped, skipping duplicates', async () => {
    const mine = path.join(dir, 'mein.sqlite');
    const other = path.join(dir, 'anderer.sqlite');
    await call(services, 'plan.create', { path: mine, meta: META }, 'w1');
    const myLuechow = await call(services, 'district.gemeinden.create', { ags: '03354018', name: 'Lüchow' }, 'w1');
    const myActor = randomUUID();
    await services.sessions.require('w1').write(async (w) => {
      await w.insert('actor', { id: myActor, name: 'Diakonie Lüchow', kind: 'traeger', gemeinde_id: myLuechow.id });
    });

    await call(services, 'plan.create', { path: other, meta: { ...META, title: 'Anderer Plan' } }, 'w2');
    const theirLuechow = await call(services, 'district.gemeinden.create', { ags: '03354018', name: 'Lüchow (Wendland)' }, 'w2');
    const theirDannenberg = await call(services, 'district.gemeinden.create', { ags: '03354004', name: 'Dannenberg' }, 'w2');
    const [a1, a2, a3] = [randomUUID(), randomUUID(), randomUUID()];
    await services.sessions.require('w2').write(async (w) => {
      await w.insert('actor', { id: a1, name: 'Diakonie Lüchow', kind: 'traeger', gemeinde_id: theirLuechow.id });
      await w.insert('actor', { id: a2, name: 'Pflegedienst Wendland', kind: 'dienst', gemeinde_id: theirLuechow.id });
      await w.insert('actor', { id: a3, name: 'Sozialstation Dannenberg', kind: 'dienst', gemeinde_id: theirDannenberg.id });
      await w.insert('contact_person', { id: randomUUID(), actor_id: a2, name: 'Max Beispiel', phone: '1', email: null, role: null });
      await w.insert('contact_person', { id: randomUUID(), actor_id: a3, name: 'Eva Beispiel', phone: '2', email: null, role: null });
    });
    services.sessions.close('w2');
    const otherHash = sha256(other);

    // Merging is refused; the registers are offered instead.
    const { jobId: mergeJob } = await call(services, 'sharing.mergeStart', { path: other }, 'w1');
    expect((await services.jobs.wait(mergeJob, 'w1')).error).toMatch(/anderen Plan/);
    const offer = await call(services, 'sharing.registers', { path: other }, 'w1');
    expect(offer.samePlan).toBe(false);
    expect(offer.registers).toEqual(expect.arrayContaining([{ table: 'gemeinde', rows: 2 }, { table: 'actor', rows: 3 }, { table: 'contact_person', rows: 2 }]));

    const { jobId } = await call(services, 'sharing.copyRegisters', { path: other, tables: ['gemeinde', 'actor', 'contact_person'], gemeindeAgs: '03354018' }, 'w1');
    const status = await services.jobs.wait(jobId, 'w1');
    expect(status.state, status.error ?? '').toBe('done');
    expect(copyRegistersResultSchema.parse(status.result)).toEqual({ inserted: 2, duplicates: 2, skipped: 0 });

    const db = services.sessions.require('w1').sqlite;
    const actors = db.prepare('SELECT id, name, gemeinde_id FROM actor WHERE deleted_at IS NULL ORDER BY name').all() as { id: string; name: string; gemeinde_id: string }[];
    expect(actors.map((a) => a.name)).toEqual(['Diakonie Lüchow', 'Pflegedienst Wendland']);
    expect(actors.every((a) => a.gemeinde_id === myLuechow.id)).toBe(true);
    expect(actors.some((a) => ([a1, a2, a3] as string[]).includes(a.id))).toBe(false);
    const contacts = db.prepare('SELECT name, actor_id FROM contact_person WHERE deleted_at IS NULL').all() as { name: string; actor_id: string }[];
    expect(contacts).toEqual([{ name: 'Max Beispiel', actor_id: actors[1]!.id }]);
    expect((await call(services, 'district.gemeinden.list', {}, 'w1')).map((g) => g.name)).toEqual(['Lüchow']);
    // Logged like every write.
    const logged = expandEntries(db.prepare(`SELECT col, new_value, op FROM change_log WHERE tbl = 'contact_person'`).all() as LogEntryFields[]);
    expect(logged.filter((e) => e.col === 'name' && e.new_value === '"Max Beispiel"')).toHaveLength(1);
    expect(sha256(other)).toBe(otherHash);
  });

  it('refuses to copy from a copy of the same plan (merge instead)', async () => {
    const mine = path.join(dir, 'mein.sqlite');
    await call(services, 'plan.create', { path: mine, meta: META }, 'w1');
    await call(services, 'sharing.share', { path: path.join(dir, 'kopie.sqlite'), withoutPersonalData: false }, 'w1');
    expect((await call(services, 'sharing.registers', { path: path.join(dir, 'kopie.sqlite') }, 'w1')).samePlan).toBe(true);
    const { jobId } = await call(services, 'sharing.copyRegisters', { path: path.join(dir, 'kopie.sqlite'), tables: ['gemeinde'], gemeindeAgs: null }, 'w1');
    expect((await services.jobs.wait(jobId, 'w1')).error).toMatch(/Zusammenführen/);
  });
});
