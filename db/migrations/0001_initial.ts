import { type Kysely, sql } from 'kysely';

/** Columns every tracked table shares; see db/schema.ts. */
function trackedColumns(sqlBody: string): string {
  return `id TEXT PRIMARY KEY NOT NULL,
    ${sqlBody},
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE plan (${trackedColumns(`title TEXT NOT NULL DEFAULT '',
    district_name TEXT NOT NULL DEFAULT '',
    kreis_key TEXT NOT NULL DEFAULT '',
    period_from INTEGER,
    period_to INTEGER,
    organisation TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT ''`)})`,
    `CREATE TABLE gemeinde (${trackedColumns(`ags TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'gemeinde' CHECK (kind IN ('gemeinde', 'gemeindefrei')),
    lat REAL,
    lon REAL,
    geometry TEXT`)})`,
    // Unique among live rows only: a deleted Gemeinde may be entered again.
    `CREATE UNIQUE INDEX gemeinde_ags_live ON gemeinde (ags) WHERE deleted_at IS NULL`,
    `CREATE TABLE planning_area (${trackedColumns(`name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''`)})`,
    `CREATE TABLE planning_area_member (${trackedColumns(`planning_area_id TEXT NOT NULL REFERENCES planning_area (id),
    gemeinde_id TEXT NOT NULL REFERENCES gemeinde (id)`)})`,
    `CREATE UNIQUE INDEX planning_area_member_live ON planning_area_member (planning_area_id, gemeinde_id) WHERE deleted_at IS NULL`,
    `CREATE INDEX planning_area_member_gemeinde ON planning_area_member (gemeinde_id)`,
    `CREATE TABLE task_state (${trackedColumns(`task_id TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('offen', 'in_arbeit', 'erledigt', 'nicht_relevant')),
    note TEXT NOT NULL DEFAULT '',
    date TEXT`)})`,
    `CREATE UNIQUE INDEX task_state_task_live ON task_state (task_id) WHERE deleted_at IS NULL`,
    `CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    hlc TEXT NOT NULL,
    replica_id TEXT NOT NULL,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete', 'restore')),
    tx_id TEXT NOT NULL)`,
    `CREATE INDEX change_log_hlc ON change_log (hlc)`,
    `CREATE INDEX change_log_row ON change_log (tbl, row_id)`,
    `CREATE TABLE replica (
    id TEXT PRIMARY KEY NOT NULL,
    hlc_millis INTEGER NOT NULL,
    hlc_counter INTEGER NOT NULL,
    created_at TEXT NOT NULL)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
