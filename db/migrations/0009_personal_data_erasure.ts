import { type Kysely, sql } from 'kysely';

/**
 * DSGVO Art. 17: one tracked record per erasure of personal data (which row of which table,
 * by whom) — never the erased values. Tracked, so merging carries it to other copies of the
 * plan, and the merge never brings erased values back (db/privacy/).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE personal_data_erasure (
    id TEXT PRIMARY KEY NOT NULL,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    erased_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT)`,
    `CREATE INDEX personal_data_erasure_row ON personal_data_erasure (tbl, row_id)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
