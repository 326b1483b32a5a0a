/**
 * Ratios (Richtwerte), capacity need and gaps; staffing ratios (Betreuungsschlüssel) with steps
 * over years; staff need by setting (field 6); reachability (field 8). Pure functions.
 */
import { formatNumber, formatNumberUpTo } from '../format';
import { sumFrom } from './ageBands';
import { type NeedBySetting, type Setting, SETTING_LABELS } from './careRates';
import type { Explanation } from './projection';

export type RichtwertBasis =
  /** places = projected cases of a setting × share ÷ occupancy rate */
  | { kind: 'faelle'; setting: Setting; share: number; occupancy: number }
  /** places = population aged ≥ minAge ÷ per × value (e.g. 20 places per 1,000 people 65+) */
  | { kind: 'einwohner'; minAge: number; per: number; value: number };

export interface Richtwert {
  id: string;
  offerType: string;
  label: string;
  basis: RichtwertBasis;
}

export function requiredPlaces(r: Richtwert, population: Record<string, number>, need: NeedBySetting): number {
  const b = r.basis;
  if (b.kind === 'faelle') return b.occupancy > 0 ? (need[b.setting] * b.share) / b.occupancy : 0;
  return b.per > 0 ? (sumFrom(population, b.minAge) / b.per) * b.value : 0;
}

export function richtwertFormula(r: Richtwert): string {
  const b = r.basis;
  const n = (x: number): string => formatNumberUpTo(x, 3);
  if (b.kind === 'faelle') {
    return `Bedarf ${r.label} = Pflegebedürftige (${SETTING_LABELS[b.setting]}) × ${n(b.share * 100)} % ÷ Auslastung ${n(b.occupancy * 100)} %; Lücke = Bedarf − Bestand`;
  }
  return `Bedarf ${r.label} = Einwohner ${b.minAge}+ ÷ ${n(b.per)} × ${n(b.value)}; Lücke = Bedarf − Bestand`;
}

export interface GapRow {
  key: string;
  year: number;
  required: number;
  stock: number;
  /** required − stock: positive = missing places, negative = surplus. */
  gap: number;
}

export function gaps(
  r: Richtwert,
  rows: ReadonlyArray<{ key: string; year: number; population: Record<string, number>; need: NeedBySetting }>,
  stockOf: (key: string) => number,
): GapRow[] {
  return rows.map((row) => {
    const required = requiredPlaces(r, row.population, row.need);
    const stock = stockOf(row.key);
    return { key: row.key, year: row.year, required, stock, gap: required - stock };
  });
}

/** Betreuungsschlüssel: people of the target group per VZÄ, changing from a year on. */
export interface StaffingRatio {
  id: string;
  label: string;
  minAge: number;
  steps: Array<{ fromYear: number; peoplePerVze: number }>;
}

export function ratioForYear(r: StaffingRatio, year: number): number | null {
  const steps = [...r.steps].sort((a, b) => a.fromYear - b.fromYear);
  // Years before the first step use the first step (the ratio in force when the plan starts).
  let current: number | null = steps[0]?.peoplePerVze ?? null;
  for (const s of steps) if (s.fromYear <= year) current = s.peoplePerVze;
  return current;
}

export interface StaffingRow {
  key: string;
  year: number;
  targetGroup: number;
  ratio: number | null;
  soll: number;
  ist: number;
  difference: number;
}

export function staffingSollIst(
  r: StaffingRatio,
  rows: ReadonlyArray<{ key: string; year: number; population: Record<string, number> }>,
  istOf: (key: string) => number,
): StaffingRow[] {
  return rows.map((row) => {
    const targetGroup = sumFrom(row.population, r.minAge);
    const ratio = ratioForYear(r, row.year);
    const soll = ratio && ratio > 0 ? targetGroup / ratio : 0;
    const ist = istOf(row.key);
    return { key: row.key, year: row.year, targetGroup, ratio, soll, ist, difference: soll - ist };
  });
}

/** Staff per case by setting and the share of Fachkräfte (field 6). */
export interface StaffPerCase {
  setting: Setting;
  vzePerCase: number;
  fachkraftShare: number;
}

export interface StaffGapRow {
  setting: Setting;
  cases: number;
  requiredFachkraft: number;
  requiredHilfskraft: number;
  currentFachkraft: number;
  currentHilfskraft: number;
  gapFachkraft: number;
  gapHilfskraft: number;
}

export function staffGap(need: NeedBySetting, perCase: readonly StaffPerCase[], current: Partial<Record<Setting, { fachkraft: number; hilfskraft: number }>>): StaffGapRow[] {
  return perCase.map((p) => {
    const cases = need[p.setting];
    const total = cases * p.vzePerCase;
    const requiredFachkraft = total * p.fachkraftShare;
    const requiredHilfskraft = total - requiredFachkraft;
    const cur = current[p.setting] ?? { fachkraft: 0, hilfskraft: 0 };
    return {
      setting: p.setting,
      cases,
      requiredFachkraft,
      requiredHilfskraft,
      currentFachkraft: cur.fachkraft,
      currentHilfskraft: cur.hilfskraft,
      gapFachkraft: requiredFachkraft - cur.fachkraft,
      gapHilfskraft: requiredHilfskraft - cur.hilfskraft,
    };
  });
}

/** Great-circle distance in km (haversine, mean Earth radius 6,371 km). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface ReachRow {
  ags: string;
  /** Road-distance estimate in km (straight line × detour factor); null when there is no offer. */
  distance: number | null;
  population80: number;
  beyond: boolean;
}

export function reachability(
  gemeinden: ReadonlyArray<{ ags: string; lat: number | null; lon: number | null; population80: number }>,
  offers: ReadonlyArray<{ lat: number | null; lon: number | null }>,
  detourFactor: number,
  thresholdKm: number,
): { rows: ReachRow[]; shareBeyond: number; explanation: Explanation } {
  const located = offers.filter((o): o is { lat: number; lon: number } => o.lat !== null && o.lon !== null);
  const rows = gemeinden.map((g) => {
    let distance: number | null = null;
    if (g.lat !== null && g.lon !== null && located.length > 0) {
      distance = Math.min(...located.map((o) => distanceKm({ lat: g.lat!, lon: g.lon! }, o))) * detourFactor;
    }
    return { ags: g.ags, distance, population80: g.population80, beyond: distance === null || distance > thresholdKm };
  });
  const total = rows.reduce((a, r) => a + r.population80, 0);
  const beyond = rows.filter((r) => r.beyond).reduce((a, r) => a + r.population80, 0);
  return {
    rows,
    shareBeyond: total > 0 ? beyond / total : 0,
    explanation: {
      inputs: ['Mittelpunkt jeder Gemeinde (Koordinaten)', 'Standorte der Angebote mit Koordinaten', 'Einwohner 80+ je Gemeinde'],
      sources: ['Bestandserfassung (Schritt 1)', 'Bevölkerungstabelle'],
      assumptions: [`Umwegfaktor ${formatNumber(detourFactor)} auf die Luftlinie`, `Schwelle ${formatNumber(thresholdKm)} km`, 'Gemeinden ohne Koordinaten oder ohne erreichbares Angebot gelten als jenseits der Schwelle.'],
      formula: 'Entfernung = min über Angebote (Luftlinie Gemeindemittelpunkt → Angebot) × Umwegfaktor; Anteil = Einwohner 80+ in Gemeinden mit Entfernung > Schwelle ÷ Einwohner 80+ insgesamt',
    },
  };
}
