/** Measures (Maßnahmen) of step 3 with their links, preconditions, indicators and milestones. */
import type { FieldId } from '../../shared/catalog/fieldId';
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { UserError } from '../../shared/contract/errors';
import type {
  Indicator,
  IndicatorInput,
  LinkOptions,
  Measure,
  MeasureDetail,
  MeasureInput,
  Milestone,
  MilestoneInput,
  Precondition,
} from '../../shared/contract/measuresSchemas';
import { DEFAULT_PRECONDITIONS, type LinkKind } from '../../shared/measures/types';
import type { ChangeWriter } from '../changes/writer';
import type { Database } from '../schema';
import type { PlanSession } from '../session';
import { listActors, listFundingProgrammes, listNeedStatements } from './linkAdapter';
import type { MeasureTable, MilestoneTable } from './schema';
import { softDeleteWithChildren } from '../changes/cascade';

const toMilestone = (r: MilestoneTable): Milestone => ({
  id: r.id,
  measureId: r.measure_id,
  title: r.title,
  dueDate: r.due_date,
  responsible: r.responsible,
  status: r.status,
  doneOn: r.done_on,
  updatedAt: r.updated_at,
});

export async function linkOptions(session: PlanSession): Promise<LinkOptions> {
  const [actors, fundingProgrammes, needStatements] = await Promise.all([listActors(session), listFundingProgrammes(session), listNeedStatements(session)]);
  const gemeinden = await session.db.selectFrom('gemeinde').select(['id', 'name', 'kind']).where('deleted_at', 'is', null).orderBy('name').execute();
  const areas = await session.db.selectFrom('planning_area').select(['id', 'name']).where('deleted_at', 'is', null).orderBy('name').execute();
  const members = await session.db.selectFrom('planning_area_member').select(['planning_area_id', 'gemeinde_id']).where('deleted_at', 'is', null).execute();
  return {
    actors,
    fundingProgrammes,
    needStatements,
    // SQLite sorts bytes ("Ä" after "Z"); planners expect German collation.
    gemeinden: [...gemeinden].sort((a, b) => a.name.localeCompare(b.name, 'de')).map((g) => ({ id: g.id, label: g.kind === 'gemeindefrei' ? `${g.name} (gemeindefreies Gebiet)` : g.name })),
    planningAreas: areas.map((a) => ({ id: a.id, label: a.name, gemeindeIds: members.filter((m) => m.planning_area_id === a.id).map((m) => m.gemeinde_id) })),
  };
}

function joinLabel(parts: string[]): string {
  return parts.filter((p) => p.trim() !== '').join(', ');
}

/** All live measures (optionally of one field), ordered by field, start and title, with milestones. */
export async function listMeasures(session: PlanSession, fieldId?: FieldId): Promise<Measure[]> {
  let q = session.db.selectFrom('measure').selectAll().where('deleted_at', 'is', null);
  if (fieldId) q = q.where('field_id', '=', fieldId);
  const rows = await q.orderBy('field_id').orderBy('start_date').orderBy('title').execute();
  if (rows.length === 0) return [];
  const ids = new Set(rows.map((r) => r.id));
  const byMeasure = <T extends { measure_id: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) {
      if (!ids.has(item.measure_id)) continue;
      const arr = map.get(item.measure_id);
      if (arr) arr.push(item);
      else map.set(item.measure_id, [item]);
    }
    return map;
  };
  // Whole-table reads (filtered in memory) keep this to four queries for any plan size.
  const links = byMeasure(await session.db.selectFrom('measure_link').select(['measure_id', 'kind', 'target_id']).where('deleted_at', 'is', null).execute());
  const milestones = byMeasure(
    await session.db.selectFrom('milestone').selectAll().where('deleted_at', 'is', null).orderBy('due_date').orderBy('title').execute(),
  );
  const preconditions = byMeasure(await session.db.selectFrom('measure_precondition').select(['measure_id', 'done']).where('deleted_at', 'is', null).execute());
  const actorNames = new Map((await listActors(session)).map((a) => [a.id, a.label]));
  return rows.map((r) => toMeasure(r, links.get(r.id) ?? [], (milestones.get(r.id) ?? []).map(toMilestone), preconditions.get(r.id) ?? [], actorNames));
}

