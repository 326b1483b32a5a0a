/**
 * Pflegequoten: share of an age band (optionally by sex) in need of care, per care setting.
 * Pure functions; rates are fractions (0.0492), not percent.
 */
import { UserError } from '../contract/errors';
import { type AgeBand, bandLabel, contains, parseBandKey } from './ageBands';

export const SETTINGS = ['pflegegeld', 'ambulant', 'vollstationaer', 'teilstationaer'] as const;
export type Setting = (typeof SETTINGS)[number];
export const SETTING_LABELS: Record<Setting, string> = {
  pflegegeld: 'nur Pflegegeld',
  ambulant: 'ambulant (mit Pflegedienst)',
  vollstationaer: 'vollstationär',
  teilstationaer: 'teilstationär (nachrichtlich)',
};

export interface RateValue {
  ageBand: string;
  /** 'insgesamt' = both sexes. */
  sex: 'insgesamt' | 'maennlich' | 'weiblich';
  setting: Setting;
  rate: number;
}

/** One factor per care setting (indirect standardisation); 1 = uncalibrated. */
export type CalibrationFactors = Record<Setting, number>;
export const UNCALIBRATED: Readonly<CalibrationFactors> = Object.freeze({ pflegegeld: 1, ambulant: 1, vollstationaer: 1, teilstationaer: 1 });
export const isCalibrated = (f: CalibrationFactors): boolean => SETTINGS.some((s) => f[s] !== 1);

export interface RateSet {
  name: string;
  source: string;
  values: RateValue[];
  /**
   * Per setting: multiplies that setting's rates so that the base year reproduces the Kreis's
   * own Pflegestatistik in that setting exactly (the split between settings differs a lot
   * between regions, so one factor for the total is not enough).
   */
  factors: CalibrationFactors;
  /** Year the rates describe (e.g. 2023 for the default set); null = not known. */
  rateYear?: number | null;
}

/** Band keys of a rate set, in age order (the bands population is mapped onto). */
export function rateBands(set: RateSet): string[] {
  const keys = [...new Set(set.values.map((v) => v.ageBand))];
  return keys.sort((a, b) => (parseBandKey(a)?.from ?? 0) - (parseBandKey(b)?.from ?? 0));
}

/** Checks that a rate set covers every age exactly once; German message or null. */
export function rateSetProblem(set: Pick<RateSet, 'values'>): string | null {
  const bands = [...new Set(set.values.map((v) => v.ageBand))].map((k) => ({ k, b: parseBandKey(k) }));
  const bad = bands.find((x) => x.b === null);
  if (bad) return `„${bad.k}“ ist keine Altersgruppe (z. B. „75-80“ oder „90+“).`;
  const sorted = bands.map((x) => x.b!).sort((a, b) => a.from - b.from);
  if (sorted.length === 0) return 'Die Quoten enthalten keine Altersgruppe.';
  if (sorted[0]!.from !== 0) return 'Die Altersgruppen müssen bei 0 Jahren beginnen.';
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i - 1]!.to !== sorted[i]!.from) return `Die Altersgruppen schließen nicht lückenlos an (${sorted[i - 1]!.to ?? '∞'} / ${sorted[i]!.from}).`;
  }
  if (sorted[sorted.length - 1]!.to !== null) return 'Die letzte Altersgruppe muss offen sein (z. B. „90+“).';
  const negative = set.values.find((v) => !(v.rate >= 0 && v.rate <= 1));
  if (negative) return `Die Quote ${negative.ageBand} (${negative.setting}) muss zwischen 0 und 100 % liegen.`;
  return null;
}

export type NeedBySetting = Record<Setting, number>;
export const emptyNeed = (): NeedBySetting => ({ pflegegeld: 0, ambulant: 0, vollstationaer: 0, teilstationaer: 0 });
/** People in need of care = Pflegegeld + ambulant + vollstationär (teilstationär is nachrichtlich, mostly also counted in the others). */
export const totalNeed = (n: NeedBySetting): number => n.pflegegeld + n.ambulant + n.vollstationaer;

