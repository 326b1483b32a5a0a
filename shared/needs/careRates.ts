/**
 * Pflegequoten: share of an age band (optionally by sex) in need of care, per care setting.
 * Pure functions; rates are fractions (0.0492), not percent.
 */
import { harmonise, parseBandKey } from './ageBands';

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

export interface RateSet {
  name: string;
  source: string;
  values: RateValue[];
  /** Multiplies every rate (indirect standardisation); 1 = uncalibrated. */
  factor: number;
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
 * need[setting] = Σ_band population[band] × rate[band, setting] × factor × trend.
 */
export function careNeed(population: Record<string, number>, set: RateSet, trend = 1): NeedBySetting {
  const need = emptyNeed();
  for (const v of set.values) {
    if (v.sex !== 'insgesamt') continue;
    need[v.setting] += (population[v.ageBand] ?? 0) * v.rate * set.factor * trend;
  }
  return need;
}

/** Expected cases of a district with the uncalibrated rates (for indirect standardisation). */
export function expectedTotal(population: Record<string, number>, set: RateSet): number {
  return totalNeed(careNeed(population, { ...set, factor: 1 }));
}

/**
 * Indirect standardisation: factor = observed cases ÷ expected cases (rates × the district's own
 * population). Calibrated rates reproduce the observed total exactly.
 */
export function calibrationFactor(population: Record<string, number>, set: RateSet, observed: number): number {
  const expected = expectedTotal(population, set);
  if (!(expected > 0)) throw new Error('Mit diesen Quoten ergeben sich keine Pflegebedürftigen; kalibrieren ist nicht möglich.');
  return observed / expected;
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

/** Population in the bands of a rate set, splitting open/wide bands by a reference distribution. */
export function populationForRates(population: Record<string, number>, set: RateSet, reference: Record<string, number> | null, referenceLabel: string) {
  return harmonise(population, rateBands(set), reference, referenceLabel);
}
