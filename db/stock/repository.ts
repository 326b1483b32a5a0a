/**
 * Generic repository of the Bestandserhebung registers: one code path for every register
 * of shared/stock/registers.ts. Values are validated (German messages), references to
 * Gemeinden, Akteure and Angebotsarten are checked against live rows, and every write goes
 * through the change writer.
 */
import { childrenOf } from '../../shared/model';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { UserError } from '../../shared/contract/errors';
import type { RegisterRecord } from '../../shared/contract/stockSchemas';
import { builtinOfferType } from '../../shared/stock/offerTypes';
import { LIST_TYPES, registerDef, type RegisterDef, type RegisterId } from '../../shared/stock/registers';
import { validateRecord, type RegisterValue, type RegisterValues } from '../../shared/stock/validation';
import type { Database, TrackedTable } from '../schema';
import type { PlanSession } from '../session';
import { softDeleteWithChildren } from '../changes/cascade';

type Row = Record<string, unknown> & { id: string; updated_at: string; deleted_at: string | null };
// Register tables are chosen at run time from the definitions; the column names come from them too.
type AnyDb = Kysely<any>;

const any = (db: Kysely<Database> | Transaction<Database>): AnyDb => db as unknown as AnyDb;

/** Converts validated values to column values (lists → JSON text, booleans → 0/1). */
export function toColumns(def: RegisterDef, values: RegisterValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of def.fields) {
    const v = values[f.key] ?? null;
    if (LIST_TYPES.has(f.type)) out[f.key] = JSON.stringify(Array.isArray(v) ? v : []);
    else if (f.type === 'boolean') out[f.key] = v === true ? 1 : 0;
    else out[f.key] = v;
  }
  return out;
}

