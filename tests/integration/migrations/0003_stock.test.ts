import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/file/connection';
import { migrateFile } from '../../../db/file/migrate';
import { STOCK_TABLES } from '../../../db/stock/schema';
import { REGISTERS } from '../../../shared/stock/registers';
import { tempDir } from '../../helpers/files';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const columnsOf = (sqlite: ReturnType<typeof connect>['sqlite'], table: string) =>
  (sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string; notnull: number }[]).map((c) => c.name);

/** Register columns that later migrations add (0013: Tätigkeitsbereich of a Personalstelle). */
const LATER_COLUMNS: Record<string, string[]> = { staff_post: ['category'] };

describe('migration 0003_stock', () => {
  it('adds one table per register with the fixed interface columns and keeps the rows of version 2', async () => {
    const { db, sqlite } = connect(path.join(dir, 'm3.sqlite'), { create: true });
    await migrateFile(db, sqlite, 2);
    sqlite.exec(`INSERT INTO plan (id, title, created_at, updated_at) VALUES ('p', 'Plan', 't', 't');
      INSERT INTO gemeinde (id, ags, name, created_at, updated_at) VALUES ('g', '03354018', 'Lüchow', 't', 't');
      INSERT INTO import_record (id, kind, file_name, format, encoding, row_count, created_at, updated_at) VALUES ('i', 'genesis', 'a.csv', 'csv', 'utf-8', 1, 't', 't');`);
    expect(sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'offer'`).get()).toBeUndefined();

    await migrateFile(db, sqlite, 3);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(3);
    expect(sqlite.prepare('SELECT ags, name FROM gemeinde').all()).toEqual([{ ags: '03354018', name: 'Lüchow' }]);
    expect(sqlite.prepare('SELECT count(*) AS n FROM import_record').get()).toEqual({ n: 1 });

    expect(STOCK_TABLES).toEqual(REGISTERS.map((r) => r.table));
    for (const def of REGISTERS) {
      const cols = columnsOf(sqlite, def.table);
      const fromThisMigration = def.fields.map((f) => f.key).filter((k) => !LATER_COLUMNS[def.table]?.includes(k));
      expect(cols, def.table).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'deleted_at', ...fromThisMigration]));
      if (def.hasExampleFlag) expect(cols, def.table).toContain('is_example');
    }
    // The fixed interface other features read by SQL.
    expect(columnsOf(sqlite, 'offer')).toEqual(
      expect.arrayContaining(['type_id', 'name', 'provider', 'provider_kind', 'street', 'postcode', 'city', 'gemeinde_id', 'lat', 'lon', 'capacity', 'capacity_unit', 'occupancy', 'staff_fachkraft_vze', 'staff_hilfskraft_vze', 'target_groups', 'source', 'source_date', 'is_example']),
    );
    expect(columnsOf(sqlite, 'contact_person')).toEqual(expect.arrayContaining(['actor_id', 'name', 'role', 'phone', 'email']));
    expect(columnsOf(sqlite, 'funding_programme')).toEqual(expect.arrayContaining(['name', 'funder', 'funder_kind', 'deadline', 'rate', 'maximum', 'status', 'fields', 'follow_up']));
    expect(columnsOf(sqlite, 'staff_post')).toEqual(expect.arrayContaining(['title', 'unit', 'gemeinde_id', 'vze', 'share_senioren_pflege', 'permanent', 'end_date', 'financing']));

    sqlite.exec(`INSERT INTO offer (id, type_id, name, gemeinde_id, created_at, updated_at) VALUES ('o', 'tagespflege', 'TP', 'g', 't', 't')`);
    expect(sqlite.prepare('SELECT is_example FROM offer').get()).toEqual({ is_example: 0 });
    expect(() => sqlite.exec(`INSERT INTO offer (id, name, created_at, updated_at) VALUES ('o2', 'ohne Art', 't', 't')`)).toThrow(/NOT NULL/);
    // One live ÖPNV rating per Gemeinde; a tombstoned one does not count.
    sqlite.exec(`INSERT INTO oepnv_rating (id, gemeinde_id, rating, created_at, updated_at, deleted_at) VALUES ('r1', 'g', 'gut', 't', 't', 't')`);
    sqlite.exec(`INSERT INTO oepnv_rating (id, gemeinde_id, rating, created_at, updated_at) VALUES ('r2', 'g', 'gut', 't', 't')`);
    expect(() => sqlite.exec(`INSERT INTO oepnv_rating (id, gemeinde_id, rating, created_at, updated_at) VALUES ('r3', 'g', 'gut', 't', 't')`)).toThrow(/UNIQUE/);
    sqlite.close();
  });
});
