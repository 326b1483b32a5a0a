/**
 * One page of a register for the table (`stock.page`): search, Gemeinde and kind filters,
 * sorting, the page cut, counts and sums all run in SQL, so a register of 50,000 offers sends
 * one screenful instead of every record.
 *
 * Search and sort need German text handling SQLite lacks (lower() folds ASCII only); two
 * functions are registered on the plan's connection once: `psp_lower` (lower case, as the
 * search box compares) and `psp_sortkey` (lower case with umlauts folded, ä → a, ß → ss, so
 * „Ärztehaus“ sorts with A as in German lists).
 */
import type Sqlite from 'better-sqlite3';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { PageInput, RegisterPage } from '../../shared/contract/stockSchemas';
import { builtinOfferType } from '../../shared/stock/offerTypes';
import { registerDef, type FieldDef, type RegisterDef } from '../../shared/stock/registers';
import type { PlanSession } from '../session';
import { toRecord } from './repository';

// Register tables and columns come from the definitions at run time (as in repository.ts).
type AnyDb = Kysely<any>;
type Row = Record<string, unknown> & { id: string; updated_at: string; deleted_at: string | null };

const withFunctions = new WeakSet<Sqlite.Database>();
const FOLD: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

function registerFunctions(db: Sqlite.Database): void {
  if (withFunctions.has(db)) return;
  const lower = (v: unknown) => (typeof v === 'string' ? v.toLocaleLowerCase('de') : v);
  db.function('psp_lower', { deterministic: true }, lower);
  db.function('psp_sortkey', { deterministic: true }, (v: unknown) => (typeof v === 'string' ? v.toLocaleLowerCase('de').replace(/[äöüß]/g, (c) => FOLD[c]!) : v));
  db.function('psp_offer_type_label', { deterministic: true }, (id: unknown) => (typeof id === 'string' ? (builtinOfferType(id)?.label ?? null) : null));
  withFunctions.add(db);
}

/** The column that the table's kind filter uses (the first shown choice or offer type). */
export const kindFieldOf = (def: RegisterDef): FieldDef | undefined => def.fields.find((f) => (f.type === 'enum' || f.type === 'offerType') && f.inTable);

const offerTypeLabel = (col: RawBuilder<unknown>) => sql`coalesce((SELECT label FROM offer_type WHERE id = ${col}), psp_offer_type_label(${col}), ${col})`;

/** What a cell reads as, for sorting: names instead of ids, labels instead of codes. */
function sortExpression(f: FieldDef): RawBuilder<unknown> {
  const col = sql.ref(f.key);
  switch (f.type) {
    case 'number':
    case 'integer':
    case 'boolean':
      return sql`${col}`;
    case 'gemeinde':
      return sql`psp_sortkey((SELECT name FROM gemeinde WHERE id = ${col}))`;
    case 'actor':
      return sql`psp_sortkey((SELECT name FROM actor WHERE id = ${col}))`;
    case 'offerType':
      return sql`psp_sortkey(${offerTypeLabel(col)})`;
    case 'enum':
      return sql`psp_sortkey(CASE ${col} ${sql.join((f.options ?? []).map((o) => sql`WHEN ${o.value} THEN ${o.label}`), sql` `)} ELSE ${col} END)`;
    default:
      return sql`psp_sortkey(${col})`;
  }
}

/** A condition true when field `f` of the row shows `needle` (already lower case). */
function searchCondition(f: FieldDef, needle: string): RawBuilder<unknown> | null {
  const col = sql.ref(f.key);
  const has = (expr: RawBuilder<unknown>) => sql`instr(psp_lower(${expr}), ${needle}) > 0`;
  switch (f.type) {
    case 'text':
    case 'longtext':
    case 'url':
    case 'email':
    case 'phone':
    case 'tags':
      return has(sql`${col}`);
    case 'enum': {
      const values = (f.options ?? []).filter((o) => o.label.toLocaleLowerCase('de').includes(needle)).map((o) => o.value);
      return values.length > 0 ? sql`${col} IN (${sql.join(values)})` : null;
    }
    case 'offerType':
      return has(offerTypeLabel(col));
    case 'gemeinde':
      return sql`EXISTS (SELECT 1 FROM gemeinde g WHERE g.id = ${col} AND instr(psp_lower(g.name), ${needle}) > 0)`;
    case 'gemeindeList':
      return sql`EXISTS (SELECT 1 FROM json_each(${col}) j JOIN gemeinde g ON g.id = j.value WHERE instr(psp_lower(g.name), ${needle}) > 0)`;
    case 'actor':
      return sql`EXISTS (SELECT 1 FROM actor a WHERE a.id = ${col} AND instr(psp_lower(a.name), ${needle}) > 0)`;
    case 'actorList':
      return sql`EXISTS (SELECT 1 FROM json_each(${col}) j JOIN actor a ON a.id = j.value WHERE instr(psp_lower(a.name), ${needle}) > 0)`;
    default:
      return null;
  }
}

