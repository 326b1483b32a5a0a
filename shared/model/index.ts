/**
 * The model of the planning file: one declaration per user-data table (columns with type,
 * nullability and German label, natural key, parents, personal data). Everything that used to
 * be a second list — the kysely row types (db/schema.ts), TRACKED_TABLES, natural keys, merge
 * parent relations, personal-data columns, conflict labels — is derived from here.
 * Adding a column = one declaration here (or in shared/stock/registers.ts) + one migration.
 */
import type { ColumnDecl, ParentDecl, TableDecl } from './columns';
import { CORE_TABLES } from './core';
import { MEASURES_TABLES } from './measures';
import { NEEDS_TABLES } from './needs';
import { PRIVACY_TABLES } from './privacy';
import { REPORT_TABLES } from './report';
import { STOCK_TABLES } from './stock';

export const MODEL = { ...CORE_TABLES, ...STOCK_TABLES, ...NEEDS_TABLES, ...MEASURES_TABLES, ...PRIVACY_TABLES, ...REPORT_TABLES } as const;
export type ModelTable = keyof typeof MODEL;

const declarations: Record<string, TableDecl> = MODEL;

/** The tracked tables, each listed after the tables it points to (copies insert parents first). */
export const MODEL_TABLES: readonly ModelTable[] = (() => {
  const ordered: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !declarations[name]) return;
    seen.add(name); // before the parents: a cycle cannot loop
    for (const c of Object.values(declarations[name].columns)) if (c.parent) visit(c.parent.table);
    ordered.push(name);
  };
  for (const name of Object.keys(declarations)) visit(name);
  return ordered as ModelTable[];
})();

export interface ParentRef extends ParentDecl {
  /** The column of the child table holding the parent's id. */
  col: string;
  parent: string;
}

/** The declaration of a tracked table, or undefined for a local or unknown table. */
export const tableDecl = (table: string): TableDecl | undefined => declarations[table];

/** The columns of `table` that point to rows of other tracked tables. */
export function parentsOf(table: string): ParentRef[] {
  const columns = declarations[table]?.columns ?? {};
  return Object.entries(columns).flatMap(([col, c]: [string, ColumnDecl]) => (c.parent ? [{ col, parent: c.parent.table, ...c.parent }] : []));
}

/** The tables and columns pointing to `table`. */
export function childrenOf(table: string): { table: string; col: string; cascade: boolean }[] {
  return Object.keys(declarations).flatMap((child) => parentsOf(child).filter((p) => p.parent === table).map((p) => ({ table: child, col: p.col, cascade: p.cascade })));
}

/** Natural keys per table (tables without one are left out). */
export const NATURAL_KEYS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(declarations).flatMap(([name, d]) => (d.naturalKey ? [[name, d.naturalKey]] : [])),
);

/** Personal-data columns per table (tables without any are left out). */
export const PERSONAL_DATA_COLUMNS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(declarations).flatMap(([name, d]) => {
    const cols = Object.entries(d.columns).filter(([, c]) => c.personal).map(([col]) => col);
    return cols.length > 0 ? [[name, cols]] : [];
  }),
);

/** German name of one record of `table`; the table name itself for tables without a declaration. */
export const tableLabel = (table: string): string => declarations[table]?.label ?? table;

const COMMON_COLUMN_LABELS: Record<string, string> = { id: 'Kennung', created_at: 'Angelegt', updated_at: 'Geändert', deleted_at: 'Gelöscht', '*': 'ganzer Datensatz' };

/** German label of a column of `table` ('*' = the whole record). */
export const columnLabel = (table: string, column: string): string => declarations[table]?.columns[column]?.label ?? COMMON_COLUMN_LABELS[column] ?? column;
