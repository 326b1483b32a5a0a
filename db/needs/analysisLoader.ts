/** Gathers the inputs of the needs analysis from the planning file (shared/needs/analysis.ts computes). */
import { GERMANY_2015_BANDS } from '../../shared/needs/ageBands';
import { type AnalysisInputs, computeProjections, GERMANY_2015_REFERENCE_LABEL } from '../../shared/needs/analysis';

export type { AnalysisInputs };
import { formatDate } from '../../shared/format';
import type { PlanSession } from '../session';
import { getSettings, listRateSets, listRichtwerte, listScenarios, listStaffingRatios } from './repository';
import { loadCohortInputs } from './cohortLoader';
import { readOffers, readStaffPosts } from './stockAdapter';
import type { CachedAnalysis } from './analysisCache';

type Bands = Record<string, number>;

const known = (bands: string): Bands => {
  const out: Bands = {};
  for (const [k, v] of Object.entries(JSON.parse(bands) as Record<string, number | null>)) if (v !== null) out[k] = v;
  return out;
};

export async function loadAnalysisInputs(session: PlanSession, year: number | null): Promise<AnalysisInputs> {
  const db = session.db;
  const plan = await db.selectFrom('plan').select(['kreis_key', 'district_name']).where('deleted_at', 'is', null).executeTakeFirst();
  const gemeinden = await db.selectFrom('gemeinde').select(['id', 'ags', 'name', 'lat', 'lon']).where('deleted_at', 'is', null).orderBy('ags').execute();
  const areas = await db.selectFrom('planning_area').select(['id', 'name']).where('deleted_at', 'is', null).orderBy('name').execute();
  const members = await db.selectFrom('planning_area_member').select(['planning_area_id', 'gemeinde_id']).where('deleted_at', 'is', null).execute();
  const datasets = await db.selectFrom('population_dataset').selectAll().where('deleted_at', 'is', null).execute();
  const rows = await db
    .selectFrom('population_row')
    .select(['dataset_id', 'region_key', 'level', 'name', 'year', 'sex', 'bands'])
    .where('deleted_at', 'is', null)
    .execute();
  const kindOf = new Map(datasets.map((d) => [d.id, d]));
  const bestand = rows.filter((r) => kindOf.get(r.dataset_id)?.kind === 'bestand');
  const gemeindeRows = bestand.filter((r) => r.level === 'gemeinde');
  // A loop, not Math.max(...rows): spreading a national table's rows overflows the call stack.
  const baseYear = gemeindeRows.reduce<number | null>((max, r) => (max === null || r.year > max ? r.year : max), null);
  const agsSet = new Set(gemeinden.map((g) => g.ags));
  const use = (ags: string): boolean => agsSet.size === 0 || agsSet.has(ags);
  const base: Record<string, Bands> = {};
  const baseBySex = { maennlich: {} as Bands, weiblich: {} as Bands };
  const baseBySexOf: AnalysisInputs['baseBySexOf'] = {};
  const incomplete = new Set<string>();
  let baseDataset: string | null = null;
  for (const r of gemeindeRows) {
    if (r.year !== baseYear || !use(r.region_key)) continue;
    baseDataset = r.dataset_id;
    const b = known(r.bands);
    if (Object.values(JSON.parse(r.bands) as Record<string, number | null>).some((v) => v === null)) incomplete.add(r.region_key);
    if (r.sex !== 'insgesamt') (baseBySexOf[r.region_key] ??= { maennlich: {}, weiblich: {} })[r.sex] = b;
    if (r.sex === 'insgesamt') base[r.region_key] = b;
    else for (const [k, v] of Object.entries(b)) baseBySex[r.sex][k] = (baseBySex[r.sex][k] ?? 0) + v;
  }
  const d = baseDataset ? kindOf.get(baseDataset) : undefined;
  const baseSource = d
    ? `${d.table_code ? `GENESIS-Tabelle ${d.table_code}` : d.file_name}, Stichtag ${d.reference_date ? formatDate(d.reference_date) : baseYear}${d.stand ? `, Stand ${d.stand}` : ''}; ${d.licence ?? 'Quelle: Datei ' + d.file_name}`
    : 'keine';
  // Kreis distribution of the base year (or the nearest year) for splitting open bands.
  const kreisRows = bestand.filter((r) => r.level === 'kreis' && r.sex === 'insgesamt');
  let kreisReference: AnalysisInputs['kreisReference'] = null;
  if (kreisRows.length > 0 && baseYear !== null) {
    // The finest Kreis row (most age bands, i.e. 12411-03-03-4 rather than the Kreis row of the
    // Gemeinde table), then the one nearest to the base year.
    const width = (r: (typeof kreisRows)[number]) => Object.keys(JSON.parse(r.bands) as object).length;
    const nearest = kreisRows.reduce((a, b) => {
      const wa = width(a);
      const wb = width(b);
      if (wb !== wa) return wb > wa ? b : a;
      return Math.abs(b.year - baseYear) < Math.abs(a.year - baseYear) ? b : a;
    });
    const kd = kindOf.get(nearest.dataset_id)!;
    const sexRow = (sex: 'maennlich' | 'weiblich') => bestand.find((r) => r.level === 'kreis' && r.sex === sex && r.year === nearest.year && r.dataset_id === nearest.dataset_id);
    const m = sexRow('maennlich');
    const w = sexRow('weiblich');
    kreisReference = {
      bands: known(nearest.bands),
      ...(m && w ? { bySex: { maennlich: known(m.bands), weiblich: known(w.bands) } } : {}),
      label: `der Altersverteilung des Kreises ${nearest.region_key} am 31.12.${nearest.year} (${kd.table_code ? `Tabelle ${kd.table_code}` : kd.file_name})`,
    };
  }
  const projectionTables: AnalysisInputs['projectionTables'] = {};
  for (const r of rows) {
    const ds = kindOf.get(r.dataset_id);
    if (ds?.kind !== 'vorausberechnung' || r.level !== 'gemeinde' || r.sex !== 'insgesamt') continue;
    ((projectionTables[r.dataset_id] ??= {})[r.year] ??= {})[r.region_key] = known(r.bands);
  }
  const rateSets: AnalysisInputs['rateSets'] = {};
  for (const s of await listRateSets(session)) rateSets[s.id] = { name: s.name, source: s.source, values: s.values, factors: s.factors, rateYear: s.rateYear, calibrationYear: s.calibrationYear };
  const settings = await getSettings(session);
  const cohort =
    baseYear === null
      ? null
      : await loadCohortInputs(session, {
          kreisKey: plan?.kreis_key ?? '',
          kreisName: plan?.district_name ?? '',
          baseYear,
          gemeinden,
          baseRows: gemeindeRows.filter((r) => r.year === baseYear && use(r.region_key)),
          kreisRows: bestand.filter((r) => r.level === 'kreis').sort((a, b) => Object.keys(JSON.parse(b.bands) as object).length - Object.keys(JSON.parse(a.bands) as object).length),
          datasets,
          allRows: rows,
        });
  return {
    gemeinden,
    areas: areas.map((a) => ({ id: a.id, name: a.name, gemeindeIds: members.filter((m) => m.planning_area_id === a.id).map((m) => m.gemeinde_id) })),
    kreisKey: plan?.kreis_key ?? '',
    kreisName: plan?.district_name ?? '',
    baseYear,
    base,
    baseBySex,
    baseBySexOf,
    incomplete: gemeinden.filter((g) => incomplete.has(g.ags)).map((g) => ({ ags: g.ags, name: g.name })),
    baseSource,
    kreisReference,
    projectionTables,
    cohort,
    rateSets,
    scenarios: await listScenarios(session),
    richtwerte: await listRichtwerte(session),
    staffingRatios: await listStaffingRatios(session),
    offers: await readOffers(session),
    staffPosts: await readStaffPosts(session),
    settings,
    year,
  };
}

/** Reference distribution when no Kreis table is imported. */
export const GERMANY_REFERENCE = { bands: GERMANY_2015_BANDS, label: GERMANY_2015_REFERENCE_LABEL };

/** The costly part: the plan's inputs and every scenario's projection (analysisCache.ts keeps it). */
export async function loadPlanAnalysis(session: PlanSession): Promise<CachedAnalysis> {
  const inputs = await loadAnalysisInputs(session, null);
  return { inputs, projections: computeProjections(inputs) };
}