/** What narrows a register down: the filters of the table (`stock.page`) and of pick lists (`stock.list`). */
export interface RecordFilters {
  gemeindeId?: string | null;
  text?: string;
  kind?: string | null;
  /** Search in the record's name only (a pick list: one column is fast enough to search as the planner types). */
  name?: string;
  /** Only these records (a pick list's chosen items). */
  ids?: readonly string[];
}

/** Live records of `def` that pass the filters, as a query to count, sum or select from. */
export function matchingRecords(session: PlanSession, def: RegisterDef, filters: RecordFilters) {
  registerFunctions(session.sqlite);
  const db = session.db as unknown as AnyDb;
  let matching = db.selectFrom(def.table).where('deleted_at', 'is', null);
  if (filters.gemeindeId) {
    if (def.gemeindeKey) matching = matching.where(def.gemeindeKey, '=', filters.gemeindeId);
    else if (def.gemeindeListKey) matching = matching.where(sql<boolean>`EXISTS (SELECT 1 FROM json_each(${sql.ref(def.gemeindeListKey)}) WHERE value = ${filters.gemeindeId})`);
    else matching = matching.where(sql<boolean>`0`);
  }
  const kindField = kindFieldOf(def);
  if (filters.kind && kindField) matching = matching.where(kindField.key, '=', filters.kind);
  const needle = (filters.text ?? '').trim().toLocaleLowerCase('de');
  if (needle) {
    const conditions = def.fields.map((f) => searchCondition(f, needle)).filter((c): c is RawBuilder<unknown> => c !== null);
    matching = matching.where(conditions.length > 0 ? sql<boolean>`(${sql.join(conditions, sql` OR `)})` : sql<boolean>`0`);
  }
  const nameNeedle = (filters.name ?? '').trim().toLocaleLowerCase('de');
  if (nameNeedle) matching = matching.where(sql<boolean>`instr(psp_lower(${sql.ref(def.titleKey)}), ${nameNeedle}) > 0`);
  // The ids travel as one JSON parameter: no limit on bound variables, one statement shape.
  if (filters.ids) matching = matching.where(sql<boolean>`id IN (SELECT value FROM json_each(${JSON.stringify(filters.ids)}))`);
  return matching;
}

/** The columns a record is built from (repository.ts `toRecord`). */
export const recordColumns = (def: RegisterDef): string[] => ['id', 'updated_at', 'deleted_at', ...(def.hasExampleFlag ? ['is_example'] : []), ...def.fields.map((f) => f.key)];

/** The ORDER BY of a sort on `field`: empty cells last in either direction, ties in the order of entry. */
export function sortedBy(field: FieldDef, descending: boolean): RawBuilder<unknown> {
  const expr = sortExpression(field);
  return sql`(${expr}) IS NULL, ${expr} ${descending ? sql`DESC` : sql`ASC`}, created_at, id`;
}

export async function listPage(session: PlanSession, input: PageInput): Promise<RegisterPage> {
  const def = registerDef(input.register);
  registerFunctions(session.sqlite);
  const db = session.db as unknown as AnyDb;
  const live = db.selectFrom(def.table).where('deleted_at', 'is', null);
  const matching = matchingRecords(session, def, input);

  // Quantities (Kapazität, Belegung, VZÄ) add up; whole-number columns are years and counts of trips.
  const numberColumns = def.fields.filter((f) => f.inTable && f.type === 'number');
  const totals = (await live
    .select([sql<number>`count(*)`.as('total'), sql<number>`${def.hasExampleFlag ? sql`coalesce(sum(is_example), 0)` : sql`0`}`.as('examples')])
    .executeTakeFirstOrThrow()) as { total: number; examples: number };
  const counted = (await matching
    .select([sql<number>`count(*)`.as('matching'), ...numberColumns.map((f, i) => sql<number>`coalesce(sum(${sql.ref(f.key)}), 0)`.as(`sum${i}`))])
    .executeTakeFirstOrThrow()) as Record<string, number>;

  const sortField = def.fields.find((f) => f.key === input.sort?.key) ?? def.fields.find((f) => f.key === def.titleKey)!;
  const rows = (await matching
    .select(recordColumns(def))
    .orderBy(sortedBy(sortField, input.sort?.direction === 'descending'))
    .limit(input.limit)
    .offset(input.offset)
    .execute()) as Row[];

  return {
    records: rows.map((r) => toRecord(def, r)),
    total: Number(totals.total),
    matching: Number(counted.matching),
    examples: Number(totals.examples),
    sums: Object.fromEntries(numberColumns.map((f, i) => [f.key, Number(counted[`sum${i}`])])),
  };
}
