/**
 * Bedarfsermittlung (issue #4): stream the national 12411-02-03-5 file (~11,000 Gemeinden),
 * project every Gemeinde 30 years ahead in three scenarios and compute gaps.
 */
import path from 'node:path';
import { commitPopulationImport, parsePopulationFile } from '../../db/needs/population';
import { PlanSession } from '../../db/session';
import { GERMANY_2015_BANDS } from '../../shared/needs/ageBands';
import { defaultRateSet } from '../../shared/needs/defaultRates';
import { gaps, type Richtwert } from '../../shared/needs/gaps';
import { aggregate, project, type ProjectionResult, type ScenarioSpec } from '../../shared/needs/projection';
import type { Scenario } from '../measure';

const root = path.resolve(import.meta.dirname, '..', '..');
const NATIONAL = path.join(root, 'tests', 'fixtures', 'needs', 'genesis_12411-02-03-5_00.csv');
const meta = { title: 'Bench', districtName: 'LK', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const mb = (n: number) => Math.round(n / 1e5) / 10;

const SCENARIOS: ScenarioSpec[] = [
  { id: 'a', name: 'Status quo', method: 'konstant', growth: {}, rateTrend: 0 },
  { id: 'b', name: 'Alterung', method: 'wachstum', growth: { '80-85': 1.5, '85-90': 2, '90+': 3, '*': -0.5 }, rateTrend: 0 },
  { id: 'c', name: 'Alterung, gesünder', method: 'wachstum', growth: { '80-85': 1.5, '85-90': 2, '90+': 3, '*': -0.5 }, rateTrend: -0.5 },
];

export const run: Scenario = async (measure, dir) => {
  await measure('needs: stream national 12411-02-03-5 (all Gemeinden kept)', 3, async () => {
    const { result } = await parsePopulationFile({ path: NATIONAL }, 'national.csv', null);
    return { gemeinden: result.records.filter((r) => r.level === 'gemeinde' && r.sex === 'insgesamt').length, lines: result.linesRead };
  });

  await measure('needs: import national 12411-02-03-5 into a plan (streaming, only Kreis 03354 kept)', 3, async (i) => {
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const session = await PlanSession.create(path.join(dir, `import-${i}.sqlite`), meta);
    try {
      const r = await commitPopulationImport(session, { path: NATIONAL }, 'genesis_12411-02-03-5_00.csv', 'bestand');
      return { rows: r.rows, heap_growth_mb: mb(process.memoryUsage().heapUsed - heapBefore) };
    } finally {
      session.close();
    }
  });

  const { result } = await parsePopulationFile({ path: NATIONAL }, 'national.csv', null);
  const base: Record<string, Record<string, number>> = {};
  for (const r of result.records) {
    if (r.level !== 'gemeinde' || r.sex !== 'insgesamt' || r.year !== 2015) continue;
    const bands: Record<string, number> = {};
    for (const [k, v] of Object.entries(r.bands)) if (v !== null) bands[k] = v;
    base[r.key] = bands;
  }
  const rateSet = defaultRateSet();
  let projections: ProjectionResult[] = [];
  await measure('needs: project all Gemeinden 30 years × 3 scenarios', 3, async () => {
    projections = [];
    projections = SCENARIOS.map((scenario) => project({ baseYear: 2015, endYear: 2045, base, reference: GERMANY_2015_BANDS, referenceLabel: 'Deutschland 2015', rateSet, scenario }));
    return { gemeinden: Object.keys(base).length, rows: projections.reduce((a, p) => a + p.rows.length, 0) };
  });

  const heim: Richtwert = { id: 'r', offerType: 'vollstationaer', label: 'Heimplätze', basis: { kind: 'faelle', setting: 'vollstationaer', share: 1, occupancy: 0.95 } };
  const tp: Richtwert = { id: 't', offerType: 'tagespflege', label: 'Tagespflege', basis: { kind: 'einwohner', minAge: 65, per: 1000, value: 3 } };
  await measure('needs: gaps (2 Richtwerte) for all Gemeinden, Kreise, years, scenarios', 3, async () => {
    let n = 0;
    for (const p of projections) {
      const rows = [...p.rows.map((r) => ({ key: r.ags, year: r.year, population: r.population, need: r.need })), ...aggregate(p.rows, (ags) => [ags.slice(0, 5)])];
      n += gaps(heim, rows, () => 0).length + gaps(tp, rows, () => 0).length;
    }
    return { gap_rows: n };
  });
};
