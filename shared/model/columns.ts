/**
 * The vocabulary of the table declarations (shared/model/*): what one column of a user-data
 * table is — its SQLite type, whether it may be NULL, its German label, whether it holds
 * personal data, and which table it points to. Builders keep literal types, so `RowOf`
 * turns a declaration into the row type kysely uses (db/schema.ts).
 */

export type SqlType = 'text' | 'integer' | 'real';

/** A column pointing to a row of another tracked table. */
export interface ParentDecl {
  table: string;
  /** Deleting the parent deletes this row too (the feature does it in the same write). */
  cascade: boolean;
  /** Values that name something built in, not a row (e.g. the shipped offer types). */
  builtins?: readonly string[];
}

export interface ColumnDecl {
  sql: SqlType;
  nullable: boolean;
  /** German label, shown e.g. in the merge conflict review. */
  label: string;
  /** Allowed text values; narrows the row type to their union. */
  values?: readonly string[];
  /** Personal data (DSGVO): blanked when sharing without personal data, erased on request. */
  personal?: boolean;
  parent?: ParentDecl;
}

/** Every user-data row has these (ARCHITECTURE.md "Data conventions"); not declared per table. */
export interface TrackedColumns {
  id: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}
export const TRACKED_COLUMN_NAMES = ['id', 'created_at', 'updated_at', 'deleted_at'] as const;

export interface TableDecl<C extends Record<string, ColumnDecl> = Record<string, ColumnDecl>> {
  name: string;
  /** German name of one record, e.g. „Angebot“. */
  label: string;
  columns: C;
  /** Columns that identify "the same real thing" created twice under different ids (merge, copy). */
  naturalKey?: readonly string[];
}

type Extra = Partial<Pick<ColumnDecl, 'personal' | 'parent'>>;

export const text = <const E extends Extra = object>(label: string, extra?: E) => ({ sql: 'text', nullable: false, label, ...extra }) as { sql: 'text'; nullable: false; label: string } & E;
export const integer = <const E extends Extra = object>(label: string, extra?: E) => ({ sql: 'integer', nullable: false, label, ...extra }) as { sql: 'integer'; nullable: false; label: string } & E;
export const real = <const E extends Extra = object>(label: string, extra?: E) => ({ sql: 'real', nullable: false, label, ...extra }) as { sql: 'real'; nullable: false; label: string } & E;
/** A text column holding one of `values`. */
export const oneOf = <const V extends readonly string[]>(label: string, values: V) => ({ sql: 'text', nullable: false, label, values }) as const;
/** The id of a row of `table` (cascade: deleting that row deletes this one). */
export const ref = <const T extends string>(label: string, table: T, cascade = false) => ({ sql: 'text', nullable: false, label, parent: { table, cascade } }) as const;
/** The same column, but NULL is allowed. */
export const nullable = <const C extends ColumnDecl>(column: C) => ({ ...column, nullable: true }) as Omit<C, 'nullable'> & { nullable: true };

/** Builds a table declaration, checking the natural key names against the columns. */
export const table = <const C extends Record<string, ColumnDecl>>(decl: TableDecl<C> & { naturalKey?: readonly (keyof C & string)[] }): TableDecl<C> => decl;

type ValueOf<C> = C extends { values: readonly (infer V)[] } ? V : C extends { sql: 'text' } ? string : number;
type ColumnValue<C> = C extends { nullable: true } ? ValueOf<C> | null : ValueOf<C>;

/** The row type of a declared table, including id, created_at, updated_at and deleted_at. */
export type RowOf<T extends { columns: Record<string, ColumnDecl> }> = TrackedColumns & { -readonly [K in keyof T['columns']]: ColumnValue<T['columns'][K]> };

/** Row types of a group of declared tables, keyed by table name. */
export type RowsOf<M extends Record<string, { columns: Record<string, ColumnDecl> }>> = { -readonly [K in keyof M]: RowOf<M[K]> };

/** The table names of a group of declarations, typed. */
export const tableNames = <M extends Record<string, TableDecl>>(group: M) => Object.keys(group) as (keyof M & string)[];
