/**
 * „Personenbezogene Daten löschen“ (DSGVO Art. 17): the values leave the row, every change-log
 * entry and the file's bytes; an erasure record says that (not what) was erased and by whom;
 * a merge never brings erased values back; sharing without personal data drops the author.
 */
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
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

const sqlite = (w: string) => services.sessions.require(w).sqlite;
/** Which of the secrets the file on disk still contains, in any encoding SQLite stores text in. */
function secretsInFile(file: string, secrets = SECRETS): string[] {
  const bytes = fs.readFileSync(file);
  return secrets.filter((s) => bytes.includes(Buffer.from(s, 'utf8')));
}
const logText = (db: Sqlite.Database) => (db.prepare(`SELECT group_concat(coalesce(old_value, '') || new_value, ' ') AS t FROM change_log`).get() as { t: string }).t;

async function addContact(w: string, actorId: string, values: Partial<typeof PERSON> & { name: string }) {
  return call(services, 'stock.save', { register: 'ansprechpersonen', id: null, values: { actor_id: actorId, role: 'Pflegedienstleitung', ...values } }, w);
}

/**
 * Every test builds its own plan in its own window (named like the file): an actor with one
 * contact person whose phone number was edited once, so the old number is in the log too.
 */
async function planWithContact(name: string) {
  const w = name;
  const file = at(`${name}.sqlite`);
  await call(services, 'plan.create', { path: file, meta }, w);
  const actorId = (await call(services, 'stock.save', { register: 'akteure', id: null, values: { name: 'Diakonie Lüchow', kind: 'pflegeanbieter' } }, w)).id;
  const contact = await addContact(w, actorId, { name: PERSON.name, phone: '05841 000', email: PERSON.email });
  await call(services, 'stock.save', { register: 'ansprechpersonen', id: contact.id, values: { ...contact.values, phone: PERSON.phone } }, w);
  return { w, file, actorId, contactId: contact.id };
}

const eraseContact = (w: string, contactId: string) => call(services, 'privacy.eraseRecord', { register: 'ansprechpersonen', id: contactId }, w);

