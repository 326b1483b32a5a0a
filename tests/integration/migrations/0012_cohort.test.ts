import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/file/connection';
import { migrateFile } from '../../../db/file/migrate';
import { MIGRATIONS } from '../../../db/migrations';
import { tempDir } from '../../helpers/files';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 0012_cohort', () => {
  it("keeps every scenario, allows the method 'kohorte' and adds the component tables", async () => {
    const { db, sqlite } = connect(path.join(dir, 'm.sqlite'), { create: true });
    // The file version that this migration brings a file to (versions count the migrations).
    const version = Object.keys(MIGRATIONS).sort().indexOf('0012_cohort') + 1;
    expect(version).toBeGreaterThan(6);
    await migrateFile(db, sqlite, version - 1);
    sqlite.exec(`INSERT INTO needs_scenario (id, name, method, growth, rate_trend, rate_set_id, end_year, projection_dataset_id, rate_trend_until, rate_preset, created_at, updated_at, deleted_at)
      VALUES ('s1', 'Alterung', 'wachstum', '{"*":-0.5}', -0.5, 'r', 2040, NULL, 2027, 'steigend-2027', 't1', 't2', NULL),
             ('s2', 'Alt', 'konstant', '{}', 0, NULL, 2035, NULL, NULL, NULL, 't1', 't2', 't3')`);
    expect(() => sqlite.prepare(`INSERT INTO needs_scenario (id, name, method, end_year, created_at, updated_at) VALUES ('x', 'K', 'kohorte', 2040, 't', 't')`).run()).toThrow(/CHECK/);

    await migrateFile(db, sqlite, version);
    expect(sqlite.prepare('SELECT id, name, method, growth, rate_trend, rate_set_id, end_year, rate_trend_until, rate_preset, cohort, created_at, updated_at, deleted_at FROM needs_scenario ORDER BY id').all()).toEqual([
      { id: 's1', name: 'Alterung', method: 'wachstum', growth: '{"*":-0.5}', rate_trend: -0.5, rate_set_id: 'r', end_year: 2040, rate_trend_until: 2027, rate_preset: 'steigend-2027', cohort: null, created_at: 't1', updated_at: 't2', deleted_at: null },
      { id: 's2', name: 'Alt', method: 'konstant', growth: '{}', rate_trend: 0, rate_set_id: null, end_year: 2035, rate_trend_until: null, rate_preset: null, cohort: null, created_at: 't1', updated_at: 't2', deleted_at: 't3' },
    ]);
    sqlite.prepare(`INSERT INTO needs_scenario (id, name, method, end_year, cohort, created_at, updated_at) VALUES ('k', 'Kohorte', 'kohorte', 2040, '{}', 't', 't')`).run();
    // The unique name among live scenarios still holds after the rebuild.
    expect(() => sqlite.prepare(`INSERT INTO needs_scenario (id, name, method, end_year, created_at, updated_at) VALUES ('k2', 'Kohorte', 'konstant', 2040, 't', 't')`).run()).toThrow(/UNIQUE/);
    sqlite.exec(`INSERT INTO demography_dataset (id, table_code, file_name, encoding, row_count, created_at, updated_at) VALUES ('d', '12613-02-02-4', 'f.csv', 'utf-8', 1, 't', 't');
      INSERT INTO demography_row (id, dataset_id, block, region_code, name, bands, created_at, updated_at) VALUES ('r1', 'd', '', '03354', 'LK', '[]', 't', 't')`);
    expect(() => sqlite.prepare(`INSERT INTO demography_row (id, dataset_id, block, region_code, name, bands, created_at, updated_at) VALUES ('r2', 'd', '', '03354', 'LK', '[]', 't', 't')`).run()).toThrow(/UNIQUE/);
    expect(() => sqlite.prepare(`INSERT INTO demography_row (id, dataset_id, block, region_code, name, bands, created_at, updated_at) VALUES ('r3', 'd', 'quer', '03355', 'LK', '[]', 't', 't')`).run()).toThrow(/CHECK/);
    sqlite.close();
  });
});
