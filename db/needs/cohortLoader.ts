/**
 * Builds the cohort-component model of the plan's Kreis for the analysis: the Gemeinden's base
 * population from the plan (by sex), the component tables imported into the plan, and official
 * Kreis projections as control totals. Without component tables the model runs on Germany's rates
 * of 2015 and says so (shared/demography/kreisModel.ts fallbackKreisModel).
 */
import type { Band } from '../../shared/demography/ages';
import type { ControlFigure, ControlTotals } from '../../shared/demography/cohort';
import type { BandCount } from '../../shared/demography/genesisCounts';
import { fallbackKreisModel, type GemeindeBands, type KreisModel, kreisModel, nationalSchedules, shippedNationalSchedules } from '../../shared/demography/kreisModel';
import { NATIONAL_2015 } from '../../shared/demography/national2015';
import { parseBandKey } from '../../shared/needs/ageBands';
import type { PlanSession } from '../session';
import { loadDemography } from './demography';

type Row = { dataset_id: string; region_key: string; level: 'gemeinde' | 'kreis'; name?: string; year: number; sex: 'insgesamt' | 'maennlich' | 'weiblich'; bands: string };

const parseBands = (json: string): Array<{ band: Band; value: number | null }> =>
  Object.entries(JSON.parse(json) as Record<string, number | null>)
    .map(([k, v]) => ({ band: parseBandKey(k), value: v }))
    .filter((x): x is { band: Band; value: number | null } => x.band !== null);

/** Joins the men's and women's rows of one region into BandCounts. */
function bandCounts(men: Row | undefined, women: Row | undefined, both: Row | undefined): BandCount[] {
  if (men && women) {
    const w = new Map(parseBands(women.bands).map((b) => [`${b.band.from}-${b.band.to}`, b.value]));
    return parseBands(men.bands).map((b) => ({ band: b.band, m: b.value, w: w.get(`${b.band.from}-${b.band.to}`) ?? null }));
  }
  // Only both sexes known: the split by sex is left to the Kreis's remainder (marked unknown).
  return both ? parseBands(both.bands).map((b) => ({ band: b.band, m: null, w: null })) : [];
}

export interface CohortInputs {
  model: KreisModel;
  sources: string[];
  controls: Record<string, { totals: ControlTotals; label: string }>;
}

export async function loadCohortInputs(
  session: PlanSession,
  input: {
    kreisKey: string;
    kreisName: string;
    baseYear: number;
    gemeinden: Array<{ ags: string; name: string }>;
    baseRows: Row[];
    /** Official Kreis rows (finest table first) for the split when no component tables exist. */
    kreisRows: Row[];
    datasets: Array<{ id: string; kind: string; name: string }>;
    allRows: Row[];
  },
): Promise<CohortInputs> {
  const byAgs = new Map<string, Row[]>();
  for (const r of input.baseRows) byAgs.set(r.region_key, [...(byAgs.get(r.region_key) ?? []), r]);
  const planGemeinden: GemeindeBands[] = input.gemeinden
    .filter((g) => byAgs.has(g.ags))
    .map((g) => {
      const rows = byAgs.get(g.ags)!;
      const sex = (s: Row['sex']) => rows.find((r) => r.sex === s);
      return { ags: g.ags, name: g.name, bands: bandCounts(sex('maennlich'), sex('weiblich'), sex('insgesamt')) };
    });
  const demography = await loadDemography(session, input.baseYear);
  let model: KreisModel | null = null;
  const sources: string[] = [];
  if (demography) {
    try {
      model = kreisModel(demography.tables, nationalSchedules(demography.tables), input.kreisKey, planGemeinden);
      sources.push(...demography.sources);
    } catch {
      model = null;
    }
  }
  if (!model) {
    // The Kreis table by sex (12411-03-03-4, 21 bands) where imported, else the sum of the Gemeinden.
    const kreisRows = input.kreisRows.filter((r) => r.year === input.baseYear);
    const men = kreisRows.find((r) => r.sex === 'maennlich');
    const women = kreisRows.find((r) => r.sex === 'weiblich');
    const kreisBands = men && women ? bandCounts(men, women, undefined) : sumBands(planGemeinden);
    model = fallbackKreisModel(input.kreisKey, input.kreisName, kreisBands, planGemeinden, shippedNationalSchedules());
    sources.push(NATIONAL_2015.source);
  }
  return { model, sources, controls: controlsOf(input.datasets, input.allRows, input.kreisKey) };
}

/** The Kreis's bands as the sum of its Gemeinden (unknown values counted as 0). */
function sumBands(gemeinden: readonly GemeindeBands[]): BandCount[] {
  const sums = new Map<string, BandCount>();
  for (const g of gemeinden) {
    for (const b of g.bands) {
      const key = `${b.band.from}-${b.band.to}`;
      const s = sums.get(key) ?? { band: b.band, m: 0, w: 0 };
      s.m = (s.m ?? 0) + (b.m ?? 0);
      s.w = (s.w ?? 0) + (b.w ?? 0);
      sums.set(key, s);
    }
  }
  return [...sums.values()];
}

/** Official projections of the Kreis (Vorausberechnung, level Kreis) as control totals per year. */
function controlsOf(datasets: Array<{ id: string; kind: string; name: string }>, rows: Row[], kreisKey: string): Record<string, { totals: ControlTotals; label: string }> {
  const out: Record<string, { totals: ControlTotals; label: string }> = {};
  for (const d of datasets) {
    if (d.kind !== 'vorausberechnung') continue;
    const own = rows.filter((r) => r.dataset_id === d.id && r.level === 'kreis' && (r.region_key === kreisKey || r.region_key.startsWith(kreisKey)));
    if (own.length === 0) continue;
    const totals: ControlTotals = new Map();
    for (const year of new Set(own.map((r) => r.year))) {
      const ofYear = own.filter((r) => r.year === year);
      const men = ofYear.find((r) => r.sex === 'maennlich');
      const women = ofYear.find((r) => r.sex === 'weiblich');
      const figures: ControlFigure[] = [];
      const add = (row: Row, sex: number | null) => {
        for (const b of parseBands(row.bands)) if (b.value !== null) figures.push({ band: b.band, sex, value: b.value });
      };
      if (men && women) {
        add(men, 0);
        add(women, 1);
      } else {
        const both = ofYear.find((r) => r.sex === 'insgesamt');
        if (both) add(both, null);
      }
      totals.set(year, figures);
    }
    out[d.id] = { totals, label: d.name };
  }
  return out;
}
