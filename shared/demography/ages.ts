/**
 * The age and sex grid of the cohort-component model: single years 0 … 89 and the open group
 * "90 und mehr", for men and women. A population is one Float64Array of length CELLS, indexed
 * `sex * AGES + age` (sex 0 = männlich, 1 = weiblich), so whole Kreise and Gemeinden are plain
 * typed arrays and the projection loop allocates nothing.
 */

/** Index of the open age group 90+; ages 0 … OPEN − 1 are single years. */
export const OPEN = 90;
export const AGES = OPEN + 1;
export const SEXES = 2;
export const CELLS = SEXES * AGES;
export const MALE = 0;
export const FEMALE = 1;
export const SEX_CODES = ['m', 'w'] as const;
export const SEX_LABELS = ['männlich', 'weiblich'] as const;

export const cell = (sex: number, age: number): number => sex * AGES + age;

/** An age band [from, to) in years; to = null is open ("und mehr"). */
export interface Band {
  from: number;
  to: number | null;
}

/** The 17 bands of the Gemeinde table 12411-02-03-5 (the finest official Gemeinde breakdown). */
export const GEMEINDE_BANDS: readonly Band[] = [
  { from: 0, to: 3 },
  { from: 3, to: 6 },
  { from: 6, to: 10 },
  { from: 10, to: 15 },
  { from: 15, to: 18 },
  { from: 18, to: 20 },
  { from: 20, to: 25 },
  { from: 25, to: 30 },
  { from: 30, to: 35 },
  { from: 35, to: 40 },
  { from: 40, to: 45 },
  { from: 45, to: 50 },
  { from: 50, to: 55 },
  { from: 55, to: 60 },
  { from: 60, to: 65 },
  { from: 65, to: 75 },
  { from: 75, to: null },
];

/** Last single-year index of a band on the grid (the open group 90+ counts as one age). */
export const bandEnd = (b: Band): number => (b.to === null || b.to > OPEN ? OPEN + 1 : b.to);

/** Sums a population (one sex) over a band. */
export function sumBand(pop: Float64Array, sex: number, b: Band): number {
  let s = 0;
  // An open band from 95 on still counts the grid's 90+ cell, where those people are.
  for (let a = Math.min(b.from, OPEN), end = bandEnd(b); a < end; a++) s += pop[sex * AGES + a]!;
  return s;
}

export const newPopulation = (): Float64Array => new Float64Array(CELLS);

export function total(pop: Float64Array): number {
  let s = 0;
  for (let i = 0; i < CELLS; i++) s += pop[i]!;
  return s;
}
