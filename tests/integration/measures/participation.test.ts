import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ParticipationEventInput } from '../../../shared/contract/measuresSchemas';
import { call, useTestServices } from '../../helpers/services';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { dir, services } = useTestServices();

const meta = { title: 'Plan', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };

/** A workshop with two working groups, created afresh by each test in its own plan. */
const FACHTAG: ParticipationEventInput = {
  kind: 'workshop',
  title: 'Fachtag „Pflege im Wendland“',
  eventDate: '2026-03-12',
  place: 'Kreishaus Lüchow',
  organisations: 'Pflegestützpunkt\nDiakonie\nSeniorenbeirat',
  notes: '',
  groups: [
    { id: null, name: 'AG 1: Pflegende Angehörige', moderators: 'Frau Beispiel' },
    { id: null, name: 'AG 2: Fachkräfte', moderators: 'Herr Muster' },
  ],
};

describe('Beteiligung through the contract', () => {
  it('documents a workshop with working groups and results, and turns an idea into a linked measure', async () => {
    const file = path.join(dir, 'plan.sqlite');
    await call(services, 'plan.create', { path: file, meta });
    const event = await call(services, 'measures.events.create', FACHTAG);
    expect(event.groups.map((g) => g.name)).toEqual(['AG 1: Pflegende Angehörige', 'AG 2: Fachkräfte']);
    const ag1 = event.groups[0]!;
    await call(services, 'measures.results.add', { eventId: event.id, values: { groupId: ag1.id, kind: 'herausforderung', text: 'Angehörige kennen die Beratungsangebote nicht.', fieldId: 'hf09' } });
    const withIdea = await call(services, 'measures.results.add', { eventId: event.id, values: { groupId: ag1.id, kind: 'idee', text: 'Sprechstunden des Pflegestützpunkts in jeder Samtgemeinde', fieldId: 'hf09' } });
    const idea = withIdea.results.find((r) => r.kind === 'idee')!;

    const created = await call(services, 'measures.results.toMeasure', { id: idea.id });
    expect(created.measure).toMatchObject({ fieldId: 'hf09', title: 'Sprechstunden des Pflegestützpunkts in jeder Samtgemeinde', status: 'geplant', startDate: '2026-03-12' });
    expect(created.measure.description).toContain('Idee aus Workshop „Fachtag „Pflege im Wendland““ am 12.03.2026, AG 1: Pflegende Angehörige');
    const [listed] = await call(services, 'measures.events.list', {});
    expect(listed!.results.find((r) => r.id === idea.id)).toMatchObject({ measureId: created.measure.id, measureTitle: created.measure.title });
    await expect(call(services, 'measures.results.toMeasure', { id: idea.id })).rejects.toThrow(/bereits eine Maßnahme/);
    const challenge = listed!.results.find((r) => r.kind === 'herausforderung')!;
    await expect(call(services, 'measures.results.toMeasure', { id: challenge.id })).rejects.toThrow(/Nur Ideen/);

    const db = new Sqlite(file, { readonly: true });
    expect(db.prepare(`SELECT new_value FROM change_log WHERE tbl = 'participation_result' AND row_id = ? AND col = 'measure_id' AND op = 'update'`).get(idea.id)).toEqual({
      new_value: JSON.stringify(created.measure.id),
    });
    db.close();

    // Deleting the measure frees the idea again.
    await call(services, 'measures.delete', { id: created.measure.id });
    const [after] = await call(services, 'measures.events.list', {});
    expect(after!.results.find((r) => r.id === idea.id)).toMatchObject({ measureId: null, measureTitle: null });
  });

  it('edits groups (rename, remove, add) and refuses ideas without a field and empty titles', async () => {
    await call(services, 'plan.create', { path: path.join(dir, 'groups.sqlite'), meta });
    const event = await call(services, 'measures.events.create', FACHTAG);
    const updated = await call(services, 'measures.events.update', {
      id: event.id,
      values: { kind: 'workshop', title: event.title, eventDate: event.eventDate, place: event.place, organisations: event.organisations, notes: '', groups: [{ id: event.groups[0]!.id, name: 'AG 1: Angehörige', moderators: 'Frau Beispiel' }, { id: null, name: 'AG 3: Wohnen', moderators: '' }] },
    });
    expect(updated.groups.map((g) => g.name)).toEqual(['AG 1: Angehörige', 'AG 3: Wohnen']);
    const noField = await call(services, 'measures.results.add', { eventId: event.id, values: { groupId: null, kind: 'idee', text: 'Mitfahrbank', fieldId: null } });
    await expect(call(services, 'measures.results.toMeasure', { id: noField.results.at(-1)!.id })).rejects.toThrow(/Handlungsfeld/);
    await expect(call(services, 'measures.events.create', { kind: 'befragung', title: ' ', eventDate: null, place: '', organisations: '', notes: '', groups: [] })).rejects.toThrow(/Titel für die Veranstaltung/);
    await call(services, 'measures.events.delete', { id: event.id });
    expect(await call(services, 'measures.events.list', {})).toEqual([]);
  });
});
