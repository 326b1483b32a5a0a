/** Plan metadata (Planstammdaten): the single live row of `plan`. */
import type { PlanMeta, PlanMetaInput } from '../../shared/contract/schemas';
import type { PlanSession } from '../session';

export async function readPlanMeta(session: PlanSession): Promise<PlanMeta> {
  const row = await session.db.selectFrom('plan').selectAll().where('deleted_at', 'is', null).orderBy('created_at').executeTakeFirstOrThrow();
  return {
    id: row.id,
    title: row.title,
    districtName: row.district_name,
    kreisKey: row.kreis_key,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    organisation: row.organisation,
    author: row.author,
    updatedAt: row.updated_at,
  };
}

export async function updatePlanMeta(session: PlanSession, input: PlanMetaInput): Promise<PlanMeta> {
  const current = await readPlanMeta(session);
  await session.write((w) =>
    w.update('plan', current.id, {
      title: input.title,
      district_name: input.districtName,
      kreis_key: input.kreisKey,
      period_from: input.periodFrom,
      period_to: input.periodTo,
      organisation: input.organisation,
      author: input.author,
    }),
  );
  return readPlanMeta(session);
}

/** A plan is set up once it has a title and a district; until then the UI asks for them. */
export const isSetUp = (meta: PlanMeta): boolean => meta.title.trim() !== '' && meta.districtName.trim() !== '';
