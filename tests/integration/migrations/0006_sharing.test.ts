import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/file/connection';
import { migrateFile } from '../../../db/file/migrate';
import { tempDir } from '../../helpers/files';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 0006_sharing', () => {
  it('adds the local merge tables and keeps the rows and the log of version 5', async () => {
    const { db, sqlite } = connect(path.join(dir, 'm6.sqlite'), { create: true });
    await migrateFile(db, sqlite, 5);
    sqlite.exec(`INSERT INTO plan (id, title, created_at, updated_at) VALUES ('p', 'Plan', 't', 't');
      INSERT INTO gemeinde (id, ags, name, created_at, updated_at) VALUES ('g', '03354018', 'Lüchow', 't', 't');
      INSERT INTO change_log (hlc, replica_id, tbl, row_id, col, old_value, new_value, op, tx_id)
        VALUES ('000000000000001-0000-r', 'r', 'gemeinde', 'g', 'name', NULL, '"Lüchow"', 'insert', 'tx');`);
    expect(sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'merge_history'`).get()).toBeUndefined();

    await migrateFile(db, sqlite, 6);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(6);
    expect(sqlite.prepare('SELECT ags, name FROM gemeinde').all()).toEqual([{ ags: '03354018', name: 'Lüchow' }]);
    expect(sqlite.prepare('SELECT count(*) AS n FROM change_log').get()).toEqual({ n: 1 });
    const columns = (table: string) => (sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('merge_history')).toEqual(expect.arrayContaining(['id', 'merged_at', 'file_name', 'their_replica_id', 'applied', 'conflicts', 'undone_at']));
    expect(columns('merge_conflict')).toEqual(expect.arrayContaining(['merge_id', 'kind', 'tbl', 'row_id', 'col', 'base_value', 'mine_value', 'theirs_value', 'choice']));
    expect(columns('merge_change')).toEqual(expect.arrayContaining(['merge_id', 'before_value', 'after_value']));
    expect(columns('exchange')).toEqual(expect.arrayContaining(['replica_id', 'last_hlc']));
    expect(columns('sharing_copy')).toEqual(['key', 'value']);
    // A conflict must belong to a recorded merge, and its kind and choice are checked.
    expect(() => sqlite.prepare(`INSERT INTO merge_conflict (id, merge_id, kind, tbl, row_id, col) VALUES ('c', 'nope', 'field', 'gemeinde', 'g', 'name')`).run()).toThrow(/FOREIGN KEY/);
    sqlite.exec(`INSERT INTO merge_history (id, merged_at, file_name, their_replica_id) VALUES ('m', 't', 'f.sqlite', 'r2')`);
    expect(() => sqlite.prepare(`INSERT INTO merge_conflict (id, merge_id, kind, tbl, row_id, col) VALUES ('c', 'm', 'quatsch', 'gemeinde', 'g', 'name')`).run()).toThrow(/CHECK/);
    sqlite.close();
  });
});