function toMeasure(
  r: MeasureTable,
  links: { kind: LinkKind; target_id: string }[],
  milestones: Milestone[],
  preconditions: { done: number }[],
  actorNames: Map<string, string>,
): Measure {
  const of = (kind: LinkKind) => links.filter((l) => l.kind === kind).map((l) => l.target_id);
  const partnerActorIds = of('partner_actor');
  const actorName = r.responsible_actor_id ? actorNames.get(r.responsible_actor_id) : undefined;
  return {
    id: r.id,
    fieldId: r.field_id as Measure['fieldId'],
    title: r.title,
    description: r.description,
    responsibleActorId: r.responsible_actor_id,
    responsibleText: r.responsible_text,
    responsibleLabel: joinLabel([actorName ?? '', r.responsible_text]),
    partners: r.partners,
    partnerActorIds,
    partnersLabel: joinLabel([...partnerActorIds.map((id) => actorNames.get(id) ?? ''), r.partners]),
    startDate: r.start_date,
    endDate: r.end_date,
    priority: r.priority,
    status: r.status,
    costOnce: r.cost_once,
    costYearly: r.cost_yearly,
    fundingProgrammeId: r.funding_programme_id,
    financingNote: r.financing_note,
    needIds: of('need_statement'),
    gemeindeIds: of('gemeinde'),
    planningAreaIds: of('planning_area'),
    milestones,
    preconditionsDone: preconditions.filter((p) => p.done === 1).length,
    preconditionsTotal: preconditions.length,
    updatedAt: r.updated_at,
  };
}

async function requireMeasureRow(session: PlanSession, id: string): Promise<MeasureTable> {
  const row = await session.db.selectFrom('measure').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new UserError('Diese Maßnahme gibt es nicht (mehr).', 'not-found');
  return row;
}

export async function getMeasure(session: PlanSession, id: string): Promise<MeasureDetail> {
  await requireMeasureRow(session, id);
  const measure = (await listMeasures(session)).find((m) => m.id === id)!;
  const preconditions = await session.db
    .selectFrom('measure_precondition')
    .selectAll()
    .where('measure_id', '=', id)
    .where('deleted_at', 'is', null)
    .orderBy('sort')
    .orderBy('created_at')
    .execute();
  return { measure, preconditions: preconditions.map(toPrecondition), indicators: await listIndicators(session, id) };
}

const toPrecondition = (p: Database['measure_precondition']): Precondition => ({
  id: p.id,
  measureId: p.measure_id,
  kind: p.kind,
  label: p.label,
  done: p.done === 1,
  note: p.note,
});

/** Checks that linked Gemeinden and Planungsbereiche exist (other features' ids are kept as given). */
async function validateLinks(session: PlanSession, values: MeasureInput): Promise<void> {
  const gemeinden = [...new Set(values.gemeindeIds)];
  if (gemeinden.length > 0) {
    const known = await session.db.selectFrom('gemeinde').select('id').where('id', 'in', gemeinden).where('deleted_at', 'is', null).execute();
    if (known.length !== gemeinden.length) throw new UserError('Mindestens eine gewählte Gemeinde gibt es nicht (mehr).', 'unknown-gemeinde');
  }
  const areas = [...new Set(values.planningAreaIds)];
  if (areas.length > 0) {
    const known = await session.db.selectFrom('planning_area').select('id').where('id', 'in', areas).where('deleted_at', 'is', null).execute();
    if (known.length !== areas.length) throw new UserError('Mindestens ein gewählter Planungsbereich existiert nicht (mehr).', 'unknown-area');
  }
}

function measureColumns(values: MeasureInput) {
  return {
    field_id: values.fieldId,
    title: values.title,
    description: values.description,
    responsible_actor_id: values.responsibleActorId,
    responsible_text: values.responsibleText,
    partners: values.partners,
    start_date: values.startDate,
    end_date: values.endDate,
    priority: values.priority,
    status: values.status,
    cost_once: values.costOnce,
    cost_yearly: values.costYearly,
    funding_programme_id: values.fundingProgrammeId,
    financing_note: values.financingNote,
  };
}

