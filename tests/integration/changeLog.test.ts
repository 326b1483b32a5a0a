/**
 * The change log is what merge and undo stand on: every write must leave entries from which
 * the live tables can be rebuilt exactly. This test performs every kind of write on every
 * tracked table through the real repositories, then replays the log and compares.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEASURES_TABLES } from '../../db/measures/schema';
import { TRACKED_TABLES } from '../../db/schema';
import { STOCK_TABLES } from '../../db/stock/schema';
import type { HostServices } from '../../db/api/context';
import { expectFileMatchesLog, expectTableMatchesLog, replayChangeLog } from '../helpers/changeLogReplay';
import { call, testServices } from '../helpers/services';
import { writeEveryMeasuresTable } from './measures/writeEveryMeasuresTable';
import { writeEveryRegister } from './stock/writeEveryRegister';
import { fixture, tempDir } from '../helpers/files';
import { merge } from './sharing/helpers';

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
    const contact = (await call(services, 'stock.list', { register: 'ansprechpersonen', gemeindeId: null, limit: 1000 }))[0]!;
    await call(services, 'privacy.eraseRecord', { register: 'ansprechpersonen', id: contact.id });

    const sqlite = services.sessions.require('w1').sqlite;
    const opsSeen = new Set((sqlite.prepare('SELECT DISTINCT op FROM change_log').all() as { op: string }[]).map((e) => e.op));
    expect([...opsSeen].sort()).toEqual(['delete', 'insert', 'restore', 'update']);
    // Per feature (formerly stock/ and measures/changeLogReplay.test.ts): the kinds of write each table went through.
    const opsOf = (tables: readonly string[]) =>
      new Set((sqlite.prepare(`SELECT DISTINCT op FROM change_log WHERE tbl IN (${tables.map(() => '?').join(', ')})`).all(...tables) as { op: string }[]).map((e) => e.op));
    expect(opsOf(STOCK_TABLES)).toEqual(new Set(['insert', 'update', 'delete', 'restore']));
    for (const table of MEASURES_TABLES) expect(opsOf([table]).has('insert'), `${table} insert logged`).toBe(true);
    for (const table of ['measure', 'milestone', 'measure_indicator', 'measure_precondition', 'participation_event', 'participation_group', 'participation_result']) {
      expect(opsOf([table]).has('update'), `${table} update logged`).toBe(true);
    }
    for (const table of ['milestone', 'measure_link', 'measure_indicator_value', 'measure_report']) expect(opsOf([table]).has('delete'), `${table} delete logged`).toBe(true);
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

describe('change log after merges (issue 13)', () => {
  it('replays to the live data after merges with conflicts both ways, decisions, undo and a merge again', async () => {
    const meta = { title: 'Merge', districtName: 'LK', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
    const master = path.join(dir, 'merge-master.sqlite');
    const copy = path.join(dir, 'merge-kopie.sqlite');
    await call(services, 'plan.create', { path: master, meta }, 'ma');
    const luechow = await call(services, 'district.gemeinden.create', { ags: '03354018', name: 'Lüchow' }, 'ma');
    const danne = await call(services, 'district.gemeinden.create', { ags: '03354004', name: 'Dannenberg' }, 'ma');
    const hitz = await call(services, 'district.gemeinden.create', { ags: '03354011', name: 'Hitzacker' }, 'ma');
    const area = await call(services, 'district.areas.create', { name: 'Nord', description: '', gemeindeIds: [] }, 'ma');
    await call(services, 'sharing.share', { path: copy, withoutPersonalData: false }, 'ma');
    await call(services, 'plan.open', { path: copy }, 'mb');
    const a = services.sessions.require('ma').sqlite;
    const b = services.sessions.require('mb').sqlite;
    const rename = (id: string, ags: string, name: string, w: string) => call(services, 'district.gemeinden.update', { id, values: { ags, name, kind: 'gemeinde', lat: null, lon: null } }, w);

    // Both edit the same name (a field conflict on either side), one deletes what the other
    // edits (edit/delete), one adds a child to what the other deleted (orphan), plus plain edits.
    await rename(luechow.id, '03354018', 'Lüchow A', 'ma');
    await rename(luechow.id, '03354018', 'Lüchow B', 'mb');
    await call(services, 'district.gemeinden.delete', { id: hitz.id }, 'ma');
    await rename(hitz.id, '03354011', 'Hitzacker (Elbe)', 'mb');
    await call(services, 'district.areas.delete', { id: area.id }, 'ma');
    await call(services, 'district.areas.update', { id: area.id, values: { name: 'Nord', description: '', gemeindeIds: [danne.id] } }, 'mb');
    await call(services, 'district.gemeinden.create', { ags: '03354020', name: 'Clenze' }, 'ma');
    await rename(danne.id, '03354004', 'Dannenberg (Elbe)', 'mb');

    const intoA = await merge(services, copy, 'ma');
    expect(intoA.conflicts).toBeGreaterThanOrEqual(3);
    expect(a.prepare('SELECT name FROM gemeinde WHERE id = ?').get(luechow.id)).toEqual({ name: 'Lüchow A' });
    expectFileMatchesLog(a, TRACKED_TABLES);
    // The other way: B gets what A decided (A has seen B's name), and a conflict of its own.
    await rename(danne.id, '03354004', 'Dannenberg A', 'ma');
    await rename(danne.id, '03354004', 'Dannenberg B', 'mb');
    const intoB = await merge(services, master, 'mb');
    expect(intoB.conflicts).toBeGreaterThanOrEqual(1);
    expect(b.prepare('SELECT name FROM gemeinde WHERE id = ?').get(luechow.id)).toEqual({ name: 'Lüchow A' });
    expect(b.prepare('SELECT name FROM gemeinde WHERE id = ?').get(danne.id)).toEqual({ name: 'Dannenberg B' });
    expectFileMatchesLog(b, TRACKED_TABLES);

    // Decisions: theirs for the orphan, mine for the rest; then undo, then the same file again.
    const open = await call(services, 'sharing.conflicts', { mergeId: intoA.mergeId, openOnly: true }, 'ma');
    const orphan = open.find((c) => c.kind === 'orphan')!;
    await call(services, 'sharing.resolve', { choices: [{ conflictId: orphan.id, choice: 'theirs' }] }, 'ma');
    await call(services, 'sharing.resolve', { all: 'mine', mergeId: intoA.mergeId }, 'ma');
    expectFileMatchesLog(a, TRACKED_TABLES);
    await call(services, 'sharing.undoMerge', { mergeId: intoA.mergeId! }, 'ma');
    expectFileMatchesLog(a, TRACKED_TABLES);
    await merge(services, copy, 'ma');
    expectFileMatchesLog(a, TRACKED_TABLES);

    // New edits on both sides, merged both ways again.
    await rename(luechow.id, '03354018', 'Lüchow A2', 'ma');
    await rename(luechow.id, '03354018', 'Lüchow B2', 'mb');
    await merge(services, copy, 'ma');
    await merge(services, master, 'mb');
    expect(expectFileMatchesLog(a, TRACKED_TABLES)).toBeGreaterThan(5);
    expect(expectFileMatchesLog(b, TRACKED_TABLES)).toBeGreaterThan(5);
    // The log after a merge ends with the live value, also read by timestamp.
    for (const db of [a, b]) {
      const live = (db.prepare('SELECT name FROM gemeinde WHERE id = ?').get(luechow.id) as { name: string }).name;
      const newest = db.prepare(`SELECT new_value FROM change_log WHERE tbl = 'gemeinde' AND row_id = ? AND col = 'name' ORDER BY hlc DESC LIMIT 1`).get(luechow.id) as { new_value: string };
      expect(JSON.parse(newest.new_value)).toBe(live);
    }
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
