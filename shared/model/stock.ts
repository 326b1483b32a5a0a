/**
 * The register tables of step 1 (migration 0003). shared/stock/registers.ts already declares
 * every register column once (label, type, required, personal); the table model and the row
 * types are derived from it here, so a register column is still declared in one place.
 */
import { BUILTIN_OFFER_TYPE_IDS } from '../stock/offerTypes';
import { type FieldDef, type FieldType, REGISTER_DECLS, type RegisterDef } from '../stock/registers';
import type { ColumnDecl, SqlType, TableDecl, TrackedColumns } from './columns';

type RegisterDecl = (typeof REGISTER_DECLS)[number];

const SQL_OF: Partial<Record<FieldType, SqlType>> = { number: 'real', integer: 'integer', boolean: 'integer' };
const PARENT_OF: Partial<Record<FieldType, string>> = { gemeinde: 'gemeinde', actor: 'actor', offerType: 'offer_type' };

/** Required fields and booleans (0/1, never unknown) are NOT NULL; everything else may be empty. */
const isNullable = (f: FieldDef) => !f.required && f.type !== 'boolean';

function columnOf(f: FieldDef): ColumnDecl {
  const parentTable = PARENT_OF[f.type];
  return {
    sql: SQL_OF[f.type] ?? 'text',
    nullable: isNullable(f),
    label: f.label,
    ...(f.personal ? { personal: true } : {}),
    ...(parentTable ? { parent: { table: parentTable, cascade: f.cascade === true, ...(f.type === 'offerType' ? { builtins: BUILTIN_OFFER_TYPE_IDS } : {}) } } : {}),
  };
}

function registerTable(def: RegisterDef): TableDecl {
  const columns: Record<string, ColumnDecl> = Object.fromEntries(def.fields.map((f) => [f.key, columnOf(f)]));
  if (def.hasExampleFlag) columns.is_example = { sql: 'integer', nullable: false, label: 'Beispieldaten' };
  return { name: def.table, label: def.singular, columns, ...(def.naturalKey ? { naturalKey: def.naturalKey } : {}) };
}

export const STOCK_TABLES = Object.fromEntries(REGISTER_DECLS.map((def) => [def.table, registerTable(def)])) as { [D in RegisterDecl as D['table']]: TableDecl };

type FieldValue<F> = F extends { type: 'number' | 'integer' | 'boolean' } ? number : string;
type FieldColumn<F> = F extends { required: true } | { type: 'boolean' } ? FieldValue<F> : FieldValue<F> | null;

/** The row type of one register table, derived from its field declarations. */
export type RegisterRow<D extends RegisterDecl> = TrackedColumns & { -readonly [F in D['fields'][number] as F['key']]: FieldColumn<F> } & (D extends { hasExampleFlag: true } ? { is_example: number } : unknown);

/** Row types of all register tables, keyed by table name. */
export type RegisterRows = { [D in RegisterDecl as D['table']]: RegisterRow<D> };
