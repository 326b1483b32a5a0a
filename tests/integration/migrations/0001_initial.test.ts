import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/file/connection';
import { migrateFile } from '../../../db/file/migrate';
import { LOCAL_TABLES, TRACKED_TABLES } from '../../../db/schema';
import { tempDir } from '../../helpers/files';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 0001_initial', () => {
  it('creates the tables of version 1 from an empty file (N−1 = 0)', async () => {
    const { db, sqlite } = connect(path.join(dir, 'm1.sqlite'), { create: true });
    await migrateFile(db, sqlite, 1);
    const tables = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely%' AND name NOT LIKE 'sqlite%'`).all() as { name: string }[]).map((t) => t.name).sort();
    expect(tables).toEqual(['change_log', 'gemeinde', 'plan', 'planning_area', 'planning_area_member', 'replica', 'task_state']);
    sqlite.exec(`INSERT INTO gemeinde (id, ags, name, created_at, updated_at) VALUES ('a', '03354018', 'X', 't', 't')`);
    // Live AGS must be unique; a tombstoned one may be entered again.
    expect(() => sqlite.exec(`INSERT INTO gemeinde (id, ags, name, created_at, updated_at) VALUES ('b', '03354018', 'Y', 't', 't')`)).toThrow(/UNIQUE/);
    sqlite.exec(`UPDATE gemeinde SET deleted_at = 't' WHERE id = 'a'`);
    sqlite.exec(`INSERT INTO gemeinde (id, ags, name, created_at, updated_at) VALUES ('b', '03354018', 'Y', 't', 't')`);
    sqlite.close();
  });

  it('gives every tracked table a UUID text key, created_at, updated_at and a tombstone', async () => {
    const { db, sqlite } = connect(path.join(dir, 'm1b.sqlite'), { create: true });
    await migrateFile(db, sqlite);
    for (const table of TRACKED_TABLES) {
      const columns = sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string; pk: number }[];
      expect(columns.find((c) => c.pk === 1), table).toMatchObject({ name: 'id', type: 'TEXT' });
      expect(columns.map((c) => c.name), table).toEqual(expect.arrayContaining(['created_at', 'updated_at', 'deleted_at']));
    }
    const userTables = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely%' AND name NOT LIKE 'sqlite%'`).all() as { name: string }[])
      .map((t) => t.name)
      .filter((t) => !(LOCAL_TABLES as readonly string[]).includes(t));
    // A new user-data table that is registered neither as tracked nor as local would escape the change log.
    expect(userTables.sort()).toEqual([...TRACKED_TABLES].sort());
    sqlite.close();
  });
});
