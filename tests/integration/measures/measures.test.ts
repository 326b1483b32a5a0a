import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandEntries } from '../../../db/changes/entries';
import type { MeasureInput } from '../../../shared/contract/measuresSchemas';
import { call, useTestServices } from '../../helpers/services';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { dir, services } = useTestServices();

let file: string;
const meta = { title: 'Pflegeplan 2026', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };

const baseMeasure: MeasureInput = {
  fieldId: 'hf04',
  title: 'Pflegekonferenz einrichten',
  description: 'Jährliche Konferenz „Pflege im Wendland“ – mit allen Trägern.',
  responsibleActorId: null,
  responsibleText: 'Sozialplanung, Frau Müller',
  partners: 'Pflegestützpunkt',
  partnerActorIds: [],
  startDate: '2026-03-01',
  endDate: '2026-12-31',
  priority: 'hoch',
  status: 'geplant',
  costOnce: 2500,
  costYearly: null,
  fundingProgrammeId: null,
  financingNote: '',
  needIds: [],
  gemeindeIds: [],
  planningAreaIds: [],
};

beforeAll(async () => {
  file = path.join(dir, 'plan.sqlite');
  await call(services, 'plan.create', { path: file, meta });
});
function changeLog(table: string, rowId: string) {
  const db = new Sqlite(file, { readonly: true });
  try {
    // Per column: an insert is one entry for the whole row.
    return expandEntries(db.prepare('SELECT col, op, new_value FROM change_log WHERE tbl = ? AND row_id = ? ORDER BY seq').all(table, rowId) as { col: string; op: string; new_value: string | null }[]);
  } finally {
    db.close();
  }
}

