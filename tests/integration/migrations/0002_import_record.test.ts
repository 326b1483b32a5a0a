import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/file/connection';
import { migrateFile } from '../../../db/file/migrate';
import { tempDir } from '../../helpers/files';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 0002_import_record', () => {
  it('adds the import provenance table and keeps the rows of version 1', async () => {
    const { db, sqlite } = connect(path.join(dir, 'm2.sqlite'), { create: true });
    await migrateFile(db, sqlite, 1);
    sqlite.exec(`INSERT INTO plan (id, title, created_at, updated_at) VALUES ('p', 'Plan', 't', 't');
      INSERT INTO gemeinde (id, ags, name, created_at, updated_at) VALUES ('g', '03354018', 'Lüchow', 't', 't');`);
    expect(sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'import_record'`).get()).toBeUndefined();

    await migrateFile(db, sqlite, 2);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(2);
    expect(sqlite.prepare('SELECT ags, name FROM gemeinde').all()).toEqual([{ ags: '03354018', name: 'Lüchow' }]);
    const columns = (sqlite.prepare('PRAGMA table_info(import_record)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining(['id', 'file_name', 'table_code', 'licence', 'row_count', 'created_at', 'updated_at', 'deleted_at']));
    sqlite.close();
  });
});
