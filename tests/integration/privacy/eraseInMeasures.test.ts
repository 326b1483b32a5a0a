/**
 * „Personenbezogene Daten löschen“ for a person named in the measures (Verantwortliche of
 * measures and milestones, Moderation of participation groups): the texts that name them leave
 * the rows, every change-log entry and the file's bytes; the rows themselves stay; an erasure
 * record is written; a merge with an older copy never brings the name back, while a name typed
 * in after the erasure survives later merges.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { expectTableMatchesLog, replayChangeLog } from '../../helpers/changeLogReplay';
import { sha256 } from '../../helpers/files';
import { call, useTestServices } from '../../helpers/services';
import { merge } from '../sharing/helpers';
import { blankMeasure } from '../../../shared/measures/blankMeasure';

const t = useTestServices();
const at = (name: string) => path.join(t.dir, name);
const NAME = 'Jörg Überschär';
const sqlite = (w = 'w1'): Sqlite.Database => t.services.sessions.require(w).sqlite;
const logText = (db: Sqlite.Database) => (db.prepare(`SELECT group_concat(coalesce(old_value, '') || coalesce(new_value, ''), ' ') AS t FROM change_log`).get() as { t: string }).t;
const inFile = (file: string, text: string) => fs.readFileSync(file).includes(Buffer.from(text, 'utf8'));

const measure = (responsibleText: string) => ({
  ...blankMeasure('hf03'),
  title: 'Pflegekonferenz',
  responsibleText,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  priority: 'hoch' as const,
});

describe('erasing a person named in the measures', () => {
  it('empties every text that named them, history included, keeps the rows, and survives a merge with an older copy', async () => {
    await call(t.services, 'plan.create', { path: at('plan.sqlite'), meta: { title: 'P', districtName: 'LK', kreisKey: '', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' } });
    const named = await call(t.services, 'measures.create', measure(`Sozialamt, ${NAME}`));
    const other = await call(t.services, 'measures.create', { ...measure('Gesundheitsamt'), title: 'Lotsendienst' });
    // A name that was edited out still sits in the change log: that row counts too.
    const ms = await call(t.services, 'measures.milestones.create', { measureId: other.measure.id, values: { title: 'Start', dueDate: '2026-03-01', responsible: 'jörg überschär', status: 'offen', doneOn: null } });
    await call(t.services, 'measures.milestones.update', { id: ms.id, values: { title: 'Start', dueDate: '2026-03-01', responsible: 'Team', status: 'offen', doneOn: null } });
    const event = await call(t.services, 'measures.events.create', { kind: 'workshop', title: 'Fachtag', eventDate: '2026-03-12', place: 'Lüchow', organisations: '', notes: '', groups: [{ id: null, name: 'AG 1', moderators: `Frau Kühn und ${NAME}` }, { id: null, name: 'AG 2', moderators: 'Frau Kühn' }] });
    await call(t.services, 'sharing.share', { path: at('alt.sqlite'), withoutPersonalData: false });

    const before = sha256(at('plan.sqlite'));
    await expect(call(t.services, 'privacy.erasePersonInMeasures', { name: 'Niemand Bekanntes' })).rejects.toThrow('Der Name „Niemand Bekanntes“ kommt in keiner Maßnahme');
    await expect(call(t.services, 'privacy.erasePersonInMeasures', { name: 'J' })).rejects.toThrow('Bitte mindestens zwei Zeichen des Namens angeben.');
    expect(sha256(at('plan.sqlite'))).toBe(before);

    expect(await call(t.services, 'privacy.erasePersonInMeasures', { name: '  jörg ÜBERSCHÄR ' })).toEqual({ erased: 3 });
    const db = sqlite();
    expect(db.prepare('SELECT responsible_text, deleted_at FROM measure WHERE id = ?').get(named.measure.id)).toEqual({ responsible_text: '', deleted_at: null });
    expect(db.prepare('SELECT responsible_text FROM measure WHERE id = ?').get(other.measure.id)).toEqual({ responsible_text: 'Gesundheitsamt' });
    expect(db.prepare('SELECT responsible FROM milestone WHERE id = ?').get(ms.id)).toEqual({ responsible: '' });
    const groups = db.prepare('SELECT name, moderators FROM participation_group WHERE event_id = ? ORDER BY name').all(event.id);
    expect(groups).toEqual([{ name: 'AG 1', moderators: '' }, { name: 'AG 2', moderators: 'Frau Kühn' }]);
    expect(logText(db).toLocaleLowerCase('de')).not.toContain('überschär');
    expect(db.prepare('SELECT tbl FROM personal_data_erasure ORDER BY tbl').all()).toEqual([{ tbl: 'measure' }, { tbl: 'milestone' }, { tbl: 'participation_group' }]);
    expect(inFile(at('plan.sqlite'), 'Überschär')).toBe(false);
    expect(inFile(at('plan.sqlite'), 'überschär')).toBe(false);
    const { rows } = replayChangeLog(db);
    for (const table of ['measure', 'milestone', 'participation_group', 'personal_data_erasure']) expectTableMatchesLog(db, table, rows);

    // Typed in again after the erasure: new data, which later merges keep.
    await call(t.services, 'measures.update', { id: named.measure.id, values: measure('Sozialamt, Frau Neu') });
    await merge(t.services, at('alt.sqlite'), 'w1');
    expect(sqlite().prepare('SELECT responsible_text FROM measure WHERE id = ?').get(named.measure.id)).toEqual({ responsible_text: 'Sozialamt, Frau Neu' });
    expect(sqlite().prepare('SELECT moderators FROM participation_group WHERE event_id = ? AND name = ?').get(event.id, 'AG 1')).toEqual({ moderators: '' });
    expect(logText(sqlite()).toLocaleLowerCase('de')).not.toContain('überschär');
    t.services.sessions.close('w1');
    expect(inFile(at('plan.sqlite'), 'Überschär')).toBe(false);
  });
});
