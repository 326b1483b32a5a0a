import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/file/connection';
import { migrateFile } from '../../../db/file/migrate';
import { tempDir } from '../../helpers/files';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('migration 0004_needs', () => {
  it('adds the needs tables and keeps the rows of version 3', async () => {
    const { db, sqlite } = connect(path.join(dir, 'm4.sqlite'), { create: true });
    await migrateFile(db, sqlite, 3);
    sqlite.exec(`INSERT INTO plan (id, title, kreis_key, created_at, updated_at) VALUES ('p', 'Plan', '03354', 't', 't');
      INSERT INTO gemeinde (id, ags, name, created_at, updated_at) VALUES ('g', '03354018', 'Lüchow', 't', 't');`);
    expect(sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'population_row'`).get()).toBeUndefined();

    await migrateFile(db, sqlite, 4);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(4);
    expect(sqlite.prepare('SELECT ags, name FROM gemeinde').all()).toEqual([{ ags: '03354018', name: 'Lüchow' }]);
    const tables = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['population_dataset', 'population_row', 'care_rate_set', 'care_rate_value', 'needs_scenario', 'needs_richtwert', 'needs_staffing_ratio', 'needs_setting', 'need_statement']));
    const cols = (t: string) => (sqlite.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
    expect(cols('need_statement')).toEqual(['id', 'field_id', 'title', 'description', 'gemeinde_id', 'priority', 'source', 'source_date', 'created_at', 'updated_at', 'deleted_at']);

    sqlite.exec(`INSERT INTO population_dataset (id, name, kind, level, format, file_name, encoding, row_count, created_at, updated_at) VALUES ('d', 'T', 'bestand', 'gemeinde', 'genesis-tabelle', 'f.csv', 'utf-8', 1, 't', 't');
      INSERT INTO population_row (id, dataset_id, region_key, level, name, year, sex, bands, total, created_at, updated_at) VALUES ('r1', 'd', '03354018', 'gemeinde', 'Lüchow', 2015, 'insgesamt', '{}', 9481, 't', 't');`);
    // One live row per dataset, region, year and sex; tombstoned rows do not count.
    expect(() => sqlite.exec(`INSERT INTO population_row (id, dataset_id, region_key, level, name, year, sex, bands, created_at, updated_at) VALUES ('r2', 'd', '03354018', 'gemeinde', 'Lüchow', 2015, 'insgesamt', '{}', 't', 't')`)).toThrow(/UNIQUE/);
    sqlite.exec(`UPDATE population_row SET deleted_at = 't' WHERE id = 'r1'`);
    sqlite.exec(`INSERT INTO population_row (id, dataset_id, region_key, level, name, year, sex, bands, created_at, updated_at) VALUES ('r2', 'd', '03354018', 'gemeinde', 'Lüchow', 2015, 'insgesamt', '{}', 't', 't')`);
    expect(() => sqlite.exec(`INSERT INTO care_rate_value (id, rate_set_id, age_band, sex, setting, rate, created_at, updated_at) VALUES ('v', 's', '90+', 'insgesamt', 'ambulant', 1.5, 't', 't')`)).toThrow(/CHECK/);
    expect(() => sqlite.exec(`INSERT INTO need_statement (id, field_id, title, priority, created_at, updated_at) VALUES ('n', 'hf07', 'x', 'dringend', 't', 't')`)).toThrow(/CHECK/);
    sqlite.close();
  });
});
