import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/file/connection';
import { migrateFile } from '../../../db/file/migrate';
import { MIGRATIONS } from '../../../db/migrations';
import { tempDir } from '../../helpers/files';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// The version that 0008 brings a file to: its position among the migrations (0007 may be
// another feature's and merged later, so the number is looked up, not written down).
const VERSION = Object.keys(MIGRATIONS).sort().indexOf('0008_report') + 1;

describe('migration 0008_report', () => {
  it('adds report_chapter and keeps the rows and the log of the version before', async () => {
    const { db, sqlite } = connect(path.join(dir, 'm8.sqlite'), { create: true });
    await migrateFile(db, sqlite, VERSION - 1);
    sqlite.exec(`INSERT INTO plan (id, title, created_at, updated_at) VALUES ('p', 'Plan', 't', 't');
      INSERT INTO gemeinde (id, ags, name, created_at, updated_at) VALUES ('g', '03354018', 'Lüchow', 't', 't');
      INSERT INTO change_log (hlc, replica_id, tbl, row_id, col, old_value, new_value, op, tx_id)
        VALUES ('000000000000001-0000-r', 'r', 'gemeinde', 'g', 'name', NULL, '"Lüchow"', 'insert', 'tx');`);
    expect(sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'report_chapter'`).get()).toBeUndefined();

    await migrateFile(db, sqlite, VERSION);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(VERSION);
    expect(sqlite.prepare('SELECT ags, name FROM gemeinde').all()).toEqual([{ ags: '03354018', name: 'Lüchow' }]);
    expect(sqlite.prepare('SELECT count(*) AS n FROM change_log').get()).toEqual({ n: 1 });
    const columns = (sqlite.prepare('PRAGMA table_info(report_chapter)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['id', 'chapter_id', 'enabled', 'own_text', 'created_at', 'updated_at', 'deleted_at']);
    sqlite.exec(`INSERT INTO report_chapter (id, chapter_id, created_at, updated_at) VALUES ('c', 'vorwort', 't', 't')`);
    expect(sqlite.prepare('SELECT enabled, own_text, deleted_at FROM report_chapter').get()).toEqual({ enabled: 1, own_text: '', deleted_at: null });
    expect(() => sqlite.prepare(`INSERT INTO report_chapter (id, chapter_id, enabled, created_at, updated_at) VALUES ('d', 'x', 2, 't', 't')`).run()).toThrow(/CHECK/);
    sqlite.close();
  });
});
