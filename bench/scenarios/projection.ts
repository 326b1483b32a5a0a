/**
 * Cohort-component projection (issue #9): read the national component tables, then project one
 * Kreis with its Gemeinden and every Kreis of Germany with its Gemeinden, 30 years each.
 * Goals: one Kreis < 50 ms; all Kreise in three scenarios ≤ 1 s and ≤ 1.2× the flat baseline (issue #11).
 *
 * Baseline for all Kreise: `plainProjection` below, the same arithmetic as the engine
 * (shared/demography/cohort.ts projectKreis, damped-migration scenarios, no control totals) written as one
 * flat loop over preallocated typed arrays (all Gemeinden of a Kreis in one array); its 65+ total
 * must equal the engine's.
 */
import { AGES, CELLS, OPEN } from '../../shared/demography/ages';
import { DEFAULT_MIGRATION_DAMPING, DEFAULT_SCENARIO, projectKreis, type DemographicScenario } from '../../shared/demography/cohort';
import { loadComponentTables } from '../../shared/demography/componentTables';
import { kreisKeys, kreisModel, nationalSchedules, type KreisModel } from '../../shared/demography/kreisModel';
import { componentFiles } from '../../tests/helpers/nationalTables';
import type { Scenario } from '../measure';

type DampedScenario = DemographicScenario & { migration: { kind: 'gedaempft'; factor: number; fromAge: number } };

/**
 * Three scenarios, as a planner compares them: the default (damped migration, mortality falling
 * 1 % a year), migration as observed, and no further fall in mortality. All of the damped kind, so
 * the flat baseline below computes each with the same arithmetic.
 */
const SCENARIOS: DampedScenario[] = [
  { migration: { kind: 'gedaempft', factor: DEFAULT_MIGRATION_DAMPING, fromAge: 50 }, mortalityDecline: DEFAULT_SCENARIO.mortalityDecline },
  { migration: { kind: 'gedaempft', factor: 1, fromAge: 50 }, mortalityDecline: DEFAULT_SCENARIO.mortalityDecline },
  { migration: { kind: 'gedaempft', factor: DEFAULT_MIGRATION_DAMPING, fromAge: 50 }, mortalityDecline: 0 },
];

export const run: Scenario = async (measure) => {
  const files = componentFiles();
  let loaded = loadComponentTables(files);
  await measure('projection: read the national component tables (6 GENESIS files)', 3, async () => {
    loaded = loadComponentTables(files);
    return { kreise: kreisKeys(loaded.tables).length };
  });
  const t = loaded.tables;
  const nat = nationalSchedules(t);
  const keys = kreisKeys(t);
  const models = keys.map((k) => kreisModel(t, nat, k));
  const one = models.find((m) => m.key === '03354')!;

  await measure('projection: one Kreis (03354) with its 27 Gemeinden, 2015–2045', 20, async () => {
    let cells = 0;
    projectKreis({ baseYear: 2015, endYear: 2045, base: one.base, gemeinden: one.gemeinden, schedules: one.schedules, scenario: DEFAULT_SCENARIO }, (_y, _k, g) => (cells += (g.length + 1) * CELLS));
    return { cells, goal_ms: 50 };
  });

  const ALL = 'projection: all Kreise of Germany with their Gemeinden, 2015–2045, 3 scenarios';
  await measure.baseline(ALL, 3, async () => ({ population_65plus_2045: Math.round(SCENARIOS.reduce((t, sc) => t + plainProjection(models, 2015, 2045, sc), 0)) }));
  await measure.app(ALL, 3, async () => {
    // Each year's Kreis 65+ is summed so the work cannot be optimised away.
    let over65 = 0;
    let gemeinden = 0;
    for (const scenario of SCENARIOS) {
      for (const m of models) {
        gemeinden += m.gemeinden.length;
        projectKreis({ baseYear: 2015, endYear: 2045, base: m.base, gemeinden: m.gemeinden, schedules: m.schedules, scenario }, (year, kreis) => {
          if (year === 2045) for (let a = 65; a <= 90; a++) over65 += kreis[a]! + kreis[91 + a]!;
        });
      }
    }
    return { kreise: models.length, gemeinden: gemeinden / SCENARIOS.length, scenarios: SCENARIOS.length, population_65plus_2045: Math.round(over65), goal_ms: 1000 };
  });
};

