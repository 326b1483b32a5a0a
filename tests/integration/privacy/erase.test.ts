/**
 * „Personenbezogene Daten löschen“ (DSGVO Art. 17): the values leave the row, every change-log
 * entry and the file's bytes; an erasure record says that (not what) was erased and by whom;
 * a merge never brings erased values back; sharing without personal data drops the author.
 */
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandEntries, type LogEntryFields } from '../../../db/changes/entries';
import { expectTableMatchesLog, replayChangeLog } from '../../helpers/changeLogReplay';
import { sha256 } from '../../helpers/files';
import { call, useTestServices } from '../../helpers/services';
import { merge } from '../sharing/helpers';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { dir, services } = useTestServices();

const at = (name: string) => path.join(dir, name);
const AUTHOR = 'Dr. Erika Planerin';
const meta = { title: 'Plan', districtName: 'Landkreis Test', kreisKey: '', periodFrom: 2026, periodTo: 2030, organisation: 'Kreis', author: AUTHOR };
const PERSON = { name: 'Hannelore Kowalski-Zettel', phone: '05841 123456', email: 'h.kowalski@example.org' };
const SECRETS = ['Kowalski', '123456', 'h.kowalski', '98765', 'Bartholomäus'];

const sqlite = (w = 'w1') => services.sessions.require(w).sqlite;
/** Which of the secrets the file on disk still contains, in any encoding SQLite stores text in. */
function secretsInFile(file: string, secrets = SECRETS): string[] {
  const bytes = fs.readFileSync(file);
  return secrets.filter((s) => bytes.includes(Buffer.from(s, 'utf8')));
}
const logText = (db: Sqlite.Database) => (db.prepare(`SELECT group_concat(coalesce(old_value, '') || new_value, ' ') AS t FROM change_log`).get() as { t: string }).t;

async function addContact(actorId: string, values: Partial<typeof PERSON> & { name: string }, w = 'w1') {
  return call(services, 'stock.save', { register: 'ansprechpersonen', id: null, values: { actor_id: actorId, role: 'Pflegedienstleitung', ...values } }, w);
}

let actorId: string;
let contactId: string;