/**
 * People in need of care from population per rate band (both sexes):
 * need[setting] = Σ_band population[band] × rate[band, setting] × factor[setting] × trend.
 */
export function careNeed(population: Record<string, number>, set: RateSet, trend = 1): NeedBySetting {
  const need = emptyNeed();
  for (const v of set.values) {
    if (v.sex !== 'insgesamt') continue;
    need[v.setting] += (population[v.ageBand] ?? 0) * v.rate * set.factors[v.setting] * trend;
  }
  return need;
}

type SexKey = 'maennlich' | 'weiblich';
interface RateTable {
  bands: Array<{ key: string; band: AgeBand }>;
  /** rate[sex][band index][setting index], sex-specific where the set has it, else 'insgesamt'. */
  rate: Record<SexKey, number[][]>;
  /** Population band key → index in `bands` (-1 = none), filled as keys are met. */
  bandIndex: Map<string, number>;
}
// The projection calls careNeedBySex for every Gemeinde and year with the same set.
const rateTables = new WeakMap<readonly RateValue[], RateTable>();

function rateTableOf(set: RateSet): RateTable {
  let table = rateTables.get(set.values);
  if (table) return table;
  const bands = rateBands(set).map((key) => ({ key, band: parseBandKey(key)! }));
  const lookup = new Map(set.values.map((v) => [`${v.ageBand}|${v.sex}|${v.setting}`, v.rate]));
  const forSex = (sex: SexKey) => bands.map((b) => SETTINGS.map((s) => lookup.get(`${b.key}|${sex}|${s}`) ?? lookup.get(`${b.key}|insgesamt|${s}`) ?? 0));
  table = { bands, rate: { maennlich: forSex('maennlich'), weiblich: forSex('weiblich') }, bandIndex: new Map() };
  rateTables.set(set.values, table);
  return table;
}

/** The rate band holding the population band `key` (-1 = none); parsed once per key and table. */
function bandIndexOf(table: RateTable, key: string): number {
  let i = table.bandIndex.get(key);
  if (i === undefined) {
    const band = parseBandKey(key);
    i = band ? table.bands.findIndex((t) => contains(t.band, band)) : -1;
    table.bandIndex.set(key, i);
  }
  return i;
}

/**
 * People in need of care from population by sex:
 * need[setting] = Σ_sex Σ_band population[sex][band] × rate[band, sex, setting] × factor[setting] × trend.
 * Population bands ("65-70", "90+", single years "83-84") may be finer than the rate bands and
 * are summed into them; a band that straddles a rate bound is refused (harmonise it first).
 * Where the set has no rate for a sex, its 'insgesamt' rate is used.
 */
export function careNeedBySex(pop: { maennlich: Record<string, number>; weiblich: Record<string, number> }, set: RateSet, trend = 1): NeedBySetting {
  const table = rateTableOf(set);
  const sums = SETTINGS.map(() => 0);
  for (const sex of ['maennlich', 'weiblich'] as const) {
    const rates = table.rate[sex];
    for (const key in pop[sex]) {
      const value = pop[sex][key]!;
      if (value === 0) continue;
      const i = bandIndexOf(table, key);
      if (i === -1) throw noRateBand(set, key);
      const r = rates[i]!;
      for (let k = 0; k < SETTINGS.length; k++) sums[k]! += value * r[k]!;
    }
  }
  return needOf(sums, set, trend);
}

/** A population band that fits in no band of the rates (straddles a bound). */
function noRateBand(set: RateSet, key: string): UserError {
  return new UserError(`Die Altersgruppe „${parseBandKey(key) ? bandLabel(key) : key}“ passt in keine Altersgruppe der Quoten „${set.name}“.`, 'bands');
}

