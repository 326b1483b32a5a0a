/**
 * Age schedules of the cohort-component model, from official counts (all pure):
 * - mortality: national central death rates by sex and single year (Gestorbene 12613-02-02-4 ÷
 *   Bevölkerung 12411-04-02-4), made single-year by log-linear interpolation between the band
 *   midpoints and re-scaled so each band reproduces its observed deaths exactly; the open band
 *   85+ is extended with the Gompertz slope of 75–85;
 * - fertility: national births per woman by mother's age (12612-02-01-4), flat inside a band;
 * - indirect standardisation: a Kreis's observed deaths (births) ÷ those expected with the
 *   national rates and its own population, shrunk towards its Land for small counts;
 * - migration: net moves across the region's border per person, by sex and age band (12711).
 * A single Kreis has a few hundred deaths a year: its own age-specific rates would be noise,
 * hence national shapes at the Kreis level.
 */
import { AGES, type Band, bandEnd, CELLS, OPEN } from './ages';
import type { RegionCounts } from './genesisCounts';

const mid = (b: Band): number => (b.to === null ? b.from + 5 : (b.from + b.to) / 2);

/** Central death rates m(sex, age) on the grid. */
export function mortalitySchedule(deaths: RegionCounts, pop: Float64Array): Float64Array {
  const m = new Float64Array(CELLS);
  for (let sex = 0; sex < 2; sex++) {
    const groups = deaths.bands
      .map((b) => ({ band: b.band, deaths: (sex === 0 ? b.m : b.w) ?? 0 }))
      .sort((a, b) => a.band.from - b.band.from)
      .map((g) => {
        let p = 0;
        for (let a = Math.min(g.band.from, OPEN), end = bandEnd(g.band); a < end; a++) p += pop[sex * AGES + a]!;
        return { ...g, pop: p, rate: p > 0 ? g.deaths / p : 0 };
      });
    const points = groups.filter((g) => g.rate > 0 && g.band.to !== null).map((g) => ({ x: mid(g.band), y: Math.log(g.rate) }));
    if (points.length < 2) throw new Error('Zu wenige Sterbefälle für eine Sterbetafel.');
    const logRate = (x: number): number => {
      // Linear in log-rate between midpoints; beyond the last closed band the slope of the last
      // two points (Gompertz), before the first the first point's level.
      if (x <= points[0]!.x) return points[0]!.y;
      for (let i = 1; i < points.length; i++) {
        const p = points[i - 1]!;
        const q = points[i]!;
        if (x <= q.x) return p.y + ((q.y - p.y) * (x - p.x)) / (q.x - p.x);
      }
      const p = points[points.length - 2]!;
      const q = points[points.length - 1]!;
      return q.y + ((q.y - p.y) * (x - q.x)) / (q.x - p.x);
    };
    for (let a = 0; a <= OPEN; a++) m[sex * AGES + a] = Math.exp(logRate(a === OPEN ? OPEN + 2.5 : a + 0.5));
    // Each band reproduces its observed deaths exactly with the band's own population.
    for (const g of groups) {
      const from = Math.min(g.band.from, OPEN);
      const end = bandEnd(g.band);
      let expected = 0;
      for (let a = from; a < end; a++) expected += m[sex * AGES + a]! * pop[sex * AGES + a]!;
      const f = expected > 0 ? g.deaths / expected : 0;
      for (let a = from; a < end; a++) m[sex * AGES + a]! *= f;
    }
  }
  return m;
}

/** Births per woman of each single age (flat inside the mother's-age bands), and the boys' share. */
export function fertilitySchedule(births: RegionCounts, pop: Float64Array): { rates: Float64Array; boysShare: number } {
  const rates = new Float64Array(AGES);
  let boys = 0;
  let all = 0;
  for (const b of births.bands) {
    const count = (b.m ?? 0) + (b.w ?? 0);
    boys += b.m ?? 0;
    all += count;
    // "unter 20" are mothers of 15–19, "40 und mehr" of 40–44 (births outside are very rare).
    const from = b.band.from === 0 ? 15 : b.band.from;
    const end = b.band.to === null ? b.band.from + 5 : b.band.to;
    let women = 0;
    for (let a = from; a < end; a++) women += pop[AGES + a]!;
    for (let a = from; a < end; a++) rates[a] = women > 0 ? count / women : 0;
  }
  return { rates, boysShare: all > 0 ? boys / all : 0.513 };
}

/** Deaths expected with rates `m` in population `pop`. */
export function expectedDeaths(m: Float64Array, pop: Float64Array): number {
  let e = 0;
  for (let i = 0; i < CELLS; i++) e += m[i]! * pop[i]!;
  return e;
}

export function expectedBirths(f: Float64Array, pop: Float64Array): number {
  let e = 0;
  for (let a = 0; a < AGES; a++) e += f[a]! * pop[AGES + a]!;
  return e;
}

export const observedTotal = (r: RegionCounts): number => r.bands.reduce((s, b) => s + (b.m ?? 0) + (b.w ?? 0), 0);

/**
 * Standardised ratio observed ÷ expected, with credibility towards `prior` (the Land's ratio):
 * (O + k·prior) ÷ (E + k). With E in the thousands the Kreis's own ratio dominates; a Kreis with
 * few events is not taken at its random fluctuation.
 */
export function standardisedRatio(observed: number, expected: number, prior: number, k: number): number {
  if (!(expected > 0)) return prior;
  return (observed + k * prior) / (expected + k);
}

/** Net migration per person by sex and single age: (in − out) ÷ population of the band. */
export function migrationRates(inMoves: RegionCounts, outMoves: RegionCounts, pop: Float64Array): Float64Array {
  const rates = new Float64Array(CELLS);
  const outByBand = new Map(outMoves.bands.map((b) => [`${b.band.from}-${b.band.to}`, b]));
  for (const b of inMoves.bands) {
    const o = outByBand.get(`${b.band.from}-${b.band.to}`);
    if (!o) continue;
    const from = Math.min(b.band.from, OPEN);
    const end = bandEnd(b.band);
    for (let sex = 0; sex < 2; sex++) {
      const net = ((sex === 0 ? b.m : b.w) ?? 0) - ((sex === 0 ? o.m : o.w) ?? 0);
      let p = 0;
      for (let a = from; a < end; a++) p += pop[sex * AGES + a]!;
      for (let a = from; a < end; a++) rates[sex * AGES + a] = p > 0 ? net / p : 0;
    }
  }
  return rates;
}

/** Moves per cell in proportion to the observed in- (or out-) moves, for a user-entered net total. */
export function moveProfile(moves: RegionCounts, pop: Float64Array): Float64Array {
  const profile = new Float64Array(CELLS);
  let total = 0;
  for (const b of moves.bands) {
    const from = Math.min(b.band.from, OPEN);
    const end = bandEnd(b.band);
    for (let sex = 0; sex < 2; sex++) {
      const count = (sex === 0 ? b.m : b.w) ?? 0;
      let p = 0;
      for (let a = from; a < end; a++) p += pop[sex * AGES + a]!;
      for (let a = from; a < end; a++) profile[sex * AGES + a] = p > 0 ? (count * pop[sex * AGES + a]!) / p : count / (end - from);
      total += count;
    }
  }
  if (total > 0) for (let i = 0; i < CELLS; i++) profile[i]! /= total;
  return profile;
}
