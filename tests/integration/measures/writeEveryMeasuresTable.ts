/**
 * Writes to every table of step 3 through the contract: insert, update, delete (tombstone).
 * Used by tests/integration/changeLog.test.ts, which needs rows in every tracked table. Needs
 * an open plan in `windowId`.
 */
import { randomUUID } from 'node:crypto';
import type { HostServices } from '../../../db/api/context';
import { todayIso } from '../../../shared/measures/dates';
import { call } from '../../helpers/services';

export async function writeEveryMeasuresTable(services: HostServices, windowId = 'w1'): Promise<void> {
  let gemeinden = await call(services, 'district.gemeinden.list', {}, windowId);
  if (gemeinden.length === 0) {
    await call(services, 'district.gemeinden.create', { ags: '03354018', name: 'Lüchow' }, windowId);
    gemeinden = await call(services, 'district.gemeinden.list', {}, windowId);
  }
  const values = {
    fieldId: 'hf03' as const,
    title: 'Pflegekonferenz',
    description: '',
    responsibleActorId: null,
    responsibleText: 'Sozialplanung',
    partners: '',
    partnerActorIds: [],
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    priority: 'hoch' as const,
    status: 'geplant' as const,
    costOnce: 100,
    costYearly: null,
    fundingProgrammeId: null,
    financingNote: '',
    needIds: [],
    gemeindeIds: [gemeinden[0]!.id],
    planningAreaIds: [],
  };
  const created = await call(services, 'measures.create', values, windowId);
  const id = created.measure.id;
  await call(services, 'measures.update', { id, values: { ...values, status: 'in_umsetzung', gemeindeIds: [] } }, windowId);
  await call(services, 'measures.update', { id, values: { ...values, gemeindeIds: [gemeinden[0]!.id] } }, windowId);
  const ms = await call(services, 'measures.milestones.create', { measureId: id, values: { title: 'Einladung', dueDate: '2026-03-01', responsible: 'Frau Beispiel', status: 'offen', doneOn: null } }, windowId);
  await call(services, 'measures.milestones.update', { id: ms.id, values: { title: 'Einladung', dueDate: '2026-03-01', responsible: '', status: 'erledigt', doneOn: '2026-02-27' } }, windowId);
  const gone = await call(services, 'measures.milestones.create', { measureId: id, values: { title: 'Entfällt', dueDate: '2026-04-01', responsible: '', status: 'offen', doneOn: null } }, windowId);
  await call(services, 'measures.milestones.delete', { id: gone.id }, windowId);
  await call(services, 'measures.preconditions.update', { id: created.preconditions[0]!.id, values: { label: created.preconditions[0]!.label, done: true, note: 'ok' } }, windowId);
  await call(services, 'measures.preconditions.add', { measureId: id, values: { label: 'Räume', done: false, note: '' } }, windowId);
  const ind = await call(services, 'measures.indicators.create', { measureId: id, values: { name: 'Teilnehmende', unit: 'Personen', baseline: 0, targetValue: 50, targetDate: null } }, windowId);
  await call(services, 'measures.indicators.update', { id: ind.id, values: { name: 'Teilnehmende', unit: 'Personen', baseline: 5, targetValue: 50, targetDate: '2026-12-31' } }, windowId);
  const withValue = await call(services, 'measures.indicators.addValue', { indicatorId: ind.id, values: { measuredOn: '2026-06-30', value: 20, note: '' } }, windowId);
  await call(services, 'measures.indicators.addValue', { indicatorId: ind.id, values: { measuredOn: '2026-09-30', value: 30, note: '' } }, windowId);
  await call(services, 'measures.indicators.deleteValue', { id: withValue.values[0]!.id }, windowId);
  const event = await call(
    services,
    'measures.events.create',
    { kind: 'workshop', title: 'Fachtag', eventDate: '2026-03-12', place: 'Lüchow', organisations: 'Diakonie', notes: '', groups: [{ id: null, name: 'AG 1', moderators: 'Frau Beispiel' }] },
    windowId,
  );
  await call(
    services,
    'measures.events.update',
    { id: event.id, values: { kind: 'workshop', title: 'Fachtag 2026', eventDate: '2026-03-12', place: 'Lüchow', organisations: 'Diakonie', notes: '', groups: [{ id: event.groups[0]!.id, name: 'AG 1: Angehörige', moderators: '' }] } },
    windowId,
  );
  const withIdea = await call(services, 'measures.results.add', { eventId: event.id, values: { groupId: event.groups[0]!.id, kind: 'idee', text: 'Sprechstunden vor Ort', fieldId: 'hf09' } }, windowId);
  await call(services, 'measures.results.toMeasure', { id: withIdea.results[0]!.id }, windowId);
  const report = await call(services, 'measures.reports.create', { title: 'Bericht 1', fieldId: null, today: todayIso() }, windowId);
  await call(services, 'measures.reports.create', { title: 'Bericht 2', fieldId: 'hf03', today: todayIso() }, windowId);
  await call(services, 'measures.reports.delete', { id: report.id }, windowId);
  // A gap link needs a computed gap (population, rates, scenario), which this empty plan has
  // not; its row goes through the one writer directly. tests/integration/measures/gapLinks.test.ts
  // covers the channel on the sample plan.
  const session = services.sessions.require(windowId);
  const linkId = randomUUID();
  await session.write((w) => w.insert('measure_gap_link', { id: linkId, measure_id: id, richtwert_id: randomUUID(), region_key: 'kreis', year: 2030, scenario_id: randomUUID() }));
  await session.write((w) => w.update('measure_gap_link', linkId, { year: 2035 }));
}
