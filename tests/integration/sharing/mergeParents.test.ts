/**
 * Merge orphan detection follows the parents declared in shared/model, including the columns
 * the old `<table>_id` guess missed (dataset_id, rate_set_id, type_id, chair_actor_id).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { HostServices } from '../../../db/api/context';
import type { TrackedTable } from '../../../db/schema';
import { parentsOf } from '../../../shared/model';
import { call, testServices } from '../../helpers/services';
import { tempDir } from '../../helpers/files';
import { merge, META } from './helpers';

let dir: string;
let services: HostServices;
let master: string;
let copy: string;

beforeEach(async () => {
  dir = tempDir('psp-parents-');
  services = testServices(path.join(dir, 'userdata'));
  master = path.join(dir, 'master.sqlite');
  copy = path.join(dir, 'kopie.sqlite');
  await call(services, 'plan.create', { path: master, meta: META }, 'w1');
});
afterEach(() => {
  services.sessions.closeAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

const insert = (windowId: string, rows: [TrackedTable, Record<string, unknown> & { id: string }][]) =>
  services.sessions.require(windowId).write(async (w) => {
    for (const [table, values] of rows) await w.insert(table, values);
  });

it('declares the parents the column-name guess missed', () => {
  const parent = (table: string, col: string) => parentsOf(table).find((p) => p.col === col)?.parent;
  expect(parent('population_row', 'dataset_id')).toBe('population_dataset');
  expect(parent('care_rate_value', 'rate_set_id')).toBe('care_rate_set');
  expect(parent('offer', 'type_id')).toBe('offer_type');
  expect(parent('network', 'chair_actor_id')).toBe('actor');
});

it('a child added there whose parent I deleted is an orphan conflict, for every declared parent column', async () => {
  await insert('w1', [
    ['population_dataset', { id: 'ds', name: 'Bestand', kind: 'bestand', level: 'gemeinde', format: 'csv', file_name: 'b.csv', encoding: 'utf-8', row_count: 0 }],
    ['care_rate_set', { id: 'rs', name: 'Quoten', source: 'eigene', note: '', is_default: 0 }],
    ['offer_type', { id: 'ot', label: 'Quartiersstützpunkt', capacity_unit: 'klienten' }],
    ['actor', { id: 'ac', name: 'Diakonie', kind: 'pflegeanbieter', is_example: 0 }],
  ]);
  await call(services, 'sharing.share', { path: copy, withoutPersonalData: false }, 'w1');
  await call(services, 'plan.open', { path: copy }, 'w2');
  await services.sessions.require('w1').write(async (w) => {
    for (const [table, id] of [['population_dataset', 'ds'], ['care_rate_set', 'rs'], ['offer_type', 'ot'], ['actor', 'ac']] as const) expect(await w.softDelete(table, id)).toBe(true);
  });
  await insert('w2', [
    ['population_row', { id: 'pr', dataset_id: 'ds', region_key: '03354018', level: 'gemeinde', name: 'Lüchow', year: 2024, sex: 'insgesamt', bands: '{}', total: 9000 }],
    ['care_rate_value', { id: 'rv', rate_set_id: 'rs', age_band: '75-80', sex: 'insgesamt', setting: 'ambulant', rate: 0.05 }],
    ['offer', { id: 'of', type_id: 'ot', name: 'Stützpunkt Nord', is_example: 0 }],
    // A shipped offer type is no row: never an orphan.
    ['offer', { id: 'of-builtin', type_id: 'tagespflege', name: 'Tagespflege Süd', is_example: 0 }],
    ['network', { id: 'nw', name: 'Pflegekonferenz', kind: 'gremium', chair_actor_id: 'ac', is_example: 0 }],
  ]);
  const result = await merge(services, copy, 'w1');
  const conflicts = await call(services, 'sharing.conflicts', { mergeId: result.mergeId, openOnly: true }, 'w1');
  const orphans = conflicts.filter((c) => c.kind === 'orphan').map((c) => `${c.table}:${c.rowId}`).sort();
  expect(orphans).toEqual(['care_rate_value:rv', 'network:nw', 'offer:of', 'population_row:pr']);
  const m = services.sessions.require('w1').sqlite;
  // The orphans stay out of the live data until someone decides; the builtin-typed offer came in.
  expect(m.prepare('SELECT id FROM offer WHERE deleted_at IS NULL ORDER BY id').all()).toEqual([{ id: 'of-builtin' }]);
  expect(m.prepare('SELECT count(*) AS n FROM population_row').get()).toEqual({ n: 0 });
});
