/** Planungsbereiche: named groups of Gemeinden, stored as tracked membership rows. */
import { randomUUID } from 'node:crypto';
import { UserError } from '../../shared/contract/errors';
import type { PlanningArea } from '../../shared/contract/schemas';
import type { Transaction } from 'kysely';
import type { ChangeWriter } from '../changes/writer';
import type { Database } from '../schema';
import type { PlanSession } from '../session';
import { softDeleteWithChildren } from '../changes/cascade';

export interface PlanningAreaValues {
  name: string;
  description: string;
  gemeindeIds: string[];
}

export async function listPlanningAreas(session: PlanSession): Promise<PlanningArea[]> {
  const areas = await session.db.selectFrom('planning_area').selectAll().where('deleted_at', 'is', null).orderBy('name').execute();
  const members = await session.db
    .selectFrom('planning_area_member')
    .innerJoin('gemeinde', 'gemeinde.id', 'planning_area_member.gemeinde_id')
    .select(['planning_area_member.planning_area_id', 'planning_area_member.gemeinde_id'])
    .where('planning_area_member.deleted_at', 'is', null)
    .where('gemeinde.deleted_at', 'is', null)
    .orderBy('gemeinde.ags')
    .execute();
  return areas.map((a) => ({
    id: a.id,
    name: a.name,
    description: a.description,
    gemeindeIds: members.filter((m) => m.planning_area_id === a.id).map((m) => m.gemeinde_id),
    updatedAt: a.updated_at,
  }));
}

async function getPlanningArea(session: PlanSession, id: string): Promise<PlanningArea> {
  const area = (await listPlanningAreas(session)).find((a) => a.id === id);
  if (!area) throw new UserError('Diesen Planungsbereich gibt es nicht (mehr).', 'not-found');
  return area;
}

async function validate(session: PlanSession, values: PlanningAreaValues, exceptId: string | null): Promise<void> {
  const sameName = await session.db
    .selectFrom('planning_area')
    .select('id')
    .where('name', '=', values.name)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (sameName && sameName.id !== exceptId) throw new UserError(`Einen Planungsbereich „${values.name}“ gibt es bereits.`, 'duplicate-name');
  if (values.gemeindeIds.length === 0) return;
  const known = await session.db.selectFrom('gemeinde').select('id').where('id', 'in', values.gemeindeIds).where('deleted_at', 'is', null).execute();
  if (known.length !== new Set(values.gemeindeIds).size) throw new UserError('Mindestens eine gewählte Gemeinde gibt es nicht (mehr).', 'unknown-gemeinde');
}

/** Adds and tombstones membership rows so the set equals `gemeindeIds`. */
async function syncMembers(w: ChangeWriter, trx: Transaction<Database>, areaId: string, gemeindeIds: string[]): Promise<void> {
  const current = await trx
    .selectFrom('planning_area_member')
    .select(['id', 'gemeinde_id'])
    .where('planning_area_id', '=', areaId)
    .where('deleted_at', 'is', null)
    .execute();
  const wanted = new Set(gemeindeIds);
  for (const m of current) if (!wanted.has(m.gemeinde_id)) await w.softDelete('planning_area_member', m.id);
  const have = new Set(current.map((m) => m.gemeinde_id));
  for (const gemeindeId of wanted) {
    if (!have.has(gemeindeId)) await w.insert('planning_area_member', { id: randomUUID(), planning_area_id: areaId, gemeinde_id: gemeindeId });
  }
}

export async function createPlanningArea(session: PlanSession, values: PlanningAreaValues): Promise<PlanningArea> {
  await validate(session, values, null);
  const id = randomUUID();
  await session.write(async (w, trx) => {
    await w.insert('planning_area', { id, name: values.name, description: values.description });
    await syncMembers(w, trx, id, values.gemeindeIds);
  });
  return getPlanningArea(session, id);
}

export async function updatePlanningArea(session: PlanSession, id: string, values: PlanningAreaValues): Promise<PlanningArea> {
  await getPlanningArea(session, id);
  await validate(session, values, id);
  await session.write(async (w, trx) => {
    await w.update('planning_area', id, { name: values.name, description: values.description });
    await syncMembers(w, trx, id, values.gemeindeIds);
  });
  return getPlanningArea(session, id);
}

export async function deletePlanningArea(session: PlanSession, id: string): Promise<void> {
  await getPlanningArea(session, id);
  // Its memberships are declared to cascade (shared/model/core.ts).
  await session.write((w, trx) => softDeleteWithChildren(w, trx, 'planning_area', id));
}
