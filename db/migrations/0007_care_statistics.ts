import { type Kysely, sql } from 'kysely';

/**
 * Issue #9 "Numbers a Kreistag can rely on": the Pflegestatistik of the plan's Kreis (with Land
 * and Germany for comparison), one calibration factor per care setting instead of one for the
 * total, the year a rate set describes (the 2017 reform changed the definition of need), and a
 * rate trend that ends in a given year. Frozen DDL: never edit, add 0008.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const tracked = 'created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT';
  const statements = [
    `CREATE TABLE care_statistic_dataset (
      id TEXT PRIMARY KEY NOT NULL,
      table_code TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('pflegebeduerftige', 'einrichtungen')),
      file_name TEXT NOT NULL,
      reference_date TEXT,
      stand TEXT,
      licence TEXT,
      encoding TEXT NOT NULL,
      row_count INTEGER NOT NULL,
      ${tracked})`,
    `CREATE TABLE care_statistic_value (
      id TEXT PRIMARY KEY NOT NULL,
      dataset_id TEXT NOT NULL,
      region_key TEXT NOT NULL,
      region_name TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN ('deutschland', 'land', 'kreis')),
      year INTEGER NOT NULL,
      sex TEXT NOT NULL CHECK (sex IN ('insgesamt', 'maennlich', 'weiblich')),
      measure TEXT NOT NULL,
      value REAL,
      ${tracked})`,
    `CREATE UNIQUE INDEX care_statistic_value_unique ON care_statistic_value (dataset_id, region_key, year, sex, measure) WHERE deleted_at IS NULL`,
    `ALTER TABLE care_rate_set ADD COLUMN factor_pflegegeld REAL NOT NULL DEFAULT 1 CHECK (factor_pflegegeld > 0)`,
    `ALTER TABLE care_rate_set ADD COLUMN factor_ambulant REAL NOT NULL DEFAULT 1 CHECK (factor_ambulant > 0)`,
    `ALTER TABLE care_rate_set ADD COLUMN factor_vollstationaer REAL NOT NULL DEFAULT 1 CHECK (factor_vollstationaer > 0)`,
    `ALTER TABLE care_rate_set ADD COLUMN factor_teilstationaer REAL NOT NULL DEFAULT 1 CHECK (factor_teilstationaer > 0)`,
    `ALTER TABLE care_rate_set ADD COLUMN rate_year INTEGER`,
    `ALTER TABLE care_rate_set ADD COLUMN calibration_year INTEGER`,
    // The old single factor scaled every setting alike: it becomes each setting's factor.
    `UPDATE care_rate_set SET factor_pflegegeld = factor, factor_ambulant = factor, factor_vollstationaer = factor, factor_teilstationaer = factor WHERE factor > 0`,
    // The shipped default set of version 6 holds the Pflegequoten of 2023.
    `UPDATE care_rate_set SET rate_year = 2023 WHERE is_default = 1`,
    `ALTER TABLE care_rate_set DROP COLUMN factor`,
    `ALTER TABLE needs_scenario ADD COLUMN rate_trend_until INTEGER`,
    `ALTER TABLE needs_scenario ADD COLUMN rate_preset TEXT`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