/** The engine's arithmetic for the default scenario as one flat loop; returns the 65+ of the last year summed over all Kreise. */
function plainProjection(models: readonly KreisModel[], baseYear: number, endYear: number, scenario: DampedScenario): number {
  const maxG = Math.max(1, ...models.map((m) => m.gemeinden.length));
  let kreis = new Float64Array(CELLS);
  let next = new Float64Array(CELLS);
  let gem = new Float64Array(maxG * CELLS);
  let gemNext = new Float64Array(maxG * CELLS);
  const gemRates = new Float64Array(maxG * CELLS);
  const rates = new Float64Array(CELLS);
  const survival = new Float64Array(CELLS);
  const fertility = new Float64Array(AGES);
  const newborn = new Float64Array(2);
  const sum = new Float64Array(CELLS);
  const { factor, fromAge } = scenario.migration;
  const decline = scenario.mortalityDecline;
  let over65 = 0;
  for (const m of models) {
    const s = m.schedules;
    const G = m.gemeinden.length;
    kreis.set(m.base);
    for (let i = 0; i < CELLS; i++) rates[i] = s.migration[i]! * (i % AGES >= fromAge ? 1 : factor);
    for (let k = 0; k < G; k++) {
      const g = m.gemeinden[k]!;
      gem.set(g.base, k * CELLS);
      const observed = g.migration ?? s.migration;
      for (let i = 0; i < CELLS; i++) gemRates[k * CELLS + i] = observed[i]! * (i % AGES >= fromAge ? 1 : factor);
    }
    if (G > 0) {
      sum.fill(0);
      for (let k = 0; k < G; k++) for (let i = 0; i < CELLS; i++) sum[i]! += gem[k * CELLS + i]!;
      scale(kreis, gem, G, sum);
    }
    for (let year = baseYear + 1; year <= endYear; year++) {
      const f = Math.pow(1 - decline, year - baseYear);
      for (let sex = 0; sex < 2; sex++) {
        const b = sex * AGES;
        for (let a = 0; a < OPEN; a++) survival[b + a] = Math.exp((-f * (s.mortality[b + a]! + s.mortality[b + a + 1]!)) / 2);
        survival[b + OPEN] = Math.exp(-f * s.mortality[b + OPEN]!);
        newborn[sex] = Math.exp((-f * s.mortality[b]!) / 2);
      }
      for (let a = 0; a < OPEN; a++) fertility[a] = (s.fertility[a]! + s.fertility[a + 1]!) / 2;
      // Births are summed over the ages with a fertility other than 0 only, as the engine does.
      let fertileFrom = 0;
      let fertileTo = OPEN;
      while (fertileFrom < fertileTo && fertility[fertileFrom] === 0) fertileFrom++;
      while (fertileTo > fertileFrom && fertility[fertileTo - 1] === 0) fertileTo--;
      // Kreis: survivors, births, migration (clamped at zero).
      next.fill(0);
      for (let sex = 0; sex < 2; sex++) {
        const b = sex * AGES;
        for (let a = 0; a < OPEN; a++) next[b + a + 1] = kreis[b + a]! * survival[b + a]!;
        next[b + OPEN]! += kreis[b + OPEN]! * survival[b + OPEN]!;
      }
      let births = 0;
      for (let a = fertileFrom; a < fertileTo; a++) births += fertility[a]! * kreis[AGES + a]!;
      next[0] = births * s.boysShare * newborn[0]!;
      next[AGES] = births * (1 - s.boysShare) * newborn[1]!;
      for (let i = 0; i < CELLS; i++) {
        let d = rates[i]! * next[i]!;
        if (next[i]! + d < 0) d = -next[i]!;
        next[i]! += d;
      }
      // Gemeinden: the same step, then scaled per cell to the Kreis.
      sum.fill(0);
      for (let k = 0; k < G; k++) {
        const o = k * CELLS;
        let gb = 0;
        for (let a = fertileFrom; a < fertileTo; a++) gb += fertility[a]! * gem[o + AGES + a]!;
        for (let sex = 0; sex < 2; sex++) {
          const b = o + sex * AGES;
          const r = b;
          let v = gb * (sex === 0 ? s.boysShare : 1 - s.boysShare) * newborn[sex]! * (1 + gemRates[r]!);
          gemNext[b] = v > 0 ? v : 0;
          sum[sex * AGES]! += gemNext[b]!;
          for (let a = 1; a < OPEN; a++) {
            v = gem[b + a - 1]! * survival[sex * AGES + a - 1]! * (1 + gemRates[r + a]!);
            gemNext[b + a] = v > 0 ? v : 0;
            sum[sex * AGES + a]! += gemNext[b + a]!;
          }
          v = (gem[b + OPEN - 1]! * survival[sex * AGES + OPEN - 1]! + gem[b + OPEN]! * survival[sex * AGES + OPEN]!) * (1 + gemRates[r + OPEN]!);
          gemNext[b + OPEN] = v > 0 ? v : 0;
          sum[sex * AGES + OPEN]! += gemNext[b + OPEN]!;
        }
      }
      if (G > 0) scale(next, gemNext, G, sum);
      [kreis, next] = [next, kreis];
      [gem, gemNext] = [gemNext, gem];
    }
    for (let a = 65; a <= OPEN; a++) over65 += kreis[a]! + kreis[AGES + a]!;
  }
  return over65;
}

/** Gemeinden (G blocks of `gem`) scaled per cell to the Kreis; empty cells spread by size. */
function scale(kreis: Float64Array, gem: Float64Array, G: number, sum: Float64Array): void {
  for (let i = 0; i < CELLS; i++) {
    if (sum[i]! > 0) sum[i] = kreis[i]! / sum[i]!;
    else if (kreis[i]! > 0) {
      const sizes: number[] = [];
      for (let k = 0; k < G; k++) {
        let t = 0;
        for (let j = 0; j < CELLS; j++) t += gem[k * CELLS + j]!;
        sizes.push(t);
      }
      const all = sizes.reduce((x, y) => x + y, 0);
      for (let k = 0; k < G; k++) gem[k * CELLS + i] = all > 0 ? (kreis[i]! * sizes[k]!) / all : kreis[i]! / G;
      sum[i] = 1;
    } else sum[i] = 0;
  }
  for (let k = 0; k < G; k++) for (let i = 0; i < CELLS; i++) gem[k * CELLS + i]! *= sum[i]!;
}