describe('erasing a contact person', () => {
  it('refuses an unknown contact in German and leaves the file unchanged', async () => {
    const { w, file, contactId } = await planWithContact('unbekannt');
    const before = sha256(file);
    await expect(call(services, 'privacy.eraseRecord', { register: 'ansprechpersonen', id: '00000000-0000-4000-8000-000000000000' }, w)).rejects.toThrow(
      'Den Eintrag gibt es in diesem Plan nicht (mehr). Es wurde nichts gelöscht.',
    );
    await expect(call(services, 'privacy.eraseRecord', { register: 'angebote' as 'kuemmerer', id: contactId }, w)).rejects.toThrow(
      'Dieses Verzeichnis enthält keine personenbezogenen Daten.',
    );
    expect(sha256(file)).toBe(before);
  });

  it('removes name, phone and e-mail from the row, from every log entry and from the file', async () => {
    const { w, file, actorId, contactId } = await planWithContact('entfernt');
    expect(secretsInFile(file, ['Kowalski'])).toEqual(['Kowalski']);

    expect(await eraseContact(w, contactId)).toEqual({ erased: 1 });

    const row = sqlite(w).prepare('SELECT name, role, phone, email, deleted_at FROM contact_person WHERE id = ?').get(contactId) as Record<string, unknown>;
    expect(row).toMatchObject({ name: '', role: 'Pflegedienstleitung', phone: null, email: null });
    expect(row.deleted_at).not.toBeNull();
    expect(logText(sqlite(w))).not.toMatch(/Kowalski|123456|h\.kowalski|05841 000/);
    // The insert is one entry carrying the whole row: the values inside its JSON are blanked too.
    const insert = sqlite(w).prepare(`SELECT new_value FROM change_log WHERE tbl = 'contact_person' AND row_id = ? AND op = 'insert'`).all(contactId) as { new_value: string }[];
    expect(insert).toHaveLength(1);
    expect(JSON.parse(insert[0]!.new_value)).toMatchObject({ name: '', phone: null, email: null, role: 'Pflegedienstleitung', actor_id: actorId });
    expect(secretsInFile(file)).toEqual([]);
    // The log still replays to the live rows.
    const { rows } = replayChangeLog(sqlite(w));
    expectTableMatchesLog(sqlite(w), 'contact_person', rows);
    expectTableMatchesLog(sqlite(w), 'personal_data_erasure', rows);
  });

  it('records that and by whom, without the data', async () => {
    const { w, contactId } = await planWithContact('protokoll');
    await eraseContact(w, contactId);
    const erasure = sqlite(w).prepare('SELECT tbl, row_id, erased_by FROM personal_data_erasure').all();
    expect(erasure).toEqual([{ tbl: 'contact_person', row_id: contactId, erased_by: expect.any(String) }]);
    const logged = sqlite(w).prepare(`SELECT col, new_value, op FROM change_log WHERE tbl = 'personal_data_erasure'`).all() as LogEntryFields[];
    expect(expandEntries(logged).map((l) => l.col).sort()).toEqual(['erased_by', 'row_id', 'tbl']);
  });

  it('never takes erased values back from an older copy, even edited ones', async () => {
    const { w, file, actorId, contactId } = await planWithContact('aelter');
    // A copy made before the erasure, edited there and merged back after it.
    await call(services, 'sharing.share', { path: at('aelter-kopie.sqlite'), withoutPersonalData: false }, w);
    await eraseContact(w, contactId);
    await call(services, 'plan.open', { path: at('aelter-kopie.sqlite') }, 'aelter-kopie');
    const old = sqlite('aelter-kopie').prepare('SELECT * FROM contact_person WHERE id = ?').get(contactId) as Record<string, unknown>;
    expect(old.name).toBe(PERSON.name);
    await call(services, 'stock.save', { register: 'ansprechpersonen', id: contactId, values: { actor_id: actorId, name: PERSON.name, role: 'Leitung', phone: '0170 98765', email: PERSON.email } }, 'aelter-kopie');
    services.sessions.close('aelter-kopie');

    await merge(services, at('aelter-kopie.sqlite'), w);
    const row = sqlite(w).prepare('SELECT name, role, phone, email FROM contact_person WHERE id = ?').get(contactId);
    // The record is deleted here, so their other edit (the role) waits as a conflict.
    expect(row).toEqual({ name: '', role: 'Pflegedienstleitung', phone: null, email: null });
    expect(logText(sqlite(w))).not.toMatch(/Kowalski|123456|98765|h\.kowalski/);
    const bookkeeping = sqlite(w).prepare(`SELECT group_concat(coalesce(mine_value, '') || coalesce(theirs_value, ''), ' ') AS t FROM merge_conflict`).get() as { t: string | null };
    expect(bookkeeping.t ?? '').not.toMatch(/Kowalski|98765/);
    services.sessions.close(w);
    expect(secretsInFile(file)).toEqual([]);
  });

  it('carries an erasure made in a copy into this file on merge', async () => {
    const { w, actorId } = await planWithContact('kollegin');
    const other = await addContact(w, actorId, { name: 'Bartholomäus Quast', phone: '0581 4711', email: 'bq@example.org' });
    await call(services, 'sharing.share', { path: at('kollegin-kopie.sqlite'), withoutPersonalData: false }, w);
    await call(services, 'plan.open', { path: at('kollegin-kopie.sqlite') }, 'kollegin-kopie');
    await eraseContact('kollegin-kopie', other.id);
    services.sessions.close('kollegin-kopie');

    await merge(services, at('kollegin-kopie.sqlite'), w);
    expect(sqlite(w).prepare('SELECT name, phone, email FROM contact_person WHERE id = ?').get(other.id)).toEqual({ name: '', phone: null, email: null });
    expect(logText(sqlite(w))).not.toMatch(/Bartholomäus|4711|bq@/);
  });
});

describe('erasing all contacts of an actor', () => {
  it('erases live and deleted contacts alike', async () => {
    const { w, file, actorId } = await planWithContact('akteur');
    await addContact(w, actorId, { name: 'Frieda Sommer', phone: '111' });
    const b = await addContact(w, actorId, { name: 'Gustav Winter', email: 'gw@example.org' });
    await call(services, 'stock.delete', { register: 'ansprechpersonen', id: b.id }, w);
    const result = await call(services, 'privacy.eraseActorContacts', { actorId }, w);
    // The contact of the set-up, Frieda (live) and Gustav (deleted).
    expect(result.erased).toBe(3);
    expect(logText(sqlite(w))).not.toMatch(/Frieda|Gustav|gw@|Kowalski/);
    expect(secretsInFile(file, ['Frieda', 'Gustav'])).toEqual([]);
  });
});

describe('sharing without personal data', () => {
  it('drops the plan author and the erasing account too', async () => {
    const { w, contactId } = await planWithContact('ohne');
    await eraseContact(w, contactId);
    await call(services, 'sharing.share', { path: at('ohne-kopie.sqlite'), withoutPersonalData: true }, w);
    const copy = new Sqlite(at('ohne-kopie.sqlite'), { readonly: true });
    try {
      expect(copy.prepare('SELECT author FROM plan').get()).toEqual({ author: '' });
      expect(copy.prepare(`SELECT DISTINCT erased_by FROM personal_data_erasure`).all()).toEqual([{ erased_by: '' }]);
      expect(logText(copy)).not.toContain(AUTHOR);
    } finally {
      copy.close();
    }
    expect(secretsInFile(at('ohne-kopie.sqlite'), [AUTHOR])).toEqual([]);
  });
});
