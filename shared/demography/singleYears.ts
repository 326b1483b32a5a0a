/**
 * From age bands to single years. Official tables stop at single years (12411-04-02-4 has single
 * years to 74, then 75–80, 80–85, 85–90, 90+; Gemeinden have 17 bands). The model needs single
 * years, so bands are split:
 * - without a finer source: log-linear within the band, its slope taken from the neighbouring
 *   bands' densities (counts fall off steeply at old ages; a flat split would put too many people
 *   at the band's upper end, where mortality is highest);
 * - with a finer reference (a Gemeinde's 17 bands with its Kreis's single years): in proportion
 *   to the reference, per sex.
 */
import { AGES, type Band, bandEnd, CELLS, OPEN } from './ages';
import type { BandCount } from './genesisCounts';

const mid = (b: Band): number => (b.to === null ? b.from + 2.5 : (b.from + b.to) / 2);
const width = (b: Band): number => bandEnd(b) - b.from;

/**
 * Splits one sex's band counts to single years (log-linear inside each band wider than a year).
 * Bands must cover 0 … 90+ without gaps; returns null when a count is unknown or bands are missing.
 */
export function splitBands(bands: ReadonlyArray<{ band: Band; count: number | null }>, out: Float64Array, sex: number): boolean {
  const sorted = [...bands].sort((a, b) => a.band.from - b.band.from);
  let next = 0;
  for (const b of sorted) {
    if (b.count === null || b.band.from !== next) return false;
    next = bandEnd(b.band);
  }
  if (next !== OPEN + 1) return false;
  const density = sorted.map((b) => b.count! / width(b.band));
  for (let k = 0; k < sorted.length; k++) {
    const { band, count } = sorted[k]!;
    const w = width(band);
    const from = band.from;
    // An open band below 90 (e.g. "75 und mehr") has no shape to split by without a reference.
    if (band.to === null && band.from < OPEN) return false;
    if (w === 1 || band.to === null || band.from >= OPEN) {
      // A single year, or the open group kept as the grid's 90+ cell.
      if (band.from >= OPEN || w === 1) out[sex * AGES + Math.min(from, OPEN)] = count!;
      continue;
    }
    const slope = bandSlope(sorted, density, k);
    let sum = 0;
    for (let a = from; a < from + w; a++) sum += Math.exp(slope * (a + 0.5 - mid(band)));
    for (let a = from; a < from + w; a++) out[sex * AGES + a] = (count! * Math.exp(slope * (a + 0.5 - mid(band)))) / sum;
  }
  return true;
}

/** Log-slope of the density around band k: central where both neighbours exist, else one-sided. */
function bandSlope(sorted: ReadonlyArray<{ band: Band }>, density: number[], k: number): number {
  const left = k > 0 && density[k - 1]! > 0 ? k - 1 : k;
  // The open band's width is unknown, so it is never used as a neighbour.
  const right = k + 1 < sorted.length && sorted[k + 1]!.band.to !== null && density[k + 1]! > 0 ? k + 1 : k;
  if (left === right || density[left]! <= 0 || density[right]! <= 0) return 0;
  const s = Math.log(density[right]! / density[left]!) / (mid(sorted[right]!.band) - mid(sorted[left]!.band));
  // Guard against absurd shapes from tiny counts.
  return Math.max(-0.5, Math.min(0.5, s));
}

/** Splits bands of both sexes (BandCount from a GENESIS table) to a population grid; null if incomplete. */
export function populationFromBands(bands: readonly BandCount[]): Float64Array | null {
  const pop = new Float64Array(CELLS);
  const ok = splitBands(bands.map((b) => ({ band: b.band, count: b.m })), pop, 0) && splitBands(bands.map((b) => ({ band: b.band, count: b.w })), pop, 1);
  return ok ? pop : null;
}

/**
 * Splits a Gemeinde's bands in proportion to a reference population (its Kreis's single years).
 * A band the reference leaves empty is split evenly. Unknown counts stay 0 and are reported.
 */
export function splitByReference(bands: readonly BandCount[], reference: Float64Array): { pop: Float64Array; unknown: number } {
  const pop = new Float64Array(CELLS);
  let unknown = 0;
  for (const b of bands) {
    const from = Math.min(b.band.from, OPEN);
    const end = bandEnd(b.band);
    for (let sex = 0; sex < 2; sex++) {
      const count = sex === 0 ? b.m : b.w;
      if (count === null) {
        unknown++;
        continue;
      }
      let ref = 0;
      for (let a = from; a < end; a++) ref += reference[sex * AGES + a]!;
      for (let a = from; a < end; a++) pop[sex * AGES + a] = ref > 0 ? (count * reference[sex * AGES + a]!) / ref : count / (end - from);
    }
  }
  return { pop, unknown };
}
