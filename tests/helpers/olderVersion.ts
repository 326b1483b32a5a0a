/**
 * Turns a planning file into a genuine file of an older schema version: a new file migrated to
 * `version`, filled with the rows of every table (the columns both versions have). Unlike dropping
 * tables by hand, it keeps working whatever later migrations change.
 */
import fs from 'node:fs';
import { connect } from '../../db/file/connection';
import { migrateFile } from '../../db/file/migrate';

export async function downgradeFile(file: string, version: number): Promise<void> {
  const older = `${file}.older`;
  const { db, sqlite } = connect(older, { create: true });
  await migrateFile(db, sqlite, version);
  sqlite.prepare('ATTACH DATABASE ? AS cur').run(file);
  const tables = (sqlite.prepare(`SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%'`).all() as { name: string }[]).map((t) => t.name);
  const columns = (schema: string, table: string) => (sqlite.prepare(`PRAGMA ${schema}.table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
  for (const table of tables) {
    const theirs = new Set(columns('cur', table));
    const shared = columns('main', table).filter((c) => theirs.has(c));
    if (shared.length === 0) continue;
    const list = shared.map((c) => `"${c}"`).join(', ');
    sqlite.exec(`INSERT INTO main."${table}" (${list}) SELECT ${list} FROM cur."${table}"`);
  }
  sqlite.exec('DETACH DATABASE cur');
  sqlite.close();
  fs.renameSync(older, file);
}
