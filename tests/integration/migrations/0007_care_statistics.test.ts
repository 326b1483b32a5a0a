import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/file/connection';
import { migrateFile } from '../../../db/file/migrate';
import { tempDir } from '../../helpers/files';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 0007_care_statistics', () => {
  it('turns the one calibration factor into one per setting, marks the default rates as 2023, adds the Pflegestatistik tables', async () => {
    const { db, sqlite } = connect(path.join(dir, 'm7.sqlite'), { create: true });
    await migrateFile(db, sqlite, 6);
    sqlite.exec(`INSERT INTO plan (id, title, kreis_key, created_at, updated_at) VALUES ('p', 'Plan', '03354', 't', 't');
      INSERT INTO care_rate_set (id, name, source, is_default, factor, calibration_note, created_at, updated_at) VALUES ('d', 'Standard', 'Destatis', 1, 0.6471, 'Kalibriert auf 2.466', 't', 't');
      INSERT INTO care_rate_set (id, name, source, is_default, factor, created_at, updated_at) VALUES ('o', 'Eigene', 'Land', 0, 1, 't', 't');
      INSERT INTO needs_scenario (id, name, method, rate_trend, end_year, created_at, updated_at) VALUES ('s', 'Status quo', 'konstant', -0.5, 2035, 't', 't');`);
    expect(sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'care_statistic_value'`).get()).toBeUndefined();

    await migrateFile(db, sqlite, 7);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(7);
    expect(sqlite.prepare('SELECT id, factor_pflegegeld, factor_ambulant, factor_vollstationaer, factor_teilstationaer, rate_year, calibration_note FROM care_rate_set ORDER BY id').all()).toEqual([
      { id: 'd', factor_pflegegeld: 0.6471, factor_ambulant: 0.6471, factor_vollstationaer: 0.6471, factor_teilstationaer: 0.6471, rate_year: 2023, calibration_note: 'Kalibriert auf 2.466' },
      { id: 'o', factor_pflegegeld: 1, factor_ambulant: 1, factor_vollstationaer: 1, factor_teilstationaer: 1, rate_year: null, calibration_note: null },
    ]);
    const columns = (table: string) => (sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('care_rate_set')).not.toContain('factor');
    expect(sqlite.prepare('SELECT rate_trend, rate_trend_until, rate_preset FROM needs_scenario').get()).toEqual({ rate_trend: -0.5, rate_trend_until: null, rate_preset: null });
    expect(columns('care_statistic_dataset')).toEqual(expect.arrayContaining(['id', 'table_code', 'kind', 'file_name', 'reference_date', 'stand', 'licence', 'encoding', 'row_count', 'deleted_at']));
    expect(columns('care_statistic_value')).toEqual(expect.arrayContaining(['dataset_id', 'region_key', 'region_name', 'level', 'year', 'sex', 'measure', 'value']));
    // One value per dataset, region, year, sex and measure among the live rows; factors stay positive.
    const insert = `INSERT INTO care_statistic_value (id, dataset_id, region_key, region_name, level, year, sex, measure, value, created_at, updated_at) VALUES (?, 'ds', '03354', 'Lüchow-Dannenberg', 'kreis', 2015, 'insgesamt', 'ambulant', 594, 't', 't')`;
    sqlite.prepare(insert).run('v1');
    expect(() => sqlite.prepare(insert).run('v2')).toThrow(/UNIQUE/);
    expect(() => sqlite.exec(`UPDATE care_rate_set SET factor_ambulant = 0 WHERE id = 'o'`)).toThrow(/CHECK/);
    expect(() => sqlite.exec(`INSERT INTO care_statistic_value (id, dataset_id, region_key, region_name, level, year, sex, measure, created_at, updated_at) VALUES ('v3', 'ds', '03', 'NI', 'bund', 2015, 'insgesamt', 'ambulant', 't', 't')`)).toThrow(/CHECK/);
    sqlite.close();
  });
});
