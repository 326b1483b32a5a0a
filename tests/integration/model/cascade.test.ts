/**
 * Cascades come from the declarations (`ref(…, cascade = true)` in shared/model), not from a
 * hand-written loop per feature: deleting a parent tombstones every live row of every child
 * table declared to cascade from it, grandchildren included, in the same write.
 */
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { softDeleteWithChildren } from '../../../db/changes/cascade';
import type { MeasureInput } from '../../../shared/contract/measuresSchemas';
import { blankMeasure } from '../../../shared/measures/blankMeasure';
import { childrenOf } from '../../../shared/model';
import { call, useTestServices } from '../../helpers/services';

const { dir, services } = useTestServices();

const meta = { title: 'Plan', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const measureInput: MeasureInput = { ...blankMeasure('hf04'), title: 'Pflegekonferenz' };

/** Each test has its own plan in its own window. */
async function newPlan(name: string): Promise<string> {
  const file = path.join(dir, name);
  await call(services, 'plan.create', { path: file, meta }, name);
  return file;
}

/** Live and deleted rows of `table` whose `col` is `id`, read straight from the file. */
function rows(file: string, table: string, col: string, id: string): { live: number; deleted: number } {
  const db = new Sqlite(file, { readonly: true });
  try {
    return db.prepare(`SELECT SUM(deleted_at IS NULL) AS live, SUM(deleted_at IS NOT NULL) AS deleted FROM "${table}" WHERE "${col}" = ?`).get(id) as { live: number; deleted: number };
  } finally {
    db.close();
  }
}

describe('declared cascades', () => {
  it('measures: deleting a measure tombstones its milestones, preconditions, indicators and their values', async () => {
    const file = await newPlan('cascade-measure.sqlite');
    const { measure, preconditions } = await call(services, 'measures.create', measureInput, 'cascade-measure.sqlite');
    await call(services, 'measures.milestones.create', { measureId: measure.id, values: { title: 'Einladung', dueDate: '2026-05-15', responsible: '', status: 'offen', doneOn: null } }, 'cascade-measure.sqlite');
    const indicator = await call(services, 'measures.indicators.create', { measureId: measure.id, values: { name: 'Träger', unit: 'Anzahl', baseline: 0, targetValue: 20, targetDate: null } }, 'cascade-measure.sqlite');
    await call(services, 'measures.indicators.addValue', { indicatorId: indicator.id, values: { measuredOn: '2026-06-30', value: 12, note: '' } }, 'cascade-measure.sqlite');
    const declared = childrenOf('measure').filter((c) => c.cascade).map((c) => c.table);
    expect(declared).toEqual(expect.arrayContaining(['milestone', 'measure_precondition', 'measure_indicator']));
    expect(rows(file, 'milestone', 'measure_id', measure.id)).toEqual({ live: 1, deleted: 0 });

    await call(services, 'measures.delete', { id: measure.id }, 'cascade-measure.sqlite');

    expect(rows(file, 'milestone', 'measure_id', measure.id)).toEqual({ live: 0, deleted: 1 });
    expect(rows(file, 'measure_precondition', 'measure_id', measure.id)).toEqual({ live: 0, deleted: preconditions.length });
    expect(rows(file, 'measure_indicator', 'measure_id', measure.id)).toEqual({ live: 0, deleted: 1 });
    // A grandchild: the value hangs on the indicator, not on the measure.
    expect(rows(file, 'measure_indicator_value', 'indicator_id', indicator.id)).toEqual({ live: 0, deleted: 1 });
    // Every declared child table is left without a live row of the deleted measure.
    for (const child of childrenOf('measure').filter((c) => c.cascade)) expect(rows(file, child.table, child.col, measure.id).live ?? 0).toBe(0);
  });

  it('needs: the generic path deletes a rate set with its values, logged like any delete', async () => {
    const file = await newPlan('cascade-rates.sqlite');
    const set = await call(services, 'needs.rateSets.save', {
      id: null, name: 'Land (Test)', source: 'Test', note: '',
      values: [
        { ageBand: '0-80', sex: 'insgesamt', setting: 'vollstationaer', rate: 0 },
        { ageBand: '80+', sex: 'insgesamt', setting: 'vollstationaer', rate: 0.1 },
      ],
    }, 'cascade-rates.sqlite');
    expect(childrenOf('care_rate_set')).toContainEqual({ table: 'care_rate_value', col: 'rate_set_id', cascade: true });
    expect(rows(file, 'care_rate_value', 'rate_set_id', set.id)).toEqual({ live: 2, deleted: 0 });

    const session = services.sessions.require('cascade-rates.sqlite');
    expect(await session.write((w, trx) => softDeleteWithChildren(w, trx, 'care_rate_set', set.id))).toBe(true);

    expect(rows(file, 'care_rate_value', 'rate_set_id', set.id)).toEqual({ live: 0, deleted: 2 });
    expect(rows(file, 'care_rate_set', 'id', set.id)).toEqual({ live: 0, deleted: 1 });
    const db = new Sqlite(file, { readonly: true });
    const logged = db.prepare("SELECT COUNT(*) AS n FROM change_log WHERE tbl = 'care_rate_value' AND op = 'delete'").get() as { n: number };
    db.close();
    expect(logged.n).toBe(2);
    // Deleting again reports that nothing was left to delete.
    expect(await session.write((w, trx) => softDeleteWithChildren(w, trx, 'care_rate_set', set.id))).toBe(false);
  });

  it('needs: deleting a population table through its channel takes its rows with it', async () => {
    const file = await newPlan('cascade-population.sqlite');
    const template = ['ags;name;jahr;geschlecht;altersgruppe;anzahl', '03354018;Lüchow (Wendland);2025;insgesamt;0-80;7000', '03354018;Lüchow (Wendland);2025;insgesamt;80+;2000'].join('\n');
    const { jobId } = await call(services, 'needs.population.commit', { fileName: 'vorlage.csv', contentBase64: Buffer.from(template).toString('base64'), kind: 'bestand' }, 'cascade-population.sqlite');
    expect((await services.jobs.wait(jobId, 'cascade-population.sqlite')).state).toBe('done');
    const [dataset] = await call(services, 'needs.population.list', {}, 'cascade-population.sqlite');
    expect(rows(file, 'population_row', 'dataset_id', dataset!.id).live).toBeGreaterThan(0);

    await call(services, 'needs.population.delete', { id: dataset!.id }, 'cascade-population.sqlite');

    expect(rows(file, 'population_row', 'dataset_id', dataset!.id).live ?? 0).toBe(0);
    await expect(call(services, 'needs.population.delete', { id: dataset!.id }, 'cascade-population.sqlite')).rejects.toThrow(/bereits gelöscht/);
  });
});
