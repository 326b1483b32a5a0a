import { type Kysely, sql } from 'kysely';

/**
 * Issue #9: cohort-component projections. Scenarios get the method 'kohorte' and their
 * demographic assumptions (JSON); the official component tables (deaths, births, migration,
 * single-year population) are stored per dataset, one row per region, as they were imported.
 * SQLite cannot change a CHECK constraint, so needs_scenario is rebuilt with its rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const tracked = 'created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT';
  const statements = [
    `CREATE TABLE needs_scenario_new (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      method TEXT NOT NULL CHECK (method IN ('konstant', 'wachstum', 'tabelle', 'kohorte')),
      growth TEXT NOT NULL DEFAULT '{}',
      rate_trend REAL NOT NULL DEFAULT 0,
      rate_set_id TEXT,
      end_year INTEGER NOT NULL,
      projection_dataset_id TEXT,
      rate_trend_until INTEGER,
      rate_preset TEXT,
      cohort TEXT,
      ${tracked})`,
    `INSERT INTO needs_scenario_new (id, name, method, growth, rate_trend, rate_set_id, end_year, projection_dataset_id, rate_trend_until, rate_preset, cohort, created_at, updated_at, deleted_at)
      SELECT id, name, method, growth, rate_trend, rate_set_id, end_year, projection_dataset_id, rate_trend_until, rate_preset, NULL, created_at, updated_at, deleted_at FROM needs_scenario`,
    `DROP TABLE needs_scenario`,
    `ALTER TABLE needs_scenario_new RENAME TO needs_scenario`,
    `CREATE UNIQUE INDEX needs_scenario_name ON needs_scenario (name) WHERE deleted_at IS NULL`,
    `CREATE TABLE demography_dataset (
      id TEXT PRIMARY KEY NOT NULL,
      table_code TEXT NOT NULL,
      file_name TEXT NOT NULL,
      reference TEXT,
      stand TEXT,
      licence TEXT,
      encoding TEXT NOT NULL,
      row_count INTEGER NOT NULL,
      ${tracked})`,
    `CREATE TABLE demography_row (
      id TEXT PRIMARY KEY NOT NULL,
      dataset_id TEXT NOT NULL,
      block TEXT NOT NULL CHECK (block IN ('', 'zuzuege', 'fortzuege')),
      region_code TEXT NOT NULL,
      name TEXT NOT NULL,
      bands TEXT NOT NULL,
      ${tracked})`,
    `CREATE UNIQUE INDEX demography_row_unique ON demography_row (dataset_id, block, region_code) WHERE deleted_at IS NULL`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
