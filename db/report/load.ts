/**
 * Gathers everything the report reads from the plan (shared/report/data.ts): the needs
 * analysis through its own loader (the same result `needs.analysis` returns; packed, so a large
 * plan's analysis goes from its worker to the layout worker unread), measures and
 * participation through their repositories, and the step-1 registers straight from their
 * tables. The one place this feature reads other features' data.
 */
import type { ReportData, RegisterItem } from '../../shared/report/data';
import { mergeOfferTypes, type CapacityUnit } from '../../shared/stock/offerTypes';
import { optionLabel, registerDef, REGISTERS, type RegisterId } from '../../shared/stock/registers';
import { listPlanningAreas } from '../district/areas';
import { listEvents } from '../measures/participation';
import { listIndicators, listMeasures } from '../measures/measures';
import { listReports } from '../measures/monitoring';
import { listTaskRecords } from '../method/tasks';
import { formatDate } from '../../shared/format';
import { sortBandKeys } from '../../shared/needs/ageBands';
import type { Analysis } from '../../shared/contract/needsSchemas';
import { unpack, type Packed } from '../needs/packed';
import { analysisPacked } from '../needs/planAnalysis';
import { listStatements } from '../needs/repository';
import { readPlanMeta } from '../plan/meta';
import type { PlanSession } from '../session';
import { listChapterSettings } from './settings';

const kindLabel = (register: RegisterId, key: string, value: string | null): string => {
  if (!value) return '';
  const field = registerDef(register).fields.find((f) => f.key === key);
  return field ? optionLabel(field, value) : value;
};

/** The base-year Gemeinde rows by sex, as imported (the table of the analysis' base year). */
async function gemeindePyramids(session: PlanSession, baseYear: number | null): Promise<ReportData['gemeindePyramids']> {
  if (baseYear === null) return {};
  const rows = await session.db
    .selectFrom('population_row')
    .innerJoin('population_dataset', 'population_dataset.id', 'population_row.dataset_id')
    .select(['population_row.region_key', 'population_row.sex', 'population_row.bands'])
    .where('population_row.deleted_at', 'is', null)
    .where('population_dataset.deleted_at', 'is', null)
    .where('population_dataset.kind', '=', 'bestand')
    .where('population_row.level', '=', 'gemeinde')
    .where('population_row.year', '=', baseYear)
    .where('population_row.sex', '!=', 'insgesamt')
    .execute();
  const bySex = new Map<string, { maennlich?: Record<string, number | null>; weiblich?: Record<string, number | null> }>();
  for (const r of rows) {
    const entry = bySex.get(r.region_key) ?? {};
    entry[r.sex as 'maennlich' | 'weiblich'] = JSON.parse(r.bands) as Record<string, number | null>;
    bySex.set(r.region_key, entry);
  }
  const out: ReportData['gemeindePyramids'] = {};
  for (const [ags, { maennlich, weiblich }] of bySex) {
    if (!maennlich || !weiblich) continue;
    out[ags] = sortBandKeys(Object.keys(maennlich)).map((band) => ({ band, maennlich: maennlich[band] ?? 0, weiblich: weiblich[band] ?? 0 }));
  }
  return out;
}

const jsonList = (text: string | null): string[] => {
  if (!text) return [];
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
};

/**
 * Yields to the event loop: better-sqlite3 answers synchronously, so without these breaks the
 * whole read (and the needs analysis) would hold the host for its full length.
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The report's data with the needs analysis packed (see `analysisPacked`): what the host hands the layout worker. */
export type ReportParts = Omit<ReportData, 'analysis'> & { analysis: Packed<Analysis> };

/** The report's data, the analysis unpacked (the outline is built on the host). */
export async function loadReportData(session: PlanSession, today: string): Promise<ReportData> {
  const parts = await loadReportParts(session, today);
  return { ...parts, analysis: unpack(parts.analysis) };
}

