/**
 * Issue 11: projectKreis reuses the Gemeinde buffer of the last projection (shared/demography/
 * cohort.ts, takeGemeindeBuffer). Reuse must leave no trace: the same projection gives the same
 * figures whatever ran before (also "keine" migration, whose rates are the buffer's zeros), and a
 * projection started from inside a sink does not disturb the one that called it.
 */
import { describe, expect, it } from 'vitest';
import { CELLS } from '../../../shared/demography/ages';
import { projectKreis, type DemographicScenario, type KreisProjectionInput, type KreisSchedules } from '../../../shared/demography/cohort';

const wave = (seed: number, scale: number) => Float64Array.from({ length: CELLS }, (_, i) => scale * (1 + ((i * seed) % 13) / 13));
const schedules: KreisSchedules = {
  mortality: wave(3, 0.01),
  fertility: Float64Array.from({ length: CELLS / 2 }, (_, a) => (a >= 15 && a <= 49 ? 0.05 : 0)),
  boysShare: 0.514,
  migration: wave(5, 0.004),
  inProfile: wave(7, 1 / CELLS),
  outProfile: wave(11, 1 / CELLS),
};
const gemeinden = [wave(7, 50), wave(13, 80), wave(17, 20)].map((base, k) => ({ ags: `0335400${k + 1}`, base, migration: wave(k + 2, 0.006) }));
const kreisBase = Float64Array.from({ length: CELLS }, (_, i) => gemeinden.reduce((t, g) => t + g.base[i]!, 0));
const input = (scenario: DemographicScenario): KreisProjectionInput => ({ baseYear: 2024, endYear: 2034, base: kreisBase, gemeinden, schedules, scenario });
const none: DemographicScenario = { migration: { kind: 'keine' }, mortalityDecline: 0.01 };
const observed: DemographicScenario = { migration: { kind: 'beobachtet' }, mortalityDecline: 0.01 };

/** Every year's Kreis and Gemeinden, copied (the sink's arrays are reused). */
function figures(scenario: DemographicScenario, inside?: () => void): number[][] {
  const out: number[][] = [];
  projectKreis(input(scenario), (year, kreis, gem) => {
    if (year === 2025) inside?.();
    out.push([...kreis], ...gem.map((g) => [...g]));
  });
  return out;
}

describe('the reused Gemeinde buffer', () => {
  it('leaves no trace from the projection before, nor from one started inside a sink', () => {
    const first = figures(none);
    expect(figures(observed)).not.toEqual(first);
    // After a projection with migration, "keine" again: its rates must be zeros, not the last ones.
    expect(figures(none)).toEqual(first);
    // A projection started from inside the sink works on buffers of its own.
    let nested: number[][] = [];
    expect(figures(none, () => (nested = figures(observed)))).toEqual(first);
    expect(nested).toEqual(figures(observed));
  });
});
