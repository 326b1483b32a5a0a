/**
 * Table types of the planning file for kysely. Every user-data table ("tracked" table) has a
 * UUID text key, created_at, updated_at and a deleted_at tombstone; rows are never deleted,
 * and every write is mirrored in change_log (see db/changes/writer.ts).
 */
import type { Generated } from 'kysely';
import type { MeasuresTables } from './measures/schema';
import { MEASURES_LOCAL_TABLES, MEASURES_PERSONAL_COLUMNS, MEASURES_TABLES } from './measures/schema';
import type { ReportTables } from './report/schema';
import { REPORT_LOCAL_TABLES, REPORT_PERSONAL_COLUMNS, REPORT_TABLES } from './report/schema';
import type { NeedsTables } from './needs/schema';
import type { PrivacyTables } from './privacy/schema';
import { PRIVACY_LOCAL_TABLES, PRIVACY_PERSONAL_COLUMNS, PRIVACY_TABLES } from './privacy/schema';
import { NEEDS_LOCAL_TABLES, NEEDS_PERSONAL_COLUMNS, NEEDS_TABLES } from './needs/schema';
import type { SharingTables } from './sharing/schema';
import { SHARING_LOCAL_TABLES, SHARING_PERSONAL_COLUMNS, SHARING_TABLES } from './sharing/schema';
import type { StockTables } from './stock/schema';
import { STOCK_LOCAL_TABLES, STOCK_PERSONAL_COLUMNS, STOCK_TABLES } from './stock/schema';

export interface TrackedColumns {
  id: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** Plan metadata (Planstammdaten): exactly one live row; its id is the plan identity. */
export interface PlanTable extends TrackedColumns {
  title: string;
  district_name: string;
  kreis_key: string;
  period_from: number | null;
  period_to: number | null;
  organisation: string;
  author: string;
}

/** Gemeinde (kreisangehörige Gemeinde or gemeindefreies Gebiet) of the district. */
export interface GemeindeTable extends TrackedColumns {
  ags: string;
  name: string;
  kind: 'gemeinde' | 'gemeindefrei';
  lat: number | null;
  lon: number | null;
  /** GeoJSON geometry (Polygon/MultiPolygon, lon/lat) as JSON text. */
  geometry: string | null;
}

/** Planungsbereich: a named group of Gemeinden. */
export interface PlanningAreaTable extends TrackedColumns {
  name: string;
  description: string;
}

export interface PlanningAreaMemberTable extends TrackedColumns {
  planning_area_id: string;
  gemeinde_id: string;
}

/** Bearbeitungsstand of one catalog task in this plan. */
export interface TaskStateTable extends TrackedColumns {
  task_id: string;
  state: 'offen' | 'in_arbeit' | 'erledigt' | 'nicht_relevant';
  note: string;
  date: string | null;
}

/** Herkunft of an import: file, official table, reference date, licence. */
export interface ImportRecordTable extends TrackedColumns {
  kind: string;
  file_name: string;
  format: string;
  table_code: string | null;
  reference_date: string | null;
  stand: string | null;
  licence: string | null;
  encoding: string;
  row_count: number;
}

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

export interface Database extends StockTables, NeedsTables, MeasuresTables, SharingTables, PrivacyTables, ReportTables {
  plan: PlanTable;
  gemeinde: GemeindeTable;
  planning_area: PlanningAreaTable;
  planning_area_member: PlanningAreaMemberTable;
  task_state: TaskStateTable;
  import_record: ImportRecordTable;
  change_log: ChangeLogTable;
  replica: ReplicaTable;
}

/** The tables holding user data. Each is written only through the change writer. */
export const TRACKED_TABLES = [
  'plan',
  'gemeinde',
  'planning_area',
  'planning_area_member',
  'task_state',
  'import_record',
  ...STOCK_TABLES,
  ...NEEDS_TABLES,
  ...MEASURES_TABLES,
  ...SHARING_TABLES,
  ...PRIVACY_TABLES,
  ...REPORT_TABLES,
] as const;
export type TrackedTable = (typeof TRACKED_TABLES)[number];

/** Tables that belong to this one file and are never merged: the log, the replica, derived data. */
export const LOCAL_TABLES = ['change_log', 'replica', ...STOCK_LOCAL_TABLES, ...NEEDS_LOCAL_TABLES, ...MEASURES_LOCAL_TABLES, ...SHARING_LOCAL_TABLES, ...PRIVACY_LOCAL_TABLES, ...REPORT_LOCAL_TABLES] as const;

/** Personal data of the core tables: the plan author's name. */
const CORE_PERSONAL_COLUMNS: Record<string, readonly string[]> = {
  plan: ['author'],
};

/**
 * Columns holding personal data (names, phone numbers, e-mail addresses of contact persons,
 * the plan author), per tracked table: blanked when sharing without personal data, erased by
 * „Personenbezogene Daten löschen“ (db/privacy/erase.ts).
 */
export const PERSONAL_DATA_COLUMNS: Record<string, readonly string[]> = {
  ...CORE_PERSONAL_COLUMNS,
  ...STOCK_PERSONAL_COLUMNS,
  ...NEEDS_PERSONAL_COLUMNS,
  ...MEASURES_PERSONAL_COLUMNS,
  ...SHARING_PERSONAL_COLUMNS,
  ...PRIVACY_PERSONAL_COLUMNS,
  ...REPORT_PERSONAL_COLUMNS,
};
