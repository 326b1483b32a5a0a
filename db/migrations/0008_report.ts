import { type Kysely, sql } from 'kysely';

/**
 * Table of issue #10: per-chapter settings of the Pflegestrukturbericht (included or not, own
 * text). Tracked like every user-data table, so the change log, merge and sharing cover it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE report_chapter (
    id TEXT PRIMARY KEY NOT NULL,
    chapter_id TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    own_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT)`.execute(db);
  // Not UNIQUE: two copies may each create the row for a chapter before they are merged;
  // the merge's natural key (chapter_id) then reports the duplicate instead of failing.
  await sql`CREATE INDEX report_chapter_chapter ON report_chapter (chapter_id)`.execute(db);
}
