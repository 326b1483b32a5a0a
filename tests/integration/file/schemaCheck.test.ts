/**
 * Issue #12, finding 9: plans whose schema or content was changed behind the app's back are
 * refused with a German message and stay byte for byte unchanged — a foreign trigger never runs.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedSchema } from '../../../db/file/schemaCheck';
import { SCHEMA_VERSION } from '../../../db/migrations';
import { useScratchDir } from '../../helpers/files';
import { call, testServices } from '../../helpers/services';
import { expectRefusedUnchanged, newPlan, tamper } from './helpers';

/** A scratch folder for this file (tests/helpers/files.ts). */
const { dir } = useScratchDir('psp-schema-');

const cases: Array<[string, string, RegExp]> = [
  ['a dropped register table', 'DROP TABLE offer', /Tabelle „offer“ fehlt/],
  ['no change log', 'DROP TABLE change_log', /Tabelle „change_log“ fehlt/],
  ['a dropped column', 'ALTER TABLE planning_area DROP COLUMN description', /„planning_area“ fehlen die Spalten „description“/],
  ['a dropped index', 'DROP INDEX change_log_hlc', /Indizes „change_log_hlc“/],
  ['garbage JSON in the change log', `UPDATE change_log SET new_value = '{kaputt' WHERE seq = (SELECT max(seq) FROM change_log)`, /1 Eintrag des Änderungsprotokolls ist unlesbar/],
  ['a whole-row insert entry that is not a row', `UPDATE change_log SET new_value = '"kein Datensatz"' WHERE col = '*' AND op = 'insert' AND tbl = 'plan'`, /1 Eintrag des Änderungsprotokolls ist unlesbar/],
  ['two live plan rows', `INSERT INTO plan (id, title, created_at, updated_at) VALUES ('p2', 'Zweiter', 'x', 'x')`, /2 Pläne statt einem/],
  ['no live plan row', `UPDATE plan SET deleted_at = 'x'`, /keinen Plan/],
  ['a foreign trigger', `CREATE TRIGGER wipe AFTER UPDATE ON plan BEGIN DELETE FROM planning_area; END`, /fremde Programmteile \(Trigger wipe\)/],
  ['a foreign view', `CREATE VIEW everything AS SELECT * FROM plan`, /fremde Programmteile \(Sicht everything\)/],
];

describe('refusing plans with a damaged schema or content', () => {
  for (const [label, sql, message] of cases) {
    it(`refuses ${label} with a German message and does not change a byte`, async () => {
      const file = await newPlan(dir, `${label.replace(/\W+/g, '-')}.sqlite`);
      tamper(file, sql);
      await expectRefusedUnchanged(file, path.join(dir, 'Sicherungen'), message);
    });
  }

  it('reaches the person through the API unchanged, German and without technical terms', async () => {
    const file = await newPlan(dir, 'api.sqlite');
    tamper(file, 'DROP TABLE change_log');
    const services = testServices(path.join(dir, 'userdata'));
    await expect(call(services, 'plan.open', { path: file })).rejects.toThrow(/beschädigt.*„change_log“ fehlt.*nicht verändert/);
  });

  it('derives the expected schema from the migrations, not from a list', async () => {
    const shape = await expectedSchema(SCHEMA_VERSION);
    expect([...shape.tables.keys()]).toEqual(expect.arrayContaining(['plan', 'change_log', 'replica', 'offer', 'population_dataset', 'merge_conflict']));
    expect(shape.others.size).toBe(0);
    const v1 = await expectedSchema(1);
    expect(v1.tables.has('offer')).toBe(false);
  });
});