beforeAll(async () => {
  await call(services, 'plan.create', { path: at('plan.sqlite'), meta }, 'w1');
  actorId = (await call(services, 'stock.save', { register: 'akteure', id: null, values: { name: 'Diakonie Lüchow', kind: 'pflegeanbieter' } }, 'w1')).id;
  const contact = await addContact(actorId, { name: PERSON.name, phone: '05841 000', email: PERSON.email });
  contactId = contact.id;
  await call(services, 'stock.save', { register: 'ansprechpersonen', id: contactId, values: { ...contact.values, phone: PERSON.phone } }, 'w1');
});
describe('erasing a contact person', () => {
  it('refuses an unknown contact in German and leaves the file unchanged', async () => {
    const before = sha256(at('plan.sqlite'));
    await expect(call(services, 'privacy.eraseRecord', { register: 'ansprechpersonen', id: '00000000-0000-4000-8000-000000000000' }, 'w1')).rejects.toThrow(
      'Den Eintrag gibt es in diesem Plan nicht (mehr). Es wurde nichts gelöscht.',
    );
    await expect(call(services, 'privacy.eraseRecord', { register: 'angebote' as 'kuemmerer', id: contactId }, 'w1')).rejects.toThrow(
      'Dieses Verzeichnis enthält keine personenbezogenen Daten.',
    );
    expect(sha256(at('plan.sqlite'))).toBe(before);
  });

  it('removes name, phone and e-mail from the row, from every log entry and from the file', async () => {
    // A copy made before the erasure: merged back below.
    await call(services, 'sharing.share', { path: at('alt.sqlite'), withoutPersonalData: false }, 'w1');
    expect(secretsInFile(at('plan.sqlite'), ['Kowalski'])).toEqual(['Kowalski']);

    expect(await call(services, 'privacy.eraseRecord', { register: 'ansprechpersonen', id: contactId }, 'w1')).toEqual({ erased: 1 });

    const row = sqlite().prepare('SELECT name, role, phone, email, deleted_at FROM contact_person WHERE id = ?').get(contactId) as Record<string, unknown>;
    expect(row).toMatchObject({ name: '', role: 'Pflegedienstleitung', phone: null, email: null });
    expect(row.deleted_at).not.toBeNull();
    expect(logText(sqlite())).not.toMatch(/Kowalski|123456|h\.kowalski|05841 000/);
    // The insert is one entry carrying the whole row: the values inside its JSON are blanked too.
    const insert = sqlite().prepare(`SELECT new_value FROM change_log WHERE tbl = 'contact_person' AND row_id = ? AND op = 'insert'`).all(contactId) as { new_value: string }[];
    expect(insert).toHaveLength(1);
    expect(JSON.parse(insert[0]!.new_value)).toMatchObject({ name: '', phone: null, email: null, role: 'Pflegedienstleitung', actor_id: actorId });
    expect(secretsInFile(at('plan.sqlite'))).toEqual([]);
    // The log still replays to the live rows.
    const { rows } = replayChangeLog(sqlite());
    expectTableMatchesLog(sqlite(), 'contact_person', rows);
    expectTableMatchesLog(sqlite(), 'personal_data_erasure', rows);
  });

  it('records that and by whom, without the data', async () => {
    const erasure = sqlite().prepare('SELECT tbl, row_id, erased_by FROM personal_data_erasure').all();
    expect(erasure).toEqual([{ tbl: 'contact_person', row_id: contactId, erased_by: expect.any(String) }]);
    const logged = sqlite().prepare(`SELECT col, new_value, op FROM change_log WHERE tbl = 'personal_data_erasure'`).all() as LogEntryFields[];
    expect(expandEntries(logged).map((l) => l.col).sort()).toEqual(['erased_by', 'row_id', 'tbl']);
  });

  it('never takes erased values back from an older copy, even edited ones', async () => {
    await call(services, 'plan.open', { path: at('alt.sqlite') }, 'w2');
    const old = sqlite('w2').prepare('SELECT * FROM contact_person WHERE id = ?').get(contactId) as Record<string, unknown>;
    expect(old.name).toBe(PERSON.name);
    await call(services, 'stock.save', { register: 'ansprechpersonen', id: contactId, values: { actor_id: actorId, name: PERSON.name, role: 'Leitung', phone: '0170 98765', email: PERSON.email } }, 'w2');
    services.sessions.close('w2');

    await merge(services, at('alt.sqlite'), 'w1');
    const row = sqlite().prepare('SELECT name, role, phone, email FROM contact_person WHERE id = ?').get(contactId);
    // The record is deleted here, so their other edit (the role) waits as a conflict.
    expect(row).toEqual({ name: '', role: 'Pflegedienstleitung', phone: null, email: null });
    expect(logText(sqlite())).not.toMatch(/Kowalski|123456|98765|h\.kowalski/);
    const bookkeeping = sqlite().prepare(`SELECT group_concat(coalesce(mine_value, '') || coalesce(theirs_value, ''), ' ') AS t FROM merge_conflict`).get() as { t: string | null };
    expect(bookkeeping.t ?? '').not.toMatch(/Kowalski|98765/);
    services.sessions.close('w1');
    expect(secretsInFile(at('plan.sqlite'))).toEqual([]);
    await call(services, 'plan.open', { path: at('plan.sqlite') }, 'w1');
  });

  it('carries an erasure made in a copy into this file on merge', async () => {
    const other = await addContact(actorId, { name: 'Bartholomäus Quast', phone: '0581 4711', email: 'bq@example.org' });
    await call(services, 'sharing.share', { path: at('kollegin.sqlite'), withoutPersonalData: false }, 'w1');
    await call(services, 'plan.open', { path: at('kollegin.sqlite') }, 'w2');
    await call(services, 'privacy.eraseRecord', { register: 'ansprechpersonen', id: other.id }, 'w2');
    services.sessions.close('w2');

    await merge(services, at('kollegin.sqlite'), 'w1');
    expect(sqlite().prepare('SELECT name, phone, email FROM contact_person WHERE id = ?').get(other.id)).toEqual({ name: '', phone: null, email: null });
    expect(logText(sqlite())).not.toMatch(/Bartholomäus|4711|bq@/);
  });
});

describe('erasing all contacts of an actor', () => {
  it('erases live and deleted contacts alike', async () => {
    await addContact(actorId, { name: 'Frieda Sommer', phone: '111' });
    const b = await addContact(actorId, { name: 'Gustav Winter', email: 'gw@example.org' });
    await call(services, 'stock.delete', { register: 'ansprechpersonen', id: b.id }, 'w1');
    const result = await call(services, 'privacy.eraseActorContacts', { actorId }, 'w1');
    expect(result.erased).toBeGreaterThanOrEqual(2);
    expect(logText(sqlite())).not.toMatch(/Frieda|Gustav|gw@/);
    expect(secretsInFile(at('plan.sqlite'), ['Frieda', 'Gustav'])).toEqual([]);
  });
});

describe('sharing without personal data', () => {
  it('drops the plan author and the erasing account too', async () => {
    await call(services, 'sharing.share', { path: at('ohne.sqlite'), withoutPersonalData: true }, 'w1');
    const copy = new Sqlite(at('ohne.sqlite'), { readonly: true });
    try {
      expect(copy.prepare('SELECT author FROM plan').get()).toEqual({ author: '' });
      expect(copy.prepare(`SELECT DISTINCT erased_by FROM personal_data_erasure`).all()).toEqual([{ erased_by: '' }]);
      expect(logText(copy)).not.toContain(AUTHOR);
    } finally {
      copy.close();
    }
    expect(secretsInFile(at('ohne.sqlite'), [AUTHOR])).toEqual([]);
  });
});
