/**
 * Population and care-need projection (status-quo method) per Gemeinde, year and scenario.
 * Pure: all inputs are passed in, nothing is read. Every result can explain itself.
 */
import { formatNumber, formatNumberUpTo } from '../format';
import { bandKey, bandLabel, contains, harmonise, parseBandKey } from './ageBands';
import { careNeedBySex, isCalibrated, type NeedBySetting, rateBands, type RateSet, SETTING_LABELS, SETTINGS, totalNeed } from './careRates';

export interface Explanation {
  inputs: string[];
  sources: string[];
  assumptions: string[];
  formula: string;
}

export type ScenarioMethod = 'konstant' | 'wachstum' | 'tabelle' | 'kohorte';

export interface ScenarioSpec {
  id: string;
  name: string;
  method: ScenarioMethod;
  /** Annual population change in percent per projection band key; '*' = every other band. */
  growth: Record<string, number>;
  /** Annual change of all care rates in percent (e.g. −0.5 = healthier ageing); 0 = constant rates. */
  rateTrend: number;
  /** Last year the trend applies (Destatis: rising rates until 2027, constant afterwards); null/absent = every year. */
  rateTrendUntil?: number | null;
}

/** Factor of the rate trend in `year`: (1 + trend)^(years since the base year, up to `until`). */
export function trendFactor(scenario: Pick<ScenarioSpec, 'rateTrend' | 'rateTrendUntil'>, baseYear: number, year: number): number {
  const last = scenario.rateTrendUntil ?? Infinity;
  return Math.pow(1 + scenario.rateTrend / 100, Math.max(0, Math.min(year, last) - baseYear));
}

/** Boundaries always kept in projections (60+, 65+, 80+ are needed by ratios). */
const STANDARD_BOUNDS = [0, 60, 65, 70, 75, 80, 85, 90];

/** Projection bands: union of the standard boundaries and those of the rate set; last band open. */
export function projectionBands(rateBandKeys: readonly string[]): string[] {
  const bounds = new Set(STANDARD_BOUNDS);
  for (const k of rateBandKeys) {
    const b = parseBandKey(k);
    if (b) {
      bounds.add(b.from);
      if (b.to !== null) bounds.add(b.to);
    }
  }
  const sorted = [...bounds].sort((a, b) => a - b);
  return sorted.map((from, i) => bandKey({ from, to: i + 1 < sorted.length ? sorted[i + 1]! : null }));
}

/** Sums projection bands into the (coarser) bands of a rate set. */
export function aggregateToBands(population: Record<string, number>, targetKeys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(targetKeys.map((k) => [k, 0]));
  const targets = targetKeys.map((k) => ({ k, b: parseBandKey(k)! }));
  for (const [key, v] of Object.entries(population)) {
    const b = parseBandKey(key);
    const t = b && targets.find((x) => contains(x.b, b));
    if (t) out[t.k]! += v;
  }
  return out;
}

export interface ProjectionInput {
  baseYear: number;
  endYear: number;
  /** Base-year population (both sexes) per Gemeinde AGS, in the source's bands. */
  base: Record<string, Record<string, number>>;
  /** Base-year population by sex per AGS (same bands): need is then computed with rates by sex. */
  baseBySex?: Record<string, { maennlich: Record<string, number>; weiblich: Record<string, number> }>;
  /** Reference distribution by sex for splitting the bands of `baseBySex`. */
  referenceBySex?: { maennlich: Record<string, number>; weiblich: Record<string, number> } | null;
  /** Imported projection (method 'tabelle'): year → AGS → bands. */
  table?: Record<number, Record<string, Record<string, number>>>;
  /** Reference distribution to split wide/open bands (Kreis table), with a label for the explanation. */
  reference: Record<string, number> | null;
  referenceLabel: string;
  rateSet: RateSet;
  scenario: ScenarioSpec;
}

export interface GemeindeYear {
  ags: string;
  year: number;
  /** Population per projection band. */
  population: Record<string, number>;
  need: NeedBySetting;
}

export interface ProjectionResult {
  scenarioId: string;
  bands: string[];
  years: number[];
  rows: GemeindeYear[];
  explanation: Explanation;
}

const growthOf = (s: ScenarioSpec, band: string): number => (s.method === 'wachstum' ? (s.growth[band] ?? s.growth['*'] ?? 0) : 0);

