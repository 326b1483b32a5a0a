/** shared/needs/analysisView.ts: what `needs.analysis` sends for one selection, as a table of cases. */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../shared/contract/needsSchemas';
import { analysisView } from '../../../shared/needs/analysisView';

const need = (n: number) => ({ pflegegeld: n, ambulant: n / 2, vollstationaer: n / 4, teilstationaer: 0 });
const explanation = { inputs: [], sources: [], assumptions: [], formula: '' };
const KEYS = ['kreis', '03354001', '03354002', 'bereich:a'];
const YEARS = [2015, 2020, 2025];
const rows = (factor: number) =>
  KEYS.flatMap((key, k) => YEARS.map((year) => ({ key, year, population: { '0-80': 1000 * (k + 1), '80-85': 10.123, '85-90': 5, '90+': 1 }, need: need(factor * (k + 1) * (year - 2000) + 0.004) })));
const gapRows = (scenario: number) => KEYS.flatMap((key) => YEARS.map((year) => ({ key, year, required: scenario + 1.2345, stock: 1, gap: scenario + 0.2345 })));

const full: Analysis = {
  ready: true,
  missing: [],
  warnings: [],
  baseYear: 2015,
  years: YEARS,
  bands: ['0-80', '80-85', '85-90', '90+'],
  regions: [
    { key: '03354001', name: 'A', level: 'gemeinde', gemeindeId: 'g1' },
    { key: '03354002', name: 'B', level: 'gemeinde', gemeindeId: 'g2' },
    { key: 'bereich:a', name: 'Bereich', level: 'bereich', gemeindeId: null },
    { key: 'kreis', name: 'Kreis', level: 'kreis', gemeindeId: null },
  ],
  populationSource: explanation,
  pyramid: [],
  scenarios: [
    { id: 's1', name: 'Eins', rows: rows(1), explanation },
    { id: 's2', name: 'Zwei', rows: rows(2), explanation },
  ],
  gaps: ['s1', 's2'].flatMap((scenarioId, s) => ['r1', 'r2'].map((richtwertId) => ({ richtwertId, label: richtwertId, offerType: 'x', scenarioId, rows: gapRows(s), explanation }))),
  staffing: [{ ratioId: 'q', label: 'Q', rows: KEYS.map((key) => ({ key, year: 2020, targetGroup: 1, ratio: 1, soll: 1, ist: 1, difference: 0 })), explanation }],
  staffGap: { year: 2020, rows: [], explanation },
  reachability: null,
};

describe('analysisView', () => {
  it('defaults to the Hauptszenario, the staff-gap year and the Kreis; unknown choices fall back', () => {
    expect(analysisView(full, { scenarioId: null, year: null, regionKey: null, richtwertId: null }, 's2').selection).toEqual({ scenarioId: 's2', year: 2020, regionKey: 'kreis', richtwertId: 'r1' });
    expect(analysisView(full, { scenarioId: 'weg', year: 1999, regionKey: 'weg', richtwertId: 'weg' }, null).selection).toEqual({ scenarioId: 's1', year: 2020, regionKey: 'kreis', richtwertId: 'r1' });
    expect(analysisView(full, { scenarioId: 's1', year: 2025, regionKey: 'bereich:a', richtwertId: 'r2' }, 's2').selection).toEqual({ scenarioId: 's1', year: 2025, regionKey: 'bereich:a', richtwertId: 'r2' });
  });

  it('keeps the Kreis and the chosen region over all years in every scenario, and one figure per region', () => {
    const view = analysisView(full, { scenarioId: 's2', year: 2025, regionKey: '03354002', richtwertId: null }, null);
    for (const s of view.scenarios) {
      expect(s.rows.map((r) => `${r.key}/${r.year}`)).toEqual(['kreis', '03354002'].flatMap((k) => YEARS.map((y) => `${k}/${y}`)));
    }
    expect(view.regionFigures.map((f) => f.key)).toEqual(KEYS);
    const b = view.regionFigures.find((f) => f.key === '03354002')!;
    // Scenario s2, third key: Pflegegeld = 2 × 3 × (2025 − 2000) + 0.004; base year 2015:
    // (90.004 + 45.002 + 22.501); everything sent to a hundredth.
    expect(b).toEqual({ key: '03354002', population: 3016.12, population80: 16.12, need: { pflegegeld: 150, ambulant: 75, vollstationaer: 37.5, teilstationaer: 0 }, needBaseYear: 157.51 });
    expect(view.staffing[0]!.rows.map((r) => r.key)).toEqual(['kreis']);
  });

  it('sends the gaps of the chosen scenario only, with rows of the chosen Richtwert and year', () => {
    const view = analysisView(full, { scenarioId: 's2', year: 2015, regionKey: null, richtwertId: 'r2' }, null);
    expect(view.gaps.map((g) => `${g.scenarioId}/${g.richtwertId}/${g.rows.length}`)).toEqual(['s2/r1/0', `s2/r2/${KEYS.length}`]);
    expect(view.gaps[1]!.rows.every((r) => r.year === 2015 && r.required === 2.23 && r.gap === 1.23)).toBe(true);
  });
});
