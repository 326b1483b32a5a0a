import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/file/connection';
import { migrateFile } from '../../../db/file/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../db/migrations';
import { tempDir } from '../../helpers/files';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 0009_personal_data_erasure', () => {
  it('adds the erasure records and keeps the contacts and the log of the version before', async () => {
    // The file version that this migration brings a file to (versions count the migrations).
    const version = Object.keys(MIGRATIONS).sort().indexOf('0009_personal_data_erasure') + 1;
    expect(version).toBeGreaterThan(6);
    const { db, sqlite } = connect(path.join(dir, 'm9.sqlite'), { create: true });
    await migrateFile(db, sqlite, version - 1);
    sqlite.exec(`INSERT INTO actor (id, name, kind, created_at, updated_at) VALUES ('a', 'Diakonie', 'pflegeanbieter', 't', 't');
      INSERT INTO contact_person (id, actor_id, name, phone, created_at, updated_at) VALUES ('c', 'a', 'Frau Muster', '0581 1', 't', 't');
      INSERT INTO change_log (hlc, replica_id, tbl, row_id, col, old_value, new_value, op, tx_id)
        VALUES ('000000000000001-0000-r', 'r', 'contact_person', 'c', 'name', NULL, '"Frau Muster"', 'insert', 'tx');`);
    expect(sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'personal_data_erasure'`).get()).toBeUndefined();

    await migrateFile(db, sqlite, version);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(version);
    expect(sqlite.prepare('SELECT name, phone FROM contact_person').all()).toEqual([{ name: 'Frau Muster', phone: '0581 1' }]);
    expect(sqlite.prepare('SELECT count(*) AS n FROM change_log').get()).toEqual({ n: 1 });
    const columns = (sqlite.prepare('PRAGMA table_info(personal_data_erasure)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['id', 'tbl', 'row_id', 'erased_by', 'created_at', 'updated_at', 'deleted_at']);
    expect(version).toBeLessThanOrEqual(SCHEMA_VERSION);
    sqlite.close();
  });
});
