/** Gemeinden of the district: listing, hand entry, edits, tombstone delete and restore. */
import { randomUUID } from 'node:crypto';
import { UserError } from '../../shared/contract/errors';
import type { Gemeinde, GemeindeInput } from '../../shared/contract/schemas';
import { gemeindeInputSchema } from '../../shared/contract/schemas';
import type { GemeindeTable } from '../schema';
import type { PlanSession } from '../session';
import { softDeleteWithChildren } from '../changes/cascade';

type GemeindeRow = Omit<GemeindeTable, 'geometry'> & { has_geometry: number };

const toGemeinde = (row: GemeindeRow): Gemeinde => ({
  id: row.id,
  ags: row.ags,
  name: row.name,
  kind: row.kind,
  lat: row.lat,
  lon: row.lon,
  hasGeometry: row.has_geometry === 1,
  updatedAt: row.updated_at,
});

function selectGemeinden(session: PlanSession) {
  return session.db
    .selectFrom('gemeinde')
    .select(['id', 'ags', 'name', 'kind', 'lat', 'lon', 'created_at', 'updated_at', 'deleted_at'])
    .select((eb) => eb.case().when('geometry', 'is not', null).then(1).else(0).end().as('has_geometry'));
}

export async function listGemeinden(session: PlanSession): Promise<Gemeinde[]> {
  const rows = await selectGemeinden(session).where('deleted_at', 'is', null).orderBy('ags').execute();
  return rows.map(toGemeinde);
}

export async function getGemeinde(session: PlanSession, id: string): Promise<Gemeinde> {
  const row = await selectGemeinden(session).where('id', '=', id).executeTakeFirst();
  if (!row) throw new UserError('Diese Gemeinde gibt es nicht (mehr).', 'not-found');
  return toGemeinde(row);
}

async function assertAgsFree(session: PlanSession, ags: string, exceptId: string | null): Promise<void> {
  const clash = await session.db
    .selectFrom('gemeinde')
    .select(['id', 'name'])
    .where('ags', '=', ags)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (clash && clash.id !== exceptId) {
    throw new UserError(`Der Gemeindeschlüssel ${ags} ist bereits vergeben (${clash.name}). Jeder Schlüssel darf nur einmal vorkommen.`, 'duplicate-ags');
  }
}

async function assertInDistrict(session: PlanSession, ags: string): Promise<void> {
  const plan = await session.db.selectFrom('plan').select('kreis_key').where('deleted_at', 'is', null).executeTakeFirst();
  if (plan?.kreis_key && !ags.startsWith(plan.kreis_key)) {
    throw new UserError(`Der Gemeindeschlüssel ${ags} gehört nicht zum Kreis ${plan.kreis_key} dieses Plans (er muss mit ${plan.kreis_key} beginnen).`, 'other-district');
  }
}

export async function createGemeinde(session: PlanSession, input: GemeindeInput): Promise<Gemeinde> {
  const values = gemeindeInputSchema.parse(input);
  await assertAgsFree(session, values.ags, null);
  await assertInDistrict(session, values.ags);
  const id = randomUUID();
  await session.write((w) => w.insert('gemeinde', { id, ...values, geometry: null }));
  return getGemeinde(session, id);
}

export async function updateGemeinde(session: PlanSession, id: string, input: GemeindeInput): Promise<Gemeinde> {
  const values = gemeindeInputSchema.parse(input);
  const current = await getGemeinde(session, id);
  if (current.ags !== values.ags) {
    await assertAgsFree(session, values.ags, id);
    await assertInDistrict(session, values.ags);
  }
  await session.write((w) => w.update('gemeinde', id, values));
  return getGemeinde(session, id);
}

/** Tombstones the Gemeinde and its Planungsbereich memberships in one transaction. */
export async function deleteGemeinde(session: PlanSession, id: string): Promise<void> {
  await getGemeinde(session, id);
  await session.write((w, trx) => softDeleteWithChildren(w, trx, 'gemeinde', id));
}

export async function restoreGemeinde(session: PlanSession, id: string): Promise<Gemeinde> {
  const current = await getGemeinde(session, id);
  await assertAgsFree(session, current.ags, id);
  await session.write((w) => w.restore('gemeinde', id));
  return getGemeinde(session, id);
}

export async function listGeometries(session: PlanSession) {
  const rows = await session.db
    .selectFrom('gemeinde')
    .select(['id', 'ags', 'name', 'geometry'])
    .where('deleted_at', 'is', null)
    .where('geometry', 'is not', null)
    .orderBy('ags')
    .execute();
  return rows.map((r) => ({ id: r.id, ags: r.ags, name: r.name, geometry: JSON.parse(r.geometry!) as unknown }));
}