function parseList(text: unknown): string[] {
  if (typeof text !== 'string' || text === '') return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function toRecord(def: RegisterDef, row: Row): RegisterRecord {
  const values: Record<string, RegisterValue> = {};
  for (const f of def.fields) {
    const v = row[f.key];
    if (LIST_TYPES.has(f.type)) values[f.key] = parseList(v);
    else if (f.type === 'boolean') values[f.key] = v === 1;
    else values[f.key] = (v ?? null) as RegisterValue;
  }
  return { id: row.id, values, isExample: row.is_example === 1, updatedAt: row.updated_at, deleted: row.deleted_at !== null };
}

/** Live ids of the referenced tables, loaded once per save or import. */
export interface References {
  gemeinden: Map<string, { ags: string; name: string }>;
  actors: Set<string>;
  offerTypes: Map<string, 'plaetze' | 'klienten'>;
}

export async function loadReferences(db: Kysely<Database> | Transaction<Database>): Promise<References> {
  const gemeinden = await db.selectFrom('gemeinde').select(['id', 'ags', 'name']).where('deleted_at', 'is', null).execute();
  const actors = await db.selectFrom('actor').select('id').where('deleted_at', 'is', null).execute();
  const types = await db.selectFrom('offer_type').select(['id', 'capacity_unit']).where('deleted_at', 'is', null).execute();
  return {
    gemeinden: new Map(gemeinden.map((g) => [g.id, { ags: g.ags, name: g.name }])),
    actors: new Set(actors.map((a) => a.id)),
    offerTypes: new Map(types.map((t) => [t.id, t.capacity_unit === 'klienten' ? 'klienten' : 'plaetze'])),
  };
}

/** Adds reference errors and fills derived defaults (capacity unit of the offer type). */
export function checkReferences(def: RegisterDef, values: RegisterValues, errors: Record<string, string>, refs: References): void {
  for (const f of def.fields) {
    const v = values[f.key];
    const name = `„${f.label}“`;
    if (f.type === 'gemeinde' && typeof v === 'string' && !refs.gemeinden.has(v)) errors[f.key] ??= `${name}: Diese Gemeinde gibt es im Plan nicht.`;
    if (f.type === 'gemeindeList' && Array.isArray(v) && v.some((id) => !refs.gemeinden.has(id))) errors[f.key] ??= `${name}: Mindestens eine Gemeinde gibt es im Plan nicht.`;
    if (f.type === 'actor' && typeof v === 'string' && !refs.actors.has(v)) errors[f.key] ??= `${name}: Diesen Akteur gibt es im Plan nicht.`;
    if (f.type === 'actorList' && Array.isArray(v) && v.some((id) => !refs.actors.has(id))) errors[f.key] ??= `${name}: Mindestens einen Akteur gibt es im Plan nicht.`;
    if (f.type === 'offerType' && typeof v === 'string' && !builtinOfferType(v) && !refs.offerTypes.has(v)) {
      errors[f.key] ??= `${name}: „${v}“ ist keine bekannte Angebotsart.`;
    }
  }
  def.fillDefaults?.(values, { capacityUnitOf: (typeId) => builtinOfferType(typeId)?.capacityUnit ?? refs.offerTypes.get(typeId) ?? null });
}

function invalid(errors: Record<string, string>): UserError {
  const messages = Object.values(errors);
  return Object.assign(new UserError(`Bitte prüfen Sie die Angaben: ${messages.join(' ')}`, 'invalid-values'), { fieldErrors: errors });
}

function select(db: AnyDb, def: RegisterDef) {
  return db.selectFrom(def.table).select(['id', 'updated_at', 'deleted_at', ...(def.hasExampleFlag ? ['is_example'] : []), ...def.fields.map((f) => f.key)]);
}

export async function listRecords(session: PlanSession, register: RegisterId, gemeindeId?: string | null): Promise<RegisterRecord[]> {
  const def = registerDef(register);
  let q = select(any(session.db), def).where('deleted_at', 'is', null);
  if (gemeindeId) {
    if (def.gemeindeKey) q = q.where(def.gemeindeKey, '=', gemeindeId);
    else if (def.gemeindeListKey) q = q.where(sql<boolean>`EXISTS (SELECT 1 FROM json_each(${sql.ref(def.gemeindeListKey)}) WHERE value = ${gemeindeId})`);
    else return [];
  }
  const rows = (await q.orderBy('created_at').orderBy('id').execute()) as Row[];
  return rows.map((r) => toRecord(def, r));
}

export async function getRecord(session: PlanSession, register: RegisterId, id: string): Promise<RegisterRecord> {
  const def = registerDef(register);
  const row = (await select(any(session.db), def).where('id', '=', id).executeTakeFirst()) as Row | undefined;
  if (!row) throw new UserError(`Diesen Eintrag (${def.singular}) gibt es nicht (mehr).`, 'not-found');
  return toRecord(def, row);
}

async function assertUnique(db: AnyDb, def: RegisterDef, values: RegisterValues, exceptId: string | null, refs: References): Promise<void> {
  if (!def.unique) return;
  const { key, message } = def.unique;
  const clash = (await db.selectFrom(def.table).select('id').where(key, '=', values[key]).where('deleted_at', 'is', null).executeTakeFirst()) as { id: string } | undefined;
  if (clash && clash.id !== exceptId) throw new UserError(message(refs.gemeinden.get(String(values[key]))?.name ?? 'diese Gemeinde'), 'duplicate');
}

/** Creates (id null) or updates a record; returns it as stored. */
export async function saveRecord(session: PlanSession, register: RegisterId, id: string | null, raw: Record<string, unknown>): Promise<RegisterRecord> {
  const def = registerDef(register);
  const { values, errors } = validateRecord(def, raw);
  const newId = id ?? randomUUID();
  await session.write(async (w, trx) => {
    const refs = await loadReferences(trx);
    checkReferences(def, values, errors, refs);
    if (Object.keys(errors).length > 0) throw invalid(errors);
    await assertUnique(any(trx), def, values, id, refs);
    const columns = toColumns(def, values);
    if (id === null) {
      // is_example written explicitly, so replaying the change log rebuilds it too.
      await w.insert(def.table as TrackedTable, { id: newId, ...columns, ...(def.hasExampleFlag ? { is_example: 0 } : {}) });
    } else {
      const exists = await any(trx).selectFrom(def.table).select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
      if (!exists) throw new UserError(`Diesen Eintrag (${def.singular}) gibt es nicht (mehr); vielleicht wurde er gerade gelöscht.`, 'not-found');
      await w.update(def.table as TrackedTable, id, columns);
    }
  });
  return getRecord(session, register, newId);
}

/**
 * Tombstones a record. Records declared to cascade (an Akteur's Ansprechpersonen, shared/model)
 * go with it in the same transaction; a register with `inUseMessage` refuses while others point to it.
 */
export async function deleteRecord(session: PlanSession, register: RegisterId, id: string): Promise<void> {
  const def = registerDef(register);
  await getRecord(session, register, id);
  await session.write(async (w, trx) => {
    if (def.inUseMessage) {
      for (const child of childrenOf(def.table).filter((c) => !c.cascade)) {
        const rows = (await any(trx).selectFrom(child.table).select('id').where(child.col, '=', id).where('deleted_at', 'is', null).execute()) as { id: string }[];
        if (rows.length > 0) throw new UserError(def.inUseMessage(rows.length), 'in-use');
      }
    }
    await softDeleteWithChildren(w, trx, def.table as TrackedTable, id);
  });
}

export async function restoreRecord(session: PlanSession, register: RegisterId, id: string): Promise<RegisterRecord> {
  const def = registerDef(register);
  const current = await getRecord(session, register, id);
  await session.write(async (w, trx) => {
    const refs = await loadReferences(trx);
    await assertUnique(any(trx), def, current.values, id, refs);
    await w.restore(def.table as TrackedTable, id);
  });
  return getRecord(session, register, id);
}
