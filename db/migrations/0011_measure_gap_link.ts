import { type Kysely, sql } from 'kysely';

/**
 * Issue #14: a measure can be justified by a computed gap (Richtwert, Gemeinde/Planungsbereich/
 * Kreis, year, scenario). Only the coordinates are stored, never the gap's value: the value is
 * recomputed from the current data wherever the link is shown, so it stays live. Frozen DDL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE measure_gap_link (
    id TEXT PRIMARY KEY NOT NULL,
    measure_id TEXT NOT NULL REFERENCES measure (id),
    richtwert_id TEXT NOT NULL,
    region_key TEXT NOT NULL,
    year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    scenario_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT)`,
    `CREATE INDEX measure_gap_link_measure ON measure_gap_link (measure_id)`,
  ];
  for (const s of statements) await sql.raw(s).execute(db);
}