export function project(input: ProjectionInput): ProjectionResult {
  const { scenario, rateSet } = input;
  const rBands = rateBands(rateSet);
  const bands = projectionBands(rBands);
  const years = Array.from({ length: Math.max(0, input.endYear - input.baseYear) + 1 }, (_, i) => input.baseYear + i);
  const assumptions = new Set<string>();
  const rows: GemeindeYear[] = [];
  const tableYears = Object.keys(input.table ?? {}).map(Number).sort((a, b) => a - b);

  const harmonised = (bandsIn: Record<string, number>): Record<string, number> => {
    const h = harmonise(bandsIn, bands, input.reference, input.referenceLabel);
    h.assumptions.forEach((a) => assumptions.add(a));
    return h.values;
  };

  // Precomputed per projection band: yearly growth factor and the rate of each setting (every
  // projection band lies inside exactly one rate band), so the inner loop is plain arithmetic.
  const growth = bands.map((b) => 1 + growthOf(scenario, b) / 100);
  const settings = ['pflegegeld', 'ambulant', 'vollstationaer', 'teilstationaer'] as const;
  const rateOfBand = bands.map((b) => {
    const pb = parseBandKey(b)!;
    const rb = rBands.find((k) => contains(parseBandKey(k)!, pb));
    return settings.map((s) => rateSet.values.filter((v) => v.sex === 'insgesamt' && v.ageBand === rb && v.setting === s).reduce((a, v) => a + v.rate, 0) * rateSet.factors[s]);
  });
  const harmonisedSex = (sexBands: Record<string, number>, sex: 'maennlich' | 'weiblich'): Record<string, number> => {
    const h = harmonise(sexBands, bands, input.referenceBySex?.[sex] ?? input.reference, input.referenceLabel);
    h.assumptions.forEach((a) => assumptions.add(a));
    return h.values;
  };
  let bySexUsed = false;

  for (const [ags, raw] of Object.entries(input.base)) {
    const base = harmonised(raw);
    const baseValues = bands.map((b) => base[b]!);
    const sexRaw = input.baseBySex?.[ags];
    const sexBase = sexRaw ? { maennlich: harmonisedSex(sexRaw.maennlich, 'maennlich'), weiblich: harmonisedSex(sexRaw.weiblich, 'weiblich') } : null;
    if (sexBase) bySexUsed = true;
    const fromTable = new Map<number, Record<string, number>>();
    if (scenario.method === 'tabelle') {
      for (const y of tableYears) {
        const v = input.table![y]![ags];
        if (v) fromTable.set(y, harmonised(v));
      }
      fromTable.set(input.baseYear, base);
    }
    for (const year of years) {
      const t = year - input.baseYear;
      let population: Record<string, number>;
      if (scenario.method === 'tabelle') population = interpolate(fromTable, year, bands);
      else {
        population = {};
        for (let i = 0; i < bands.length; i++) population[bands[i]!] = baseValues[i]! * Math.pow(growth[i]!, t);
      }
      const trend = trendFactor(scenario, input.baseYear, year);
      if (sexBase) {
        // Each sex changes like the band as a whole (the projection is not by sex yet).
        const scaled = { maennlich: {} as Record<string, number>, weiblich: {} as Record<string, number> };
        for (let i = 0; i < bands.length; i++) {
          const b = bands[i]!;
          const m = sexBase.maennlich[b]!;
          const w = sexBase.weiblich[b]!;
          const p = population[b]!;
          const scale = m + w > 0 ? p / (m + w) : 0;
          scaled.maennlich[b] = m + w > 0 ? m * scale : p / 2;
          scaled.weiblich[b] = m + w > 0 ? w * scale : p / 2;
        }
        rows.push({ ags, year, population, need: careNeedBySex(scaled, rateSet, trend) });
        continue;
      }
      const need = { pflegegeld: 0, ambulant: 0, vollstationaer: 0, teilstationaer: 0 };
      for (let i = 0; i < bands.length; i++) {
        const p = population[bands[i]!]!;
        const r = rateOfBand[i]!;
        need.pflegegeld += p * r[0]! * trend;
        need.ambulant += p * r[1]! * trend;
        need.vollstationaer += p * r[2]! * trend;
        need.teilstationaer += p * r[3]! * trend;
      }
      rows.push({ ags, year, population, need });
    }
  }
  if (scenario.method === 'tabelle') assumptions.add('Jahre zwischen zwei Jahren der Vorausberechnung werden linear interpoliert; nach dem letzten Jahr bleibt die Bevölkerung gleich.');
  if (scenario.method === 'konstant') assumptions.add('Die Bevölkerung bleibt in jeder Altersgruppe auf dem Stand des Basisjahres (Status quo).');
  if (scenario.method === 'wachstum') {
    const parts = Object.entries(scenario.growth).map(([b, g]) => `${b === '*' ? 'übrige Altersgruppen' : bandLabel(b)}: ${formatPercent(g)} pro Jahr`);
    assumptions.add(`Jährliche Veränderung der Bevölkerung: ${parts.join('; ') || 'keine'}.`);
  }
  assumptions.add(
    scenario.rateTrend === 0
      ? 'Die Pflegequoten bleiben konstant.'
      : `Die Pflegequoten ändern sich um ${formatPercent(scenario.rateTrend)} pro Jahr${scenario.rateTrendUntil ? ` bis ${scenario.rateTrendUntil}, danach bleiben sie konstant` : ''}.`,
  );
  if (bySexUsed) assumptions.add('Pflegequoten nach Geschlecht: Männer und Frauen je Altersgruppe mit ihren eigenen Quoten (wo der Quotensatz keine hat, mit der Quote für beide); beide Geschlechter verändern sich je Altersgruppe wie die Altersgruppe insgesamt.');
  assumptions.add(calibrationAssumption(rateSet));

  return {
    scenarioId: scenario.id,
    bands,
    years,
    rows,
    explanation: {
      inputs: [`Bevölkerung ${input.baseYear} je Gemeinde und Altersgruppe`, `Quoten „${rateSet.name}“`, `Szenario „${scenario.name}“`],
      sources: [rateSet.source],
      assumptions: [...assumptions],
      formula:
        'Pflegebedürftige(Gemeinde, Jahr, Leistungsart) = Σ über Geschlecht und Altersgruppen Bevölkerung(Gemeinde, Jahr, Geschlecht, Altersgruppe) × Quote(Altersgruppe, Geschlecht, Leistungsart) × Kalibrierungsfaktor(Leistungsart) × (1 + Trend)^(Jahr − Basisjahr, höchstens bis zum Endjahr des Trends)',
    },
  };
}

