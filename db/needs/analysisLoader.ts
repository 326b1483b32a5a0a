/** Gathers the inputs of the needs analysis from the planning file (shared/needs/analysis.ts computes). */
import type { Analysis } from '../../shared/contract/needsSchemas';
import { type AnalysisInputs, computeAnalysis } from '../../shared/needs/analysis';
import type { RateSet } from '../../shared/needs/careRates';
import { formatDate } from '../../shared/format';
import type { PlanSession } from '../session';
import { getMainScenario, getSettings, listRateSets, listRichtwerte, listScenarios, listStaffingRatios } from './repository';
import { readOffers, readStaffPosts } from './stockAdapter';

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
    .select(['dataset_id', 'region_key', 'level', 'year', 'sex', 'bands'])
    .where('deleted_at', 'is', null)
    .execute();
  const kindOf = new Map(datasets.map((d) => [d.id, d]));
  const bestand = rows.filter((r) => kindOf.get(r.dataset_id)?.kind === 'bestand');
  const gemeindeRows = bestand.filter((r) => r.level === 'gemeinde');
  const baseYear = gemeindeRows.length > 0 ? Math.max(...gemeindeRows.map((r) => r.year)) : null;
  const agsSet = new Set(gemeinden.map((g) => g.ags));
  const use = (ags: string): boolean => agsSet.size === 0 || agsSet.has(ags);
  const base: Record<string, Bands> = {};
  const baseBySex = { maennlich: {} as Bands, weiblich: {} as Bands };
  let baseDataset: string | null = null;
  for (const r of gemeindeRows) {
    if (r.year !== baseYear || !use(r.region_key)) continue;
    baseDataset = r.dataset_id;
    const b = known(r.bands);
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
  const rateSets: Record<string, RateSet> = {};
  for (const s of await listRateSets(session)) rateSets[s.id] = { name: s.name, source: s.source, values: s.values, factor: s.factor };
  const settings = await getSettings(session);
  return {
    gemeinden,
    areas: areas.map((a) => ({ id: a.id, name: a.name, gemeindeIds: members.filter((m) => m.planning_area_id === a.id).map((m) => m.gemeinde_id) })),
    kreisKey: plan?.kreis_key ?? '',
    kreisName: plan?.district_name ?? '',
    baseYear,
    base,
    baseBySex,
    baseSource,
    kreisReference,
    projectionTables,
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

/** `scenarioId` = the scenario of staffing and staff gap; null = the plan's Hauptszenario. */
export async function analysis(session: PlanSession, year: number | null, scenarioId: string | null = null): Promise<Analysis> {
  const inputs = await loadAnalysisInputs(session, year);
  return computeAnalysis({ ...inputs, scenarioId: scenarioId ?? (await getMainScenario(session)) });
}
