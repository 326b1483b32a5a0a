import { type Kysely, sql } from 'kysely';

/**
 * Provenance of imported data (Herkunft): which file, table, reference date and licence a
 * set of rows came from, so every imported figure stays traceable to its official source.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE import_record (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    table_code TEXT,
    reference_date TEXT,
    stand TEXT,
    licence TEXT,
    encoding TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT)`.execute(db);
}
