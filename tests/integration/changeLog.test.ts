/**
 * The change log is what merge and undo stand on: every write must leave entries from which
 * the live tables can be rebuilt exactly. This test performs every kind of write on every
 * tracked table through the real repositories, then replays the log and compares.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRACKED_TABLES } from '../../db/schema';
import type { HostServices } from '../../db/api/context';
import { expectTableMatchesLog, replayChangeLog } from '../helpers/changeLogReplay';
import { call, testServices } from '../helpers/services';
import { writeEveryMeasuresTable } from './measures/writeEveryMeasuresTable';
import { writeEveryRegister } from './stock/writeEveryRegister';
import { fixture, tempDir } from '../helpers/files';

let dir: string;
let services: HostServices;

beforeAll(() => {
  dir = tempDir();
  services = testServices(path.join(dir, 'userdata'));
});
afterAll(() => {
  services.sessions.closeAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('change log', () => {
  it('records every kind of write on every tracked table so that replaying it rebuilds the data', async () => {
    const file = path.join(dir, 'log.sqlite');
    await call(services, 'plan.create', { path: file, meta: { title: 'Log', districtName: 'LK', kreisKey: '', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' } });
    await call(services, 'plan.updateMeta', { title: 'Log 2', districtName: 'LK Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2031, organisation: 'Kreis', author: 'A' });
    const g1 = await call(services, 'district.gemeinden.create', { ags: '03354018', name: 'Lüchow', lat: 52.97, lon: 11.15 });
    const g2 = await call(services, 'district.gemeinden.create', { ags: '03354004', name: 'Dannenberg' });
    await call(services, 'district.gemeinden.update', { id: g2.id, values: { ags: '03354004', name: 'Dannenberg (Elbe)', kind: 'gemeinde', lat: 53.1, lon: 11.1 } });
    const area = await call(services, 'district.areas.create', { name: 'Nord', description: 'Test', gemeindeIds: [g1.id, g2.id] });
    await call(services, 'district.areas.update', { id: area.id, values: { name: 'Nord-Ost', description: 'Test', gemeindeIds: [g2.id] } });
    await call(services, 'district.gemeinden.delete', { id: g1.id });
    await call(services, 'district.gemeinden.restore', { id: g1.id });
    await call(services, 'method.setTask', { taskId: 'hf07.bedarf.' + (await firstTaskSlug('hf07', 'bedarf')), state: 'erledigt' });
    await call(services, 'method.setTask', { taskId: 'hf07.bedarf.' + (await firstTaskSlug('hf07', 'bedarf')), note: 'Notiz', date: '2026-11-20' });
    const csv = fs.readFileSync(fixture('regionalstatistik/LK03354_12411-02-03-5_2015.csv'));
    await call(services, 'district.import.commit', { format: 'genesis', fileName: 'x.csv', contentBase64: csv.toString('base64'), kreisKey: '03354' });
    await call(services, 'district.areas.delete', { id: area.id });

    // Every feature's tables, through their real channels.
    await writeEveryRegister(services, 'w1');
    await writeEveryMeasuresTable(services, 'w1');
    const statement = await call(services, 'needs.statements.save', {
      id: null, fieldId: 'hf07', title: 'Tagespflege im Norden fehlt', description: null, gemeindeId: g1.id, priority: 'hoch', source: 'Workshop', sourceDate: '2026-11-01',
    });
    await call(services, 'needs.statements.delete', { id: statement.id });
    await call(services, 'needs.settings.save', { detourFactor: 1.3, thresholdKm: 15, reachOfferType: 'tagespflege', staffPerCase: [] });
    const contact = (await call(services, 'stock.list', { register: 'ansprechpersonen', gemeindeId: null }))[0]!;
    await call(services, 'privacy.eraseRecord', { register: 'ansprechpersonen', id: contact.id });

    const sqlite = services.sessions.require('w1').sqlite;
    const opsSeen = new Set((sqlite.prepare('SELECT DISTINCT op FROM change_log').all() as { op: string }[]).map((e) => e.op));
    expect([...opsSeen].sort()).toEqual(['delete', 'insert', 'restore', 'update']);
    for (const table of expectReplayMatches(sqlite)) tablesWithRows.add(table);
  });

  it('rebuilds the whole sample plan (every register, population, rates, measures) from its log', async () => {
    const sample = await call(services, 'plan.openSample', {}, 'sample');
    expect(sample.isSample).toBe(true);
    for (const table of expectReplayMatches(services.sessions.require('sample').sqlite)) tablesWithRows.add(table);
  });

  it('has covered every tracked table of every feature in the two plans above', () => {
    expect([...TRACKED_TABLES].filter((t) => !tablesWithRows.has(t))).toEqual([]);
  });

  it('writes nothing, not even a log entry, when a write is refused', async () => {
    const sqlite = services.sessions.require('w1').sqlite;
    const count = () => (sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
    const before = count();
    await expect(call(services, 'district.gemeinden.create', { ags: '03354004', name: 'Doppelt' })).rejects.toThrow(/bereits vergeben/);
    await expect(call(services, 'district.gemeinden.create', { ags: '0335401', name: 'Kurz' })).rejects.toThrow(/8 Ziffern/);
    await expect(call(services, 'district.gemeinden.create', { ags: '05111000', name: 'Düsseldorf' })).rejects.toThrow(/gehört nicht zum Kreis 03354/);
    expect(count()).toBe(before);
  });
});

const tablesWithRows = new Set<string>();

/**
 * Replays the change log of `sqlite` and compares it with every live row of every tracked
 * table; returns the tables that had rows. Also checks the clock: strictly increasing
 * timestamps, each carrying this file's replica id.
 */
function expectReplayMatches(sqlite: Sqlite.Database): string[] {
  const { entries, rows } = replayChangeLog(sqlite);
  const withRows = TRACKED_TABLES.filter((table) => expectTableMatchesLog(sqlite, table, rows) > 0);
  const hlcs = entries.map((e) => e.hlc);
  expect([...hlcs].sort()).toEqual(hlcs);
  expect(new Set(hlcs).size).toBe(hlcs.length);
  const replica = (sqlite.prepare('SELECT id FROM replica').get() as { id: string }).id;
  expect(entries.every((e) => e.replica_id === replica && e.hlc.endsWith(replica))).toBe(true);
  return withRows;
}

async function firstTaskSlug(fieldId: string, stepId: string): Promise<string> {
  const { fieldById } = await import('../../shared/catalog');
  const task = fieldById(fieldId)!.steps.find((s) => s.id === stepId)!.tasks[0]!;
  return task.id.split('.').pop()!;
}