/** German statement of the per-setting calibration factors of a rate set. */
export function calibrationAssumption(set: RateSet): string {
  if (!isCalibrated(set.factors)) return 'Die Quoten sind nicht auf den Kreis kalibriert (alle Faktoren 1).';
  const parts = SETTINGS.filter((s) => set.factors[s] !== 1).map((s) => `${SETTING_LABELS[s]} ${formatNumber(set.factors[s], 3)}`);
  return `Die Quoten sind je Leistungsart auf die Pflegestatistik des Kreises kalibriert, Faktoren: ${parts.join('; ')}.`;
}

function interpolate(known: Map<number, Record<string, number>>, year: number, bands: string[]): Record<string, number> {
  const ys = [...known.keys()].sort((a, b) => a - b);
  const exact = known.get(year);
  if (exact) return exact;
  const before = [...ys].reverse().find((y) => y < year);
  const after = ys.find((y) => y > year);
  if (before === undefined) return known.get(after!)!;
  if (after === undefined) return known.get(before)!;
  const w = (year - before) / (after - before);
  const a = known.get(before)!;
  const b = known.get(after)!;
  return Object.fromEntries(bands.map((k) => [k, a[k]! * (1 - w) + b[k]! * w]));
}

export const formatPercent = (p: number): string => `${p > 0 ? '+' : ''}${formatNumberUpTo(p, 2)} %`;

export interface AggregateRow {
  key: string;
  year: number;
  population: Record<string, number>;
  need: NeedBySetting;
}

/** Sums Gemeinde rows into groups (Kreis = one group of all, Planungsbereiche = their members). */
export function aggregate(rows: readonly GemeindeYear[], groupOf: (ags: string) => string[]): AggregateRow[] {
  // Groups by key, then year (no joined string per row: national plans have a million rows);
  // the result keeps the order in which groups are first met.
  const out: AggregateRow[] = [];
  const byKey = new Map<string, Map<number, AggregateRow>>();
  for (const r of rows) {
    for (const key of groupOf(r.ags)) {
      let byYear = byKey.get(key);
      if (!byYear) byKey.set(key, (byYear = new Map()));
      let a = byYear.get(r.year);
      if (!a) {
        a = { key, year: r.year, population: {}, need: { pflegegeld: 0, ambulant: 0, vollstationaer: 0, teilstationaer: 0 } };
        byYear.set(r.year, a);
        out.push(a);
      }
      const population = a.population;
      for (const b in r.population) population[b] = (population[b] ?? 0) + r.population[b]!;
      a.need.pflegegeld += r.need.pflegegeld;
      a.need.ambulant += r.need.ambulant;
      a.need.vollstationaer += r.need.vollstationaer;
      a.need.teilstationaer += r.need.teilstationaer;
    }
  }
  return out;
}

export { totalNeed };