/** Adds and tombstones link rows so the live set of `kind` equals `targetIds`. */
async function syncLinks(w: ChangeWriter, trx: Transaction<Database>, measureId: string, kind: LinkKind, targetIds: string[]): Promise<void> {
  const current = await trx
    .selectFrom('measure_link')
    .select(['id', 'target_id'])
    .where('measure_id', '=', measureId)
    .where('kind', '=', kind)
    .where('deleted_at', 'is', null)
    .execute();
  const wanted = new Set(targetIds);
  for (const l of current) if (!wanted.has(l.target_id)) await w.softDelete('measure_link', l.id);
  const have = new Set(current.map((l) => l.target_id));
  for (const target of wanted) if (!have.has(target)) await w.insert('measure_link', { id: randomUUID(), measure_id: measureId, kind, target_id: target });
}

async function syncAllLinks(w: ChangeWriter, trx: Transaction<Database>, id: string, values: MeasureInput): Promise<void> {
  await syncLinks(w, trx, id, 'need_statement', values.needIds);
  await syncLinks(w, trx, id, 'gemeinde', values.gemeindeIds);
  await syncLinks(w, trx, id, 'planning_area', values.planningAreaIds);
  await syncLinks(w, trx, id, 'partner_actor', values.partnerActorIds);
}

/** Inserts one measure with the default step-3 preconditions; for use inside an open write. */
export async function insertMeasure(w: ChangeWriter, trx: Transaction<Database>, values: MeasureInput, id: string = randomUUID()): Promise<string> {
  await w.insert('measure', { id, ...measureColumns(values) });
  await syncAllLinks(w, trx, id, values);
  let sort = 0;
  for (const p of DEFAULT_PRECONDITIONS) {
    await w.insert('measure_precondition', { id: randomUUID(), measure_id: id, kind: p.kind, label: p.label, done: 0, note: '', sort: sort++ });
  }
  return id;
}

export async function createMeasure(session: PlanSession, values: MeasureInput): Promise<MeasureDetail> {
  await validateLinks(session, values);
  const id = randomUUID();
  await session.write((w, trx) => insertMeasure(w, trx, values, id));
  return getMeasure(session, id);
}

export async function updateMeasure(session: PlanSession, id: string, values: MeasureInput): Promise<MeasureDetail> {
  await requireMeasureRow(session, id);
  await validateLinks(session, values);
  await session.write(async (w, trx) => {
    await w.update('measure', id, measureColumns(values));
    await syncAllLinks(w, trx, id, values);
  });
  return getMeasure(session, id);
}

/**
 * Tombstones the measure in one transaction with everything declared to cascade from it
 * (milestones, links, gap links, preconditions, indicators with their values).
 */
export async function deleteMeasure(session: PlanSession, id: string): Promise<void> {
  await requireMeasureRow(session, id);
  await session.write((w, trx) => softDeleteWithChildren(w, trx, 'measure', id));
}

// ---- milestones ----

async function requireMilestone(session: PlanSession, id: string): Promise<MilestoneTable> {
  const row = await session.db.selectFrom('milestone').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new UserError('Diesen Meilenstein gibt es nicht (mehr).', 'not-found');
  return row;
}

function milestoneColumns(values: MilestoneInput) {
  return { title: values.title, due_date: values.dueDate, responsible: values.responsible, status: values.status, done_on: values.doneOn };
}

export async function createMilestone(session: PlanSession, measureId: string, values: MilestoneInput): Promise<Milestone> {
  await requireMeasureRow(session, measureId);
  const id = randomUUID();
  await session.write((w) => w.insert('milestone', { id, measure_id: measureId, ...milestoneColumns(values) }));
  return toMilestone(await requireMilestone(session, id));
}

export async function updateMilestone(session: PlanSession, id: string, values: MilestoneInput): Promise<Milestone> {
  await requireMilestone(session, id);
  await session.write((w) => w.update('milestone', id, milestoneColumns(values)));
  return toMilestone(await requireMilestone(session, id));
}

export async function deleteMilestone(session: PlanSession, id: string): Promise<void> {
  await requireMilestone(session, id);
  await session.write((w) => w.softDelete('milestone', id));
}

// ---- preconditions ----

async function requirePrecondition(session: PlanSession, id: string) {
  const row = await session.db.selectFrom('measure_precondition').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new UserError('Diese Voraussetzung gibt es nicht (mehr).', 'not-found');
  return row;
}

