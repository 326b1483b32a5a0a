import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../../db/file/connection';
import { migrateFile } from '../../../db/file/migrate';
import { tempDir } from '../../helpers/files';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const columns = (sqlite: { prepare(s: string): { all(): unknown[] } }, table: string) =>
  (sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

describe('migration 0005_measures', () => {
  it('adds the step-3 tables and keeps the rows of version 4', async () => {
    const { db, sqlite } = connect(path.join(dir, 'm5.sqlite'), { create: true });
    await migrateFile(db, sqlite, 4);
    sqlite.exec(`INSERT INTO plan (id, title, created_at, updated_at) VALUES ('p', 'Plan', 't', 't');
      INSERT INTO gemeinde (id, ags, name, created_at, updated_at) VALUES ('g', '03354018', 'Lüchow', 't', 't');`);
    expect(sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'measure'`).get()).toBeUndefined();

    await migrateFile(db, sqlite, 5);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(5);
    expect(sqlite.prepare('SELECT ags, name FROM gemeinde').all()).toEqual([{ ags: '03354018', name: 'Lüchow' }]);
    expect(columns(sqlite, 'measure')).toEqual(
      expect.arrayContaining(['id', 'field_id', 'title', 'responsible_actor_id', 'responsible_text', 'start_date', 'end_date', 'status', 'cost_once', 'cost_yearly', 'funding_programme_id', 'deleted_at']),
    );
    expect(columns(sqlite, 'milestone')).toEqual(expect.arrayContaining(['measure_id', 'title', 'due_date', 'responsible', 'status', 'done_on']));
    for (const t of ['measure_link', 'measure_precondition', 'measure_indicator', 'measure_indicator_value', 'participation_event', 'participation_group']) {
      expect(columns(sqlite, t)).toContain('deleted_at');
    }
    expect(columns(sqlite, 'participation_result')).toEqual(expect.arrayContaining(['event_id', 'group_id', 'kind', 'text', 'field_id', 'measure_id']));

    sqlite.exec(`INSERT INTO measure (id, field_id, title, created_at, updated_at) VALUES ('m', 'hf04', 'Pflegekonferenz', 't', 't')`);
    expect(sqlite.prepare(`SELECT status, priority FROM measure`).get()).toEqual({ status: 'geplant', priority: 'mittel' });
    expect(() => sqlite.exec(`INSERT INTO measure (id, field_id, title, status, created_at, updated_at) VALUES ('x', 'hf04', 'X', 'unbekannt', 't', 't')`)).toThrow(/CHECK/);
    sqlite.exec(`INSERT INTO measure_link (id, measure_id, kind, target_id, created_at, updated_at) VALUES ('l1', 'm', 'gemeinde', 'g', 't', 't')`);
    expect(() => sqlite.exec(`INSERT INTO measure_link (id, measure_id, kind, target_id, created_at, updated_at) VALUES ('l2', 'm', 'gemeinde', 'g', 't', 't')`)).toThrow(/UNIQUE/);
    sqlite.close();
  });
});