/** The summed products per setting, with the set's calibration factors and the trend. */
function needOf(sums: readonly number[], set: RateSet, trend: number): NeedBySetting {
  const need = emptyNeed();
  SETTINGS.forEach((s, k) => (need[s] = sums[k]! * set.factors[s] * trend));
  return need;
}

/**
 * `careNeedBySex` for projections that hold each row's population by sex as numbers in the order
 * of `keys` (men from `menAt`, women from `womenAt` in `values`): the same products summed in the
 * same order, so the same figures, without two records per Gemeinde and year.
 */
export function careNeedByBands(set: RateSet, keys: readonly string[]): (values: Float64Array, menAt: number, womenAt: number, trend: number) => NeedBySetting {
  const table = rateTableOf(set);
  // The order in which careNeedBySex would visit a record built with these keys.
  const position = new Map(keys.map((k, j) => [k, j]));
  const order = Object.keys(Object.fromEntries(keys.map((k) => [k, 0]))).map((k) => ({ key: k, at: position.get(k)!, band: bandIndexOf(table, k) }));
  return (values, menAt, womenAt, trend) => {
    const sums = SETTINGS.map(() => 0);
    for (const [sex, from] of [['maennlich', menAt], ['weiblich', womenAt]] as const) {
      const rates = table.rate[sex];
      for (const { key, at, band } of order) {
        const value = values[from + at]!;
        if (value === 0) continue;
        if (band === -1) throw noRateBand(set, key);
        const r = rates[band]!;
        for (let k = 0; k < SETTINGS.length; k++) sums[k]! += value * r[k]!;
      }
    }
    return needOf(sums, set, trend);
  };
}

/** Whether a set carries rates of its own for men and women (else both use 'insgesamt'). */
export const hasRatesBySex = (set: Pick<RateSet, 'values'>): boolean => set.values.some((v) => v.sex !== 'insgesamt');

export interface Calibration {
  factors: CalibrationFactors;
  /** Settings with an observed figure that cannot give a factor (no rates for them, or observed 0): left at 1. */
  notCalibrated: Setting[];
}

/**
 * Indirect standardisation per setting: factor = observed ÷ expected, where expected is the
 * need of the uncalibrated rates with the district's own base-year population (computed the
 * same way the projection computes it). Calibrated rates reproduce every observed figure exactly.
 */
export function calibrationFactors(expected: NeedBySetting, observed: Partial<Record<Setting, number | null>>): Calibration {
  const factors: CalibrationFactors = { ...UNCALIBRATED };
  const notCalibrated: Setting[] = [];
  for (const s of SETTINGS) {
    const o = observed[s];
    if (o === undefined || o === null) continue;
    // A factor must stay positive (0 would erase the setting in every later year): an observed
    // 0, or a setting without rates, is left at 1 and reported.
    if (expected[s] > 0 && o > 0) factors[s] = o / expected[s];
    else if (o > 0 || expected[s] > 0) notCalibrated.push(s);
  }
  if (SETTINGS.every((s) => factors[s] === 1) && notCalibrated.length > 0) {
    throw new Error('Mit diesen Quoten ergeben sich keine Pflegebedürftigen; kalibrieren ist nicht möglich.');
  }
  return { factors, notCalibrated };
}

/**
 * Rates from observed counts: rate = cases ÷ population per band and setting (e.g. from the
 * Pflegestatistik and the population of the same Stichtag and region).
 */
export function ratesFromCounts(cases: Array<{ ageBand: string; setting: Setting; count: number }>, population: Record<string, number>): RateValue[] {
  return cases.map((c) => {
    const pop = population[c.ageBand];
    if (!pop || pop <= 0) throw new Error(`Für die Altersgruppe ${c.ageBand} fehlt die Bevölkerung.`);
    return { ageBand: c.ageBand, sex: 'insgesamt', setting: c.setting, rate: c.count / pop };
  });
}
