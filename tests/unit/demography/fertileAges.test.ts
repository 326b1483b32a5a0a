/**
 * Issue 11 (projection ≤ 1 s): births are summed over the ages whose fertility is not 0 only
 * (shared/demography/cohort.ts, stepRates). A term 0 × population adds exactly nothing, so the
 * births must equal the sum over every age to the last bit — for the Kreis and for its Gemeinden,
 * including the first and the last fertile age.
 */
import { describe, expect, it } from 'vitest';
import { AGES, CELLS, cell, FEMALE, OPEN } from '../../../shared/demography/ages';
import { projectKreis, type KreisSchedules } from '../../../shared/demography/cohort';

/** Births per woman from 15 to 49 only, unevenly (the ends too). */
const fertility = Float64Array.from({ length: AGES }, (_, a) => (a >= 15 && a <= 49 ? 0.01 + ((a * 37) % 11) / 97 : 0));
const schedules: KreisSchedules = {
  mortality: new Float64Array(CELLS).fill(0.01),
  fertility,
  boysShare: 0.514,
  migration: new Float64Array(CELLS),
  inProfile: new Float64Array(CELLS),
  outProfile: new Float64Array(CELLS),
};
const population = (seed: number) => Float64Array.from({ length: CELLS }, (_, i) => 100 + ((i * seed) % 17) * 3.7);

/** Births of the first year over every age, in the engine's order: women aged a give birth at a and a + 1. */
function birthsOverEveryAge(pop: Float64Array): number {
  let births = 0;
  for (let a = 0; a < OPEN; a++) births += ((fertility[a]! + fertility[a + 1]!) / 2) * pop[cell(FEMALE, a)]!;
  return births;
}

describe('births over the fertile ages', () => {
  it('equal the sum over every age to the last bit, for the Kreis and each Gemeinde', () => {
    const gemeinden = [population(7), population(13)].map((base, k) => ({ ags: `0335400${k + 1}`, base, migration: null }));
    const kreis = new Float64Array(CELLS);
    for (const g of gemeinden) for (let i = 0; i < CELLS; i++) kreis[i]! += g.base[i]!;
    const newborn: number[][] = [];
    const components = projectKreis(
      { baseYear: 2024, endYear: 2025, base: kreis, gemeinden, schedules, scenario: { migration: { kind: 'gedaempft', factor: 1, fromAge: 50 }, mortalityDecline: 0 } },
      (year, _k, gem) => {
        if (year === 2025) newborn.push(gem.map((g) => g[cell(0, 0)]! + g[cell(FEMALE, 0)]!));
      },
    );
    expect(components[1]!.births).toBe(birthsOverEveryAge(kreis));
    // The Gemeinden's newborn (before scaling to the Kreis the same in both): their shares of the Kreis's.
    const expected = gemeinden.map((g) => birthsOverEveryAge(g.base));
    const total = expected.reduce((a, b) => a + b, 0);
    const got = newborn[0]!;
    const gotTotal = got.reduce((a, b) => a + b, 0);
    for (let k = 0; k < gemeinden.length; k++) expect(got[k]! / gotTotal).toBeCloseTo(expected[k]! / total, 12);
  });
});
