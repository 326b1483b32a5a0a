import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/file/connection';
import { migrateFile } from '../../../db/file/migrate';
import { MIGRATIONS } from '../../../db/migrations';
import { tempDir } from '../../helpers/files';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Versions count migrations; 0007–0010 come from other branches, so the version is looked up.
const version = Object.keys(MIGRATIONS).sort().indexOf('0011_measure_gap_link') + 1;

describe('migration 0011_measure_gap_link', () => {
  it('adds the gap links of measures and keeps the measures of the version before', async () => {
    const { db, sqlite } = connect(path.join(dir, 'm11.sqlite'), { create: true });
    await migrateFile(db, sqlite, version - 1);
    sqlite.exec(`INSERT INTO measure (id, field_id, title, created_at, updated_at) VALUES ('m', 'hf07', 'Tagespflege Nord', 't', 't');`);
    expect(sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'measure_gap_link'`).get()).toBeUndefined();

    await migrateFile(db, sqlite, version);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(version);
    expect(sqlite.prepare('SELECT title FROM measure').all()).toEqual([{ title: 'Tagespflege Nord' }]);
    const columns = (sqlite.prepare(`PRAGMA table_info(measure_gap_link)`).all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['id', 'measure_id', 'richtwert_id', 'region_key', 'year', 'scenario_id', 'created_at', 'updated_at', 'deleted_at']);
    sqlite.exec(`INSERT INTO measure_gap_link (id, measure_id, richtwert_id, region_key, year, scenario_id, created_at, updated_at) VALUES ('l', 'm', 'r', 'kreis', 2030, 's', 't', 't')`);
    // A link belongs to a measure, and its year is a plausible planning year.
    expect(() => sqlite.prepare(`INSERT INTO measure_gap_link (id, measure_id, richtwert_id, region_key, year, scenario_id, created_at, updated_at) VALUES ('x', 'nope', 'r', 'kreis', 2030, 's', 't', 't')`).run()).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.prepare(`INSERT INTO measure_gap_link (id, measure_id, richtwert_id, region_key, year, scenario_id, created_at, updated_at) VALUES ('y', 'm', 'r', 'kreis', 3030, 's', 't', 't')`).run()).toThrow(/CHECK/);
    sqlite.close();
  });
});
