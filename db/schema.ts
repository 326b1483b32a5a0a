/**
 * Table types of the planning file for kysely. Every user-data table ("tracked" table) is
 * declared once in shared/model (columns, nullability, labels, parents, personal data); the
 * row types, TRACKED_TABLES and PERSONAL_DATA_COLUMNS here are derived from it. Every tracked
 * row has a UUID text key, created_at, updated_at and a deleted_at tombstone; rows are never
 * deleted, and every write is mirrored in change_log (see db/changes/writer.ts).
 */
import type { Generated } from 'kysely';
import type { RowsOf } from '../shared/model/columns';
import { CORE_TABLES } from '../shared/model/core';
import { MODEL_TABLES, type ModelTable, PERSONAL_DATA_COLUMNS as DECLARED_PERSONAL_COLUMNS } from '../shared/model';
import type { MeasuresTables } from './measures/schema';
import { MEASURES_LOCAL_TABLES } from './measures/schema';
import type { NeedsTables } from './needs/schema';
import { NEEDS_LOCAL_TABLES } from './needs/schema';
import type { PrivacyTables } from './privacy/schema';
import { PRIVACY_LOCAL_TABLES } from './privacy/schema';
import type { ReportTables } from './report/schema';
import { REPORT_LOCAL_TABLES } from './report/schema';
import type { SharingTables } from './sharing/schema';
import { SHARING_LOCAL_TABLES } from './sharing/schema';
import type { StockTables } from './stock/schema';
import { STOCK_LOCAL_TABLES } from './stock/schema';

export type { TrackedColumns } from '../shared/model/columns';

type CoreTables = RowsOf<typeof CORE_TABLES>;
/** Plan metadata (Planstammdaten): exactly one live row; its id is the plan identity. */
export type PlanTable = CoreTables['plan'];
/** Gemeinde (kreisangehörige Gemeinde or gemeindefreies Gebiet) of the district. */
export type GemeindeTable = CoreTables['gemeinde'];
/** Planungsbereich: a named group of Gemeinden. */
export type PlanningAreaTable = CoreTables['planning_area'];
export type PlanningAreaMemberTable = CoreTables['planning_area_member'];
/** Bearbeitungsstand of one catalog task in this plan. */
export type TaskStateTable = CoreTables['task_state'];
/** Herkunft of an import: file, official table, reference date, licence. */
export type ImportRecordTable = CoreTables['import_record'];

/** One changed column of one row (Änderungsprotokoll). Values are JSON text. */
export interface ChangeLogTable {
  seq: Generated<number>;
  hlc: string;
  replica_id: string;
  tbl: string;
  row_id: string;
  col: string;
  old_value: string | null;
  new_value: string | null;
  op: 'insert' | 'update' | 'delete' | 'restore';
  tx_id: string;
}

/** Identity of this copy of the file and its clock; not user data, never merged. */
export interface ReplicaTable {
  id: string;
  hlc_millis: number;
  hlc_counter: number;
  created_at: string;
}

export interface Database extends CoreTables, StockTables, NeedsTables, MeasuresTables, SharingTables, PrivacyTables, ReportTables {
  change_log: ChangeLogTable;
  replica: ReplicaTable;
}

/** The tables holding user data, parents before children. Each is written only through the change writer. */
export const TRACKED_TABLES: readonly ModelTable[] = MODEL_TABLES;
export type TrackedTable = ModelTable;

/** Tables that belong to this one file and are never merged: the log, the replica, derived data. */
export const LOCAL_TABLES = ['change_log', 'replica', ...STOCK_LOCAL_TABLES, ...NEEDS_LOCAL_TABLES, ...MEASURES_LOCAL_TABLES, ...SHARING_LOCAL_TABLES, ...PRIVACY_LOCAL_TABLES, ...REPORT_LOCAL_TABLES] as const;

/**
 * Columns holding personal data (names, phone numbers, e-mail addresses of contact persons,
 * the plan author), per tracked table: blanked when sharing without personal data, erased by
 * „Personenbezogene Daten löschen“ (db/privacy/erase.ts). Marked `personal` in the declarations.
 */
export const PERSONAL_DATA_COLUMNS: Readonly<Record<string, readonly string[]>> = DECLARED_PERSONAL_COLUMNS;