export async function addPrecondition(session: PlanSession, measureId: string, values: { label: string; done: boolean; note: string }): Promise<Precondition> {
  await requireMeasureRow(session, measureId);
  const id = randomUUID();
  await session.write(async (w, trx) => {
    const last = await trx.selectFrom('measure_precondition').select(({ fn }) => fn.max('sort').as('max')).where('measure_id', '=', measureId).executeTakeFirst();
    await w.insert('measure_precondition', { id, measure_id: measureId, kind: 'custom', label: values.label, done: values.done ? 1 : 0, note: values.note, sort: (last?.max ?? -1) + 1 });
  });
  return toPrecondition(await requirePrecondition(session, id));
}

export async function updatePrecondition(session: PlanSession, id: string, values: { label: string; done: boolean; note: string }): Promise<Precondition> {
  await requirePrecondition(session, id);
  await session.write((w) => w.update('measure_precondition', id, { label: values.label, done: values.done ? 1 : 0, note: values.note }));
  return toPrecondition(await requirePrecondition(session, id));
}

export async function deletePrecondition(session: PlanSession, id: string): Promise<void> {
  await requirePrecondition(session, id);
  await session.write((w) => w.softDelete('measure_precondition', id));
}

// ---- indicators ----

export async function listIndicators(session: PlanSession, measureId?: string): Promise<Indicator[]> {
  let q = session.db.selectFrom('measure_indicator').selectAll().where('deleted_at', 'is', null);
  if (measureId) q = q.where('measure_id', '=', measureId);
  const indicators = await q.orderBy('created_at').execute();
  if (indicators.length === 0) return [];
  const values = await session.db
    .selectFrom('measure_indicator_value')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where(
      'indicator_id',
      'in',
      indicators.map((i) => i.id),
    )
    .orderBy('measured_on')
    .execute();
  return indicators.map((i) => ({
    id: i.id,
    measureId: i.measure_id,
    name: i.name,
    unit: i.unit,
    baseline: i.baseline,
    targetValue: i.target_value,
    targetDate: i.target_date,
    values: values.filter((v) => v.indicator_id === i.id).map((v) => ({ id: v.id, measuredOn: v.measured_on, value: v.value, note: v.note })),
  }));
}

async function requireIndicator(session: PlanSession, id: string) {
  const row = await session.db.selectFrom('measure_indicator').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new UserError('Diesen Indikator gibt es nicht (mehr).', 'not-found');
  return row;
}

const indicatorColumns = (v: IndicatorInput) => ({ name: v.name, unit: v.unit, baseline: v.baseline, target_value: v.targetValue, target_date: v.targetDate });

async function indicatorById(session: PlanSession, id: string): Promise<Indicator> {
  const row = await requireIndicator(session, id);
  return (await listIndicators(session, row.measure_id)).find((i) => i.id === id)!;
}

export async function createIndicator(session: PlanSession, measureId: string, values: IndicatorInput): Promise<Indicator> {
  await requireMeasureRow(session, measureId);
  const id = randomUUID();
  await session.write((w) => w.insert('measure_indicator', { id, measure_id: measureId, ...indicatorColumns(values) }));
  return indicatorById(session, id);
}

export async function updateIndicator(session: PlanSession, id: string, values: IndicatorInput): Promise<Indicator> {
  await requireIndicator(session, id);
  await session.write((w) => w.update('measure_indicator', id, indicatorColumns(values)));
  return indicatorById(session, id);
}

export async function deleteIndicator(session: PlanSession, id: string): Promise<void> {
  await requireIndicator(session, id);
  await session.write((w, trx) => softDeleteWithChildren(w, trx, 'measure_indicator', id));
}

export async function addIndicatorValue(session: PlanSession, indicatorId: string, values: { measuredOn: string; value: number; note: string }): Promise<Indicator> {
  await requireIndicator(session, indicatorId);
  await session.write((w) =>
    w.insert('measure_indicator_value', { id: randomUUID(), indicator_id: indicatorId, measured_on: values.measuredOn, value: values.value, note: values.note }),
  );
  return indicatorById(session, indicatorId);
}

export async function deleteIndicatorValue(session: PlanSession, id: string): Promise<Indicator> {
  const row = await session.db.selectFrom('measure_indicator_value').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new UserError('Diesen Messwert gibt es nicht (mehr).', 'not-found');
  await session.write((w) => w.softDelete('measure_indicator_value', id));
  return indicatorById(session, row.indicator_id);
}
