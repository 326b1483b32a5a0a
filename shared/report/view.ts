/**
 * Read-only views on the report data that several chapters share: the scenario and years the
 * report shows, population sums by age, need totals, names. Numbers come from the needs
 * analysis as it is; nothing here recomputes a projection.
 */
import type { Analysis } from '../contract/needsSchemas';
import { formatDate, formatNumber } from '../format';
import { parseBandKey } from '../needs/ageBands';
import type { ReportData } from './data';
import type { Explanation } from './model';

export type ScenarioResult = Analysis['scenarios'][number];
export type RegionYear = ScenarioResult['rows'][number];
export type Need = RegionYear['need'];

export const KREIS = 'kreis';
export const areaKey = (id: string): string => `bereich:${id}`;

/** Whole numbers as Germans print them ("12.345"). */
export const int = (n: number | null | undefined): string => formatNumber(n === null || n === undefined ? n : Math.round(n), 0);
export const dec = (n: number | null | undefined, digits = 1): string => formatNumber(n, digits);
export const pct = (share: number | null | undefined, digits = 1): string => (share === null || share === undefined || !Number.isFinite(share) ? '–' : `${formatNumber(share * 100, digits)}\u00a0%`);
export const signed = (n: number): string => (Math.round(n) > 0 ? `+${int(n)}` : int(n));
export const eur = (n: number | null): string => (n === null ? '–' : `${formatNumber(n, 0)}\u00a0€`);

/** People in need of care: Pflegegeld + ambulant + vollstationär (teilstationär is counted within them, "nachrichtlich"). */
export const totalNeed = (n: Need): number => n.pflegegeld + n.ambulant + n.vollstationaer;

export const totalPopulation = (pop: Record<string, number>): number => Object.values(pop).reduce((a, b) => a + b, 0);

/** Population from `minAge` on, over the analysis' age bands (bands start at 60, 65, 75, 80 …). */
export function populationFrom(pop: Record<string, number>, minAge: number): number {
  let sum = 0;
  for (const [k, v] of Object.entries(pop)) {
    const b = parseBandKey(k);
    if (b && b.from >= minAge) sum += v;
  }
  return sum;
}

export interface ReportView {
  data: ReportData;
  analysis: Analysis;
  ready: boolean;
  scenario: ScenarioResult | null;
  baseYear: number | null;
  /** The year the report looks ahead to: end of the planning period if projected, else the last year. */
  targetYear: number | null;
  /** Base year, then every five years, the target year and the last year (table columns). */
  milestoneYears: number[];
  row(key: string, year: number, scenario?: ScenarioResult | null): RegionYear | undefined;
  gemeindeName(id: string | null): string;
  areaOfGemeinde(id: string): string;
  offerTypeLabel(id: string): string;
  stand: string;
  stockSource: string;
  measuresSource: string;
  /** Where the Gemeinde boundaries on the maps come from (the boundary import of the plan). */
  geometrySource: string;
}

/**
 * The scenario the report's chapters speak of (all scenarios are compared in Prognose): the
 * first one in which the population changes at all, since a Kreistag report that holds the
 * population constant says little about the future; else simply the first.
 */
export function mainScenario(a: Analysis): ScenarioResult | null {
  if (!a.ready || a.scenarios.length === 0 || a.years.length === 0) return null;
  const first = a.years[0]!;
  const last = a.years.at(-1)!;
  const total = (s: ScenarioResult, year: number) => totalPopulation(s.rows.find((r) => r.key === KREIS && r.year === year)?.population ?? {});
  return a.scenarios.find((s) => Math.abs(total(s, last) - total(s, first)) >= 1) ?? a.scenarios[0]!;
}

export function makeView(data: ReportData): ReportView {
  const a = data.analysis;
  const scenario = mainScenario(a);
  const baseYear = a.baseYear;
  const years = a.years;
  const periodEnd = data.meta.periodTo;
  const targetYear = years.length === 0 ? null : periodEnd !== null && years.includes(periodEnd) ? periodEnd : years.at(-1)!;
  const milestoneYears = years.filter((y, i) => i === 0 || (baseYear !== null && (y - baseYear) % 5 === 0) || y === targetYear || i === years.length - 1);
  const index = new Map<string, Map<string, RegionYear>>();
  const row = (key: string, year: number, sc: ScenarioResult | null = scenario) => {
    if (!sc) return undefined;
    let m = index.get(sc.id);
    if (!m) {
      m = new Map(sc.rows.map((r) => [`${r.key}|${r.year}`, r]));
      index.set(sc.id, m);
    }
    return m.get(`${key}|${year}`);
  };
  const gemeinden = new Map(data.gemeinden.map((g) => [g.id, g]));
  const areaByGemeinde = new Map<string, string>();
  for (const area of data.areas) for (const gid of area.gemeindeIds) areaByGemeinde.set(gid, area.name);
  const typeLabels = new Map(data.offerTypes.map((t) => [t.id, t.label]));
  const stand = formatDate(data.today);
  return {
    data,
    analysis: a,
    ready: a.ready && scenario !== null,
    scenario,
    baseYear,
    targetYear,
    milestoneYears,
    row,
    gemeindeName: (id) => (id ? (gemeinden.get(id)?.name ?? '–') : 'ohne Gemeinde'),
    areaOfGemeinde: (id) => areaByGemeinde.get(id) ?? '–',
    offerTypeLabel: (id) => typeLabels.get(id) ?? id,
    stand,
    stockSource: `Bestandserhebung des Plans (Schritt 1), Stand ${stand}`,
    measuresSource: `Maßnahmenplanung des Plans (Schritt 3), Stand ${stand}`,
    geometrySource: geometrySource(data),
  };
}

/**
 * A source line from an analysis explanation: its sources, deduplicated, with German dates and
 * the licence as its short name (the full attribution is in the Anhang).
 */
export const sourcesOf = (e: Explanation): string => [...new Set(e.sources.map(shortSource))].join('; ');

export function shortSource(source: string): string {
  return source
    .replace(/\.?\s*Dieses Werk ist lizen[sz]iert unter der Datenlizenz Deutschland\s*[-–]\s*Namensnennung\s*[-–]\s*Version 2\.0\.?/g, ', dl-de/by-2-0')
    .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_m, y: string, mo: string, d: string) => `${d}.${mo}.${y}`);
}

/** The explanation of the population figures with the scenario's assumptions. */
export function populationExplanation(v: ReportView): Explanation {
  const s = v.scenario?.explanation;
  return {
    inputs: [...v.analysis.populationSource.inputs, ...(s ? s.inputs : [])],
    sources: [...new Set([...v.analysis.populationSource.sources, ...(s ? s.sources : [])])],
    assumptions: [...v.analysis.populationSource.assumptions, ...(s ? s.assumptions : [])],
    formula: s ? `${v.analysis.populationSource.formula} Vorausberechnung: ${s.formula}` : v.analysis.populationSource.formula,
  };
}

function geometrySource(data: ReportData): string {
  const geo = data.imports.find((i) => /geojson/i.test(i.fileName));
  if (!geo) return 'Gemeindegrenzen: Angaben des Plans';
  const vg250 = /vg250/i.test(geo.fileName) ? ' (VG250), © GeoBasis-DE / BKG (Daten verändert), dl-de/by-2-0' : geo.licence ? `, ${geo.licence}` : '';
  return `Gemeindegrenzen: ${geo.fileName}${vg250}`;
}