describe('measures through the contract', () => {
  it('creates a measure with links, default preconditions and change-log entries', async () => {
    const gemeinde = await call(services, 'district.gemeinden.create', { ags: '03354018', name: 'Lüchow (Wendland)', kind: 'gemeinde', lat: null, lon: null });
    const created = await call(services, 'measures.create', { ...baseMeasure, gemeindeIds: [gemeinde.id] });
    expect(created.measure).toMatchObject({ title: 'Pflegekonferenz einrichten', responsibleLabel: 'Sozialplanung, Frau Müller', gemeindeIds: [gemeinde.id], preconditionsTotal: 4, preconditionsDone: 0 });
    expect(created.preconditions.map((p) => p.kind)).toEqual(['kreistag', 'haushalt', 'partner', 'foerderung']);
    const log = changeLog('measure', created.measure.id);
    expect(log).toEqual(expect.arrayContaining([{ col: 'title', op: 'insert', new_value: JSON.stringify('Pflegekonferenz einrichten') }]));
    expect(log.find((e) => e.col === 'start_date')?.new_value).toBe(JSON.stringify('2026-03-01'));

    const updated = await call(services, 'measures.update', { id: created.measure.id, values: { ...baseMeasure, status: 'in_umsetzung', endDate: '2027-06-30', gemeindeIds: [] } });
    expect(updated.measure).toMatchObject({ status: 'in_umsetzung', endDate: '2027-06-30', gemeindeIds: [] });
    expect(changeLog('measure', created.measure.id).filter((e) => e.op === 'update').map((e) => e.col).sort()).toEqual(['end_date', 'status']);
  });

  it('refuses an end before the start, unknown dates and an empty title, in German', async () => {
    const count = async () => (await call(services, 'measures.list', { fieldId: null })).length;
    const before = await count();
    await expect(call(services, 'measures.create', { ...baseMeasure, startDate: '2027-01-01', endDate: '2026-01-01' })).rejects.toThrow(/Ende der Maßnahme darf nicht vor ihrem Beginn/);
    await expect(call(services, 'measures.create', { ...baseMeasure, startDate: '2026-02-30' })).rejects.toThrow(/gültiges Datum/);
    await expect(call(services, 'measures.create', { ...baseMeasure, title: '  ' })).rejects.toThrow(/Titel für die Maßnahme/);
    await expect(call(services, 'measures.create', { ...baseMeasure, costOnce: -5 })).rejects.toThrow(/nicht negativ/);
    await expect(call(services, 'measures.create', { ...baseMeasure, gemeindeIds: ['11111111-1111-4111-8111-111111111111'] })).rejects.toThrow(/Gemeinde gibt es nicht/);
    expect(await count()).toBe(before);
  });

  it('adds, edits and deletes milestones; the list carries them sorted by due date', async () => {
    const { measure } = await call(services, 'measures.create', { ...baseMeasure, title: 'Mit Meilensteinen' });
    const listedOwn = async () => (await call(services, 'measures.list', { fieldId: 'hf04' })).find((m) => m.id === measure.id);
    const a = await call(services, 'measures.milestones.create', { measureId: measure.id, values: { title: 'Einladung verschickt', dueDate: '2026-05-15', responsible: 'Herr Öztürk', status: 'offen', doneOn: null } });
    const b = await call(services, 'measures.milestones.create', { measureId: measure.id, values: { title: 'Tagesordnung abgestimmt', dueDate: '2026-04-01', responsible: '', status: 'offen', doneOn: null } });
    await expect(
      call(services, 'measures.milestones.create', { measureId: measure.id, values: { title: 'X', dueDate: '2026-04-01', responsible: '', status: 'offen', doneOn: '2026-04-02' } }),
    ).rejects.toThrow(/nur für erledigte/);
    const done = await call(services, 'measures.milestones.update', { id: b.id, values: { title: 'Tagesordnung abgestimmt', dueDate: '2026-04-01', responsible: '', status: 'erledigt', doneOn: '2026-03-28' } });
    expect(done).toMatchObject({ status: 'erledigt', doneOn: '2026-03-28' });
    const listed = await listedOwn();
    expect(listed!.milestones.map((m) => m.title)).toEqual(['Tagesordnung abgestimmt', 'Einladung verschickt']);
    expect(changeLog('milestone', a.id).map((e) => e.col)).toEqual(expect.arrayContaining(['title', 'due_date', 'responsible', 'measure_id']));
    await call(services, 'measures.milestones.delete', { id: a.id });
    expect(changeLog('milestone', a.id).at(-1)).toMatchObject({ col: 'deleted_at', op: 'delete' });
    const after = await listedOwn();
    expect(after!.milestones.map((m) => m.id)).toEqual([b.id]);
    await expect(call(services, 'measures.milestones.update', { id: a.id, values: { title: 'X', dueDate: '2026-04-01', responsible: '', status: 'offen', doneOn: null } })).rejects.toThrow(/gibt es nicht/);
  });

  it('ticks preconditions, adds a custom one, records indicator values', async () => {
    const { measure } = await call(services, 'measures.create', { ...baseMeasure, title: 'Mit Voraussetzungen' });
    const detail = await call(services, 'measures.get', { id: measure.id });
    await call(services, 'measures.preconditions.update', { id: detail.preconditions[0]!.id, values: { label: detail.preconditions[0]!.label, done: true, note: 'Beschluss vom 12.02.2026' } });
    await call(services, 'measures.preconditions.add', { measureId: measure.id, values: { label: 'Räume gefunden', done: false, note: '' } });
    const ind = await call(services, 'measures.indicators.create', { measureId: measure.id, values: { name: 'Teilnehmende Träger', unit: 'Anzahl', baseline: 0, targetValue: 20, targetDate: '2026-12-31' } });
    await call(services, 'measures.indicators.addValue', { indicatorId: ind.id, values: { measuredOn: '2026-06-30', value: 12, note: '' } });
    const withValue = await call(services, 'measures.indicators.addValue', { indicatorId: ind.id, values: { measuredOn: '2026-03-31', value: 5, note: '' } });
    expect(withValue.values.map((v) => v.value)).toEqual([5, 12]);
    const again = await call(services, 'measures.get', { id: measure.id });
    expect(again.measure).toMatchObject({ preconditionsDone: 1, preconditionsTotal: 5 });
    expect(again.preconditions.at(-1)).toMatchObject({ kind: 'custom', label: 'Räume gefunden', done: false });
    expect(again.indicators).toHaveLength(1);
  });

  it('deletes a measure with everything that hangs on it, as tombstones', async () => {
    const created = await call(services, 'measures.create', { ...baseMeasure, title: 'Wird gelöscht' });
    const ms = await call(services, 'measures.milestones.create', { measureId: created.measure.id, values: { title: 'M', dueDate: '2026-05-01', responsible: '', status: 'offen', doneOn: null } });
    await call(services, 'measures.delete', { id: created.measure.id });
    expect((await call(services, 'measures.list', { fieldId: null })).map((m) => m.title)).not.toContain('Wird gelöscht');
    const db = new Sqlite(file, { readonly: true });
    expect(db.prepare('SELECT deleted_at IS NOT NULL AS gone FROM milestone WHERE id = ?').get(ms.id)).toEqual({ gone: 1 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM measure_precondition WHERE measure_id = ? AND deleted_at IS NULL').get(created.measure.id)).toEqual({ n: 0 });
    db.close();
    await expect(call(services, 'measures.get', { id: created.measure.id })).rejects.toThrow(/gibt es nicht/);
  });

  it('offers Gemeinden as link options and empty lists for features that are not in the file', async () => {
    await call(services, 'district.gemeinden.create', { ags: '03354004', name: 'Dannenberg (Elbe)', kind: 'gemeinde', lat: null, lon: null });
    const options = await call(services, 'measures.linkOptions', {});
    expect(options.gemeinden.map((g) => g.label)).toContain('Dannenberg (Elbe)');
    expect(Array.isArray(options.actors)).toBe(true);
    expect(Array.isArray(options.needStatements)).toBe(true);
  });
});
