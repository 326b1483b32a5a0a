import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MeasureInput } from '../../../shared/contract/measuresSchemas';
import { blankMeasure } from '../../../shared/measures/blankMeasure';
import { compareSummaries } from '../../../shared/measures/monitoring';
import { todayIso } from '../../../shared/measures/dates';
import { call, useTestServices } from '../../helpers/services';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { dir, services } = useTestServices();

const meta = { title: 'Plan', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
/** A blank measure (shared/measures/blankMeasure.ts) running through 2026. */
const measure = (title: string, fieldId: MeasureInput['fieldId']): MeasureInput => ({ ...blankMeasure(fieldId), title, startDate: '2026-01-01', endDate: '2026-12-31' });

let plans = 0;
/** Each test writes its own history into its own plan. */
const newPlan = () => call(services, 'plan.create', { path: path.join(dir, `plan-${++plans}.sqlite`), meta });

describe('monitoring', () => {
  it('summarizes per plan and per field, saves reporting states and compares a later one with an earlier one', async () => {
    await newPlan();
    const a = await call(services, 'measures.create', measure('Pflegekonferenz', 'hf03'));
    const b = await call(services, 'measures.create', measure('Kümmerer', 'hf02'));
    await call(services, 'measures.milestones.create', { measureId: a.measure.id, values: { title: 'Einladung', dueDate: '2026-02-01', responsible: '', status: 'offen', doneOn: null } });
    const ind = await call(services, 'measures.indicators.create', { measureId: a.measure.id, values: { name: 'Teilnehmende', unit: 'Personen', baseline: 0, targetValue: 50, targetDate: null } });
    await call(services, 'measures.indicators.addValue', { indicatorId: ind.id, values: { measuredOn: '2026-03-01', value: 10, note: '' } });

    const plan = await call(services, 'measures.monitoring.summary', { fieldId: null, today: '2026-03-15' });
    expect(plan.counts).toMatchObject({ geplant: 2, in_umsetzung: 0 });
    expect(plan.overdue).toBe(1);
    expect(plan.indicators[0]).toMatchObject({ latest: 10, attainment: 0.2 });
    const field = await call(services, 'measures.monitoring.summary', { fieldId: 'hf02', today: '2026-03-15' });
    expect(field.measures.map((m) => m.title)).toEqual(['Kümmerer']);
    expect(field.overdue).toBe(0);

    const q1 = await call(services, 'measures.reports.create', { title: 'Sozialausschuss 1. Quartal 2026', fieldId: null, today: '2026-03-31' });
    await call(services, 'measures.update', { id: a.measure.id, values: { ...measure('Pflegekonferenz', 'hf03'), status: 'in_umsetzung' } });
    await call(services, 'measures.indicators.addValue', { indicatorId: ind.id, values: { measuredOn: '2026-06-01', value: 30, note: '' } });
    await call(services, 'measures.delete', { id: b.measure.id });
    await call(services, 'measures.create', measure('Tagespflege', 'hf07'));
    const q2 = await call(services, 'measures.reports.create', { title: 'Sozialausschuss 2. Quartal 2026', fieldId: null, today: '2026-06-30' });

    const reports = await call(services, 'measures.reports.list', {});
    expect(reports.map((r) => r.title)).toEqual(['Sozialausschuss 2. Quartal 2026', 'Sozialausschuss 1. Quartal 2026']);
    const diff = compareSummaries(q1.summary, q2.summary);
    expect(diff.statusChanges).toEqual([{ id: a.measure.id, title: 'Pflegekonferenz', from: 'geplant', to: 'in_umsetzung' }]);
    expect(diff.added.map((m) => m.title)).toEqual(['Tagespflege']);
    expect(diff.removed.map((m) => m.title)).toEqual(['Kümmerer']);
    expect(diff.indicatorChanges).toEqual([{ id: ind.id, name: 'Teilnehmende', unit: 'Personen', from: 10, to: 30 }]);
    expect(diff.countDelta).toMatchObject({ geplant: -1, in_umsetzung: 1 });

    await call(services, 'measures.reports.delete', { id: q1.id });
    expect((await call(services, 'measures.reports.list', {})).map((r) => r.id)).toEqual([q2.id]);
    await expect(call(services, 'measures.reports.create', { title: '', fieldId: null, today: '2026-06-30' })).rejects.toThrow(/Berichtsstand benennen/);
  });

  it('lists what changed since a date, with the measure each change belongs to', async () => {
    await newPlan();
    const a = await call(services, 'measures.create', measure('Pflegekonferenz', 'hf03'));
    const b = await call(services, 'measures.create', measure('Kümmerer', 'hf02'));
    await call(services, 'measures.milestones.create', { measureId: a.measure.id, values: { title: 'Einladung', dueDate: '2026-02-01', responsible: '', status: 'offen', doneOn: null } });
    await call(services, 'measures.update', { id: a.measure.id, values: { ...measure('Pflegekonferenz', 'hf03'), status: 'in_umsetzung' } });
    await call(services, 'measures.delete', { id: b.measure.id });
    await call(services, 'measures.create', measure('Tagespflege', 'hf07'));

    const today = todayIso();
    const changes = await call(services, 'measures.monitoring.changes', { since: today, fieldId: null });
    const milestone = changes.find((c) => c.table === 'milestone');
    expect(milestone).toMatchObject({ label: 'Einladung', measureTitle: 'Pflegekonferenz', ops: ['insert'] });
    const updated = changes.find((c) => c.table === 'measure' && c.label === 'Pflegekonferenz');
    expect(updated!.ops).toEqual(['insert', 'update']);
    expect(updated!.columns).toEqual(['status']);
    expect(changes.find((c) => c.label === 'Kümmerer')!.ops).toContain('delete');
    const onlyHf07 = await call(services, 'measures.monitoring.changes', { since: today, fieldId: 'hf07' });
    expect(onlyHf07.every((c) => c.label === 'Tagespflege' || c.measureTitle === 'Tagespflege')).toBe(true);
    expect(onlyHf07.length).toBeGreaterThan(0);
    expect(await call(services, 'measures.monitoring.changes', { since: '2099-01-01', fieldId: null })).toEqual([]);
  });
});