export async function loadReportParts(session: PlanSession, today: string): Promise<ReportParts> {
  const db = session.db;
  const live = <T extends { deleted_at: string | null }>(rows: T[]) => rows.filter((r) => r.deleted_at === null);
  const gemeinden = live(await db.selectFrom('gemeinde').selectAll().orderBy('ags').execute());
  await breathe();
  const userTypes = live(await db.selectFrom('offer_type').selectAll().orderBy('label').execute());
  await breathe();
  const offers = live(await db.selectFrom('offer').selectAll().orderBy('name').execute());
  await breathe();
  const kuemmerer = live(await db.selectFrom('kuemmerer').selectAll().orderBy('created_at').execute());
  await breathe();
  const networks = live(await db.selectFrom('network').selectAll().orderBy('name').execute());
  await breathe();
  const initiatives = live(await db.selectFrom('initiative').selectAll().orderBy('name').execute());
  await breathe();
  const transport = live(await db.selectFrom('transport_offer').selectAll().orderBy('name').execute());
  await breathe();
  const staffPosts = live(await db.selectFrom('staff_post').selectAll().orderBy('title').execute());
  await breathe();
  const funding = live(await db.selectFrom('funding_programme').selectAll().orderBy('name').execute());
  await breathe();
  const documents = live(await db.selectFrom('planning_document').selectAll().orderBy('title').execute());
  await breathe();
  const imports = live(await db.selectFrom('import_record').selectAll().orderBy('created_at').execute());
  await breathe();
  const registerCounts: Record<string, number> = {};
  for (const r of REGISTERS) {
    const row = await db.selectFrom(r.table as 'offer').select((eb) => eb.fn.countAll<number>().as('n')).where('deleted_at', 'is', null).executeTakeFirst();
    registerCounts[r.id] = Number(row?.n ?? 0);
  }
  await breathe();
  const item = (x: RegisterItem) => x;
  const needs = await analysisPacked(session, null);
  await breathe();
  const measures = await listMeasures(session);
  await breathe();
  return {
    meta: await readPlanMeta(session),
    today,
    gemeinden: gemeinden.map((g) => ({ id: g.id, ags: g.ags, name: g.name, kind: g.kind, lat: g.lat, lon: g.lon, geometry: g.geometry ? (JSON.parse(g.geometry) as unknown) : null })),
    areas: (await listPlanningAreas(session)).map((a) => ({ id: a.id, name: a.name, gemeindeIds: a.gemeindeIds })),
    analysis: needs.analysis,
    gemeindePyramids: await gemeindePyramids(session, needs.baseYear),
    offerTypes: mergeOfferTypes(userTypes.map((t) => ({ id: t.id, label: t.label, capacityUnit: t.capacity_unit as CapacityUnit, color: t.color }))),
    offers: offers.map((o) => ({
      id: o.id,
      typeId: o.type_id,
      name: o.name,
      provider: o.provider ?? '',
      gemeindeId: o.gemeinde_id,
      lat: o.lat,
      lon: o.lon,
      capacity: o.capacity,
      staffFachkraftVze: o.staff_fachkraft_vze,
      staffHilfskraftVze: o.staff_hilfskraft_vze,
    })),
    // Names of Kümmerer are personal data: the report names the organisation or role instead.
    kuemmerer: kuemmerer.map((k) => item({ name: k.organisation || k.role || 'Kümmerer', kind: kindLabel('kuemmerer', 'engagement', k.engagement), gemeindeId: k.gemeinde_id, detail: [k.role, k.since ? `seit ${formatDate(k.since)}` : ''].filter(Boolean).join(', '), fieldIds: ['hf02'] })),
    networks: networks.map((n) => item({ name: n.name, kind: kindLabel('netzwerke', 'kind', n.kind), gemeindeId: null, detail: [n.rhythm, jsonList(n.topics).join(', ')].filter(Boolean).join('; '), fieldIds: ['hf03'] })),
    initiatives: initiatives.map((i) => item({ name: i.name, kind: kindLabel('ehrenamt', 'kind', i.kind), gemeindeId: i.gemeinde_id, detail: [i.provider, i.volunteers !== null ? `${i.volunteers} Ehrenamtliche` : ''].filter(Boolean).join(', '), fieldIds: ['hf09'] })),
    transport: transport.map((t) => item({ name: t.name, kind: kindLabel('mobilitaet', 'kind', t.kind), gemeindeId: null, detail: [t.operator, t.days, t.times].filter(Boolean).join(', '), fieldIds: ['hf08'] })),
    staffPosts: staffPosts.map((p) => ({ title: p.title, category: p.category, unit: p.unit ?? '', gemeindeId: p.gemeinde_id, vze: p.vze, permanent: p.permanent === 1 })),
    fundingProgrammes: funding.map((f) => ({ id: f.id, name: f.name, funder: f.funder ?? '', status: f.status })),
    planningDocuments: documents.map((d) => item({ name: d.title, kind: kindLabel('planungsgrundlagen', 'kind', d.kind), gemeindeId: null, detail: [d.publisher, d.year].filter(Boolean).join(', '), fieldIds: jsonList(d.fields) })),
    registerCounts,
    statements: (await listStatements(session, null)).map((s) => ({ fieldId: s.fieldId, title: s.title, description: s.description ?? '', gemeindeId: s.gemeindeId, priority: s.priority, source: s.source ?? '' })),
    tasks: (await listTaskRecords(session)).map((t) => ({ taskId: t.taskId, state: t.state, note: t.note })),
    measures,
    indicators: await listIndicators(session),
    events: await listEvents(session),
    monitoringReports: (await listReports(session)).map((r) => ({ title: r.title, takenOn: r.takenOn })),
    imports: imports.map((i) => ({ kind: i.kind, fileName: i.file_name, tableCode: i.table_code, referenceDate: i.reference_date, licence: i.licence })),
    chapterSettings: await listChapterSettings(session),
  };
}
