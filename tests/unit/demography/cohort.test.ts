/**
 * The cohort-component engine on the real national tables of 31.12.2015: inputs reproduced,
 * balance equation, Gemeinden summing to their Kreis, the special cases of the Gemeinde table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AGES, bandEnd, CELLS, GEMEINDE_BANDS, OPEN, total } from '../../../shared/demography/ages';
import { DEFAULT_SCENARIO, projectKreis } from '../../../shared/demography/cohort';
import { loadComponentTables } from '../../../shared/demography/componentTables';
import { type ComponentTables, kreisKeys, kreisModel, type NationalSchedules, nationalSchedules } from '../../../shared/demography/kreisModel';
import { toBands } from '../../../shared/demography/output';
import { componentFiles } from '../../helpers/nationalTables';

let tables: ComponentTables;
let nat: NationalSchedules;

beforeAll(() => {
  tables = loadComponentTables(componentFiles()).tables;
  nat = nationalSchedules(tables);
});

const officialBands = (code: string) => tables.gemeindePopulation!.get(code)!.bands;

describe('national schedules', () => {
  it('reproduce the national deaths of every age band and sex exactly', () => {
    const deaths = tables.deaths.get('DG')!;
    for (const b of deaths.bands) {
      for (const sex of [0, 1]) {
        let expected = 0;
        for (let a = Math.min(b.band.from, OPEN); a < bandEnd(b.band); a++) expected += nat.mortality[sex * AGES + a]! * nat.population[sex * AGES + a]!;
        expect(expected).toBeCloseTo((sex === 0 ? b.m : b.w)!, 6);
      }
    }
  });

  it('give a total fertility rate near the published 1.50 (2015) and rising death rates in old age', () => {
    const tfr = nat.fertility.reduce((a, b) => a + b, 0);
    expect(tfr).toBeGreaterThan(1.45);
    expect(tfr).toBeLessThan(1.55);
    for (let a = 60; a < OPEN; a++) expect(nat.mortality[a + 1]!).toBeGreaterThan(nat.mortality[a]!);
  });
});

describe('Kreis model', () => {
  it('splits the grouped old ages of Lüchow-Dannenberg without changing any official count', () => {
    const m = kreisModel(tables, nat, '03354');
    expect(total(m.base)).toBeCloseTo(50128, 6);
    const single = tables.population.get('03354')!;
    for (const b of single.bands) {
      let men = 0;
      for (let a = Math.min(b.band.from, OPEN); a < bandEnd(b.band); a++) men += m.base[a]!;
      expect(men).toBeCloseTo(b.m!, 6);
    }
    // 80+ = 1,875 + 1,134 + 562 (12411-04-02-4)
    let over80 = 0;
    for (let a = 80; a <= OPEN; a++) over80 += m.base[a]! + m.base[AGES + a]!;
    expect(over80).toBeCloseTo(3571, 6);
  });

  it('finds every Gemeinde of the Kreis, and their bands sum to the official Kreis row', () => {
    const m = kreisModel(tables, nat, '03354');
    expect(m.gemeinden).toHaveLength(27);
    const kreis = officialBands('03354');
    const sum = GEMEINDE_BANDS.map(() => [0, 0]);
    for (const g of m.gemeinden) toBands(g.base).forEach((bySex, sex) => bySex.forEach((v, j) => (sum[j]![sex]! += v)));
    kreis.forEach((b, j) => {
      expect(sum[j]![0]).toBeCloseTo(b.m!, 6);
      expect(sum[j]![1]).toBeCloseTo(b.w!, 6);
    });
  });

  it('plans a kreisfreie Stadt with its Kreis row as the one Gemeinde', () => {
    const flensburg = kreisModel(tables, nat, '01001');
    expect(flensburg.gemeinden.map((g) => g.ags)).toEqual(['01001000']);
    expect(total(flensburg.gemeinden[0]!.base)).toBeCloseTo(85942, 6);
    const berlin = kreisModel(tables, nat, '11000');
    expect(berlin.gemeinden.map((g) => g.ags)).toEqual(['11000000']);
  });

  it('shares secret values (".") out of the Kreis remainder and says so', () => {
    const files = componentFiles().map((f) =>
      f.name.startsWith('genesis_12411-02-03-5') ? { ...f, text: f.text.replace(/^(03354406012;[^;]*);[^\n]*/m, (_all, head: string) => `${head};${Array(54).fill('.').join(';')}`) } : f,
    );
    const t = loadComponentTables(files).tables;
    const m = kreisModel(t, nationalSchedules(t), '03354');
    const karwitz = m.gemeinden.find((g) => g.ags === '03354012')!;
    expect(karwitz.notes.join(' ')).toMatch(/geheim/);
    // The other Gemeinden are official; Karwitz gets exactly what the Kreis has left (745 people).
    expect(total(karwitz.base)).toBeCloseTo(745, 6);
  });

  it('every Kreis of the national file has a model whose Gemeinden sum to the Kreis', () => {
    const keys = kreisKeys(tables);
    expect(keys.length).toBe(402);
    for (const k of keys) {
      const m = kreisModel(tables, nat, k);
      expect(m.gemeinden.length, k).toBeGreaterThan(0);
      const g = m.gemeinden.reduce((s, x) => s + total(x.base), 0);
      expect(Math.abs(g - total(m.base)) / total(m.base), k).toBeLessThan(0.001);
    }
  });
});

describe('projection', () => {
  it('keeps the balance P(t+1) = P(t) − deaths + births + net migration every year', () => {
    const m = kreisModel(tables, nat, '03354');
    const comps = projectKreis({ baseYear: 2015, endYear: 2045, base: m.base, gemeinden: m.gemeinden, schedules: m.schedules, scenario: DEFAULT_SCENARIO });
    expect(comps).toHaveLength(31);
    for (let i = 1; i < comps.length; i++) {
      const p = comps[i - 1]!;
      const c = comps[i]!;
      expect(c.population).toBeCloseTo(p.population - c.deaths + c.births + c.migration, 6);
      expect(c.deaths).toBeGreaterThan(500);
      expect(c.births).toBeGreaterThan(200);
    }
  });

  it('ages cohorts: the 55–65-year-olds of 2015 are the core of the 65–75 of 2025', () => {
    const m = kreisModel(tables, nat, '03354');
    let by2025: Float64Array | null = null;
    projectKreis({ baseYear: 2015, endYear: 2025, base: m.base, gemeinden: [], schedules: m.schedules, scenario: { migration: { kind: 'keine' }, mortalityDecline: 0 } }, (year, kreis) => {
      if (year === 2025) by2025 = Float64Array.from(kreis);
    });
    let from = 0;
    let to = 0;
    for (let a = 55; a < 65; a++) from += m.base[a]! + m.base[AGES + a]!;
    for (let a = 65; a < 75; a++) to += by2025![a]! + by2025![AGES + a]!;
    expect(to).toBeLessThan(from);
    expect(to / from).toBeGreaterThan(0.88); // ten years of survival in the late 50s and 60s
  });

  it('keeps every Gemeinde, age and sex summing to the Kreis in every year', () => {
    const m = kreisModel(tables, nat, '03354');
    projectKreis({ baseYear: 2015, endYear: 2045, base: m.base, gemeinden: m.gemeinden, schedules: m.schedules, scenario: DEFAULT_SCENARIO }, (_year, kreis, gemeinden) => {
      for (let i = 0; i < CELLS; i++) {
        let s = 0;
        for (const g of gemeinden) s += g[i]!;
        expect(Math.abs(s - kreis[i]!)).toBeLessThan(1e-6 * Math.max(1, kreis[i]!));
      }
    });
  });
});
