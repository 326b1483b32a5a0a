import { type Kysely, sql } from 'kysely';

/**
 * Tables of issue #6: share and merge. All local to one file (never merged): the merge
 * history, the conflicts waiting for a decision, what each merge changed (for undo), the
 * exchanges with other copies, and the markers of a shared copy.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE merge_history (
    id TEXT PRIMARY KEY NOT NULL,
    merged_at TEXT NOT NULL,
    file_name TEXT NOT NULL,
    their_replica_id TEXT NOT NULL,
    applied INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    received INTEGER NOT NULL DEFAULT 0,
    without_personal_data INTEGER NOT NULL DEFAULT 0,
    undone_at TEXT)`,
    `CREATE TABLE merge_conflict (
    id TEXT PRIMARY KEY NOT NULL,
    merge_id TEXT NOT NULL REFERENCES merge_history (id),
    kind TEXT NOT NULL CHECK (kind IN ('field', 'edit_delete', 'duplicate', 'orphan', 'personal')),
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    base_value TEXT,
    mine_value TEXT,
    theirs_value TEXT,
    mine_hlc TEXT,
    theirs_hlc TEXT,
    theirs_replica_id TEXT,
    other_row_id TEXT,
    choice TEXT CHECK (choice IN ('mine', 'theirs')),
    resolved_at TEXT)`,
    `CREATE INDEX merge_conflict_merge ON merge_conflict (merge_id)`,
    `CREATE TABLE merge_change (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    merge_id TEXT NOT NULL REFERENCES merge_history (id),
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    before_value TEXT,
    after_value TEXT)`,
    `CREATE INDEX merge_change_merge ON merge_change (merge_id)`,
    `CREATE TABLE exchange (
    replica_id TEXT PRIMARY KEY NOT NULL,
    last_hlc TEXT,
    last_shared_at TEXT,
    last_merged_at TEXT)`,
    `CREATE TABLE sharing_copy (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
