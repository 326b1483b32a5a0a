import { type Kysely, sql } from 'kysely';

/**
 * Tables of issue #4: Bedarfsermittlung. Inputs only (population tables with their source, rate
 * sets, scenarios, Richtwerte, Betreuungsschlüssel, settings, need statements); projections and
 * gaps are derived on demand. No foreign keys to other features' tables.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const tracked = 'created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT';
  const statements = [
    `CREATE TABLE population_dataset (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('bestand', 'vorausberechnung')),
      level TEXT NOT NULL CHECK (level IN ('gemeinde', 'kreis')),
      format TEXT NOT NULL,
      file_name TEXT NOT NULL,
      table_code TEXT,
      reference_date TEXT,
      stand TEXT,
      licence TEXT,
      encoding TEXT NOT NULL,
      row_count INTEGER NOT NULL,
      ${tracked})`,
    `CREATE TABLE population_row (
      id TEXT PRIMARY KEY NOT NULL,
      dataset_id TEXT NOT NULL,
      region_key TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN ('gemeinde', 'kreis')),
      name TEXT NOT NULL,
      year INTEGER NOT NULL,
      sex TEXT NOT NULL CHECK (sex IN ('insgesamt', 'maennlich', 'weiblich')),
      bands TEXT NOT NULL,
      total REAL,
      ${tracked})`,
    `CREATE UNIQUE INDEX population_row_unique ON population_row (dataset_id, region_key, year, sex) WHERE deleted_at IS NULL`,
    `CREATE TABLE care_rate_set (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      source TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      is_default INTEGER NOT NULL DEFAULT 0,
      factor REAL NOT NULL DEFAULT 1,
      calibration_note TEXT,
      ${tracked})`,
    `CREATE TABLE care_rate_value (
      id TEXT PRIMARY KEY NOT NULL,
      rate_set_id TEXT NOT NULL,
      age_band TEXT NOT NULL,
      sex TEXT NOT NULL CHECK (sex IN ('insgesamt', 'maennlich', 'weiblich')),
      setting TEXT NOT NULL CHECK (setting IN ('pflegegeld', 'ambulant', 'vollstationaer', 'teilstationaer')),
      rate REAL NOT NULL CHECK (rate >= 0 AND rate <= 1),
      ${tracked})`,
    `CREATE UNIQUE INDEX care_rate_value_unique ON care_rate_value (rate_set_id, age_band, sex, setting) WHERE deleted_at IS NULL`,
    `CREATE TABLE needs_scenario (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      method TEXT NOT NULL CHECK (method IN ('konstant', 'wachstum', 'tabelle')),
      growth TEXT NOT NULL DEFAULT '{}',
      rate_trend REAL NOT NULL DEFAULT 0,
      rate_set_id TEXT,
      end_year INTEGER NOT NULL,
      projection_dataset_id TEXT,
      ${tracked})`,
    `CREATE UNIQUE INDEX needs_scenario_name ON needs_scenario (name) WHERE deleted_at IS NULL`,
    `CREATE TABLE needs_richtwert (
      id TEXT PRIMARY KEY NOT NULL,
      offer_type TEXT NOT NULL,
      label TEXT NOT NULL,
      basis TEXT NOT NULL,
      ${tracked})`,
    `CREATE TABLE needs_staffing_ratio (
      id TEXT PRIMARY KEY NOT NULL,
      label TEXT NOT NULL,
      min_age INTEGER NOT NULL,
      steps TEXT NOT NULL,
      staff_filter TEXT NOT NULL DEFAULT '',
      ${tracked})`,
    `CREATE TABLE needs_setting (
      id TEXT PRIMARY KEY NOT NULL,
      key TEXT NOT NULL,
      value TEXT NOT NULL,
      ${tracked})`,
    `CREATE UNIQUE INDEX needs_setting_key ON needs_setting (key) WHERE deleted_at IS NULL`,
    `CREATE TABLE need_statement (
      id TEXT PRIMARY KEY NOT NULL,
      field_id TEXT NOT NULL,
      title TEXT NOT NULL,
      description TEXT,
      gemeinde_id TEXT,
      priority TEXT NOT NULL DEFAULT 'mittel' CHECK (priority IN ('hoch', 'mittel', 'niedrig')),
      source TEXT,
      source_date TEXT,
      ${tracked})`,
    `CREATE INDEX need_statement_field ON need_statement (field_id)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
