/**
 * Share and merge with real files through the real channels: a master in window w1, the
 * colleague's copy in window w2.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostServices } from '../../../db/api/context';
import { allTaskIds } from '../../../shared/catalog';
import { call, testServices } from '../../helpers/services';
import { sha256, tempDir } from '../../helpers/files';
import { downgradeFile } from '../../helpers/olderVersion';
import { count, liveValue, merge, META, snapshot } from './helpers';

let dir: string;
let services: HostServices;
let master: string;
let copy: string;

beforeEach(async () => {
  dir = tempDir('psp-sharing-');
  services = testServices(path.join(dir, 'userdata'));
  master = path.join(dir, 'master.sqlite');
  copy = path.join(dir, 'kopie.sqlite');
  await call(services, 'plan.create', { path: master, meta: META }, 'w1');
});
afterEach(() => {
  services.sessions.closeAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sqliteOf = (windowId: string) => services.sessions.require(windowId).sqlite;

async function shareAndOpen(withoutPersonalData = false): Promise<void> {
  await call(services, 'sharing.share', { path: copy, withoutPersonalData }, 'w1');
  await call(services, 'plan.open', { path: copy }, 'w2');
}

describe('share', () => {
  it('writes a checked copy with the same plan identity and its own replica id', async () => {
    const g = await call(services, 'district.gemeinden.create', { ags: '03354018', name: 'Lüchow' }, 'w1');
    const result = await call(services, 'sharing.share', { path: copy, withoutPersonalData: false }, 'w1');
    expect(result.path).toBe(copy);
    const c = new Sqlite(copy, { readonly: true });
    expect(c.pragma('quick_check', { simple: true })).toBe('ok');
    const plan = (s: Sqlite.Database) => (s.prepare('SELECT id FROM plan WHERE deleted_at IS NULL').get() as { id: string }).id;
    expect(plan(c)).toBe(plan(sqliteOf('w1')));
    const replica = (c.prepare('SELECT id FROM replica').get() as { id: string }).id;
    expect(replica).toBe(result.replicaId);
    expect(replica).not.toBe(services.sessions.require('w1').replicaId);
    expect(liveValue(c, 'gemeinde', g.id, 'name')).toBe('Lüchow');
    c.close();
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await expect(call(services, 'sharing.share', { path: copy, withoutPersonalData: false }, 'w1')).rejects.toThrow(/gibt es schon\. Sie ist eine Planungsdatei; ihr Inhalt ginge verloren\. Ersetzen\?/);
  });
});

describe('merge', () => {
  it('takes over what only the colleague changed and keeps what only I changed', async () => {
    const a = await call(services, 'district.gemeinden.create', { ags: '03354001', name: 'A' }, 'w1');
    const b = await call(services, 'district.gemeinden.create', { ags: '03354002', name: 'B' }, 'w1');
    await shareAndOpen();

    await call(services, 'district.gemeinden.update', { id: a.id, values: { ags: '03354001', name: 'A (Master)' } }, 'w1');
    await call(services, 'district.gemeinden.update', { id: b.id, values: { ags: '03354002', name: 'B (Kollegin)', lat: 53, lon: 11 } }, 'w2');
    const c = await call(services, 'district.gemeinden.create', { ags: '03354003', name: 'C' }, 'w2');
    const task = allTaskIds()[3]!;
    await call(services, 'method.setTask', { taskId: task, state: 'erledigt', note: 'von der Kollegin' }, 'w2');
    const area = await call(services, 'district.areas.create', { name: 'Nord', description: '', gemeindeIds: [b.id, c.id] }, 'w2');

    const result = await merge(services, copy, 'w1');
    expect(result.conflicts).toBe(0);
    expect(result.received).toBeGreaterThan(0);
    const m = sqliteOf('w1');
    expect(liveValue(m, 'gemeinde', a.id, 'name')).toBe('A (Master)');
    expect(liveValue(m, 'gemeinde', b.id, 'name')).toBe('B (Kollegin)');
    expect(liveValue(m, 'gemeinde', b.id, 'lat')).toBe(53);
    expect(liveValue(m, 'gemeinde', c.id, 'name')).toBe('C');
    const areas = await call(services, 'district.areas.list', {}, 'w1');
    expect(areas.find((x) => x.id === area.id)?.gemeindeIds.sort()).toEqual([b.id, c.id].sort());
    const tasks = await call(services, 'method.tasks', {}, 'w1');
    expect(tasks.find((t) => t.taskId === task)).toMatchObject({ state: 'erledigt', note: 'von der Kollegin' });
    expect(m.pragma('integrity_check', { simple: true })).toBe('ok');
    // Their log entries are kept with their replica id and the merge id, for a third copy.
    const theirReplica = services.sessions.require('w2').replicaId;
    expect(count(m, 'SELECT count(*) AS n FROM change_log WHERE replica_id = ? AND tx_id = ?', theirReplica, result.mergeId)).toBe(result.received);
    // A backup was written (copied while the merge read), and it holds my file as it was before.
    const backupName = fs.readdirSync(path.join(dir, 'userdata', 'Sicherungen')).find((f) => f.includes('vor-zusammenfuehrung'));
    expect(backupName).toBeDefined();
    const backup = new Sqlite(path.join(dir, 'userdata', 'Sicherungen', backupName!), { readonly: true });
    try {
      expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(liveValue(backup, 'gemeinde', a.id, 'name')).toBe('A (Master)');
      expect(liveValue(backup, 'gemeinde', b.id, 'name')).toBe('B');
      expect(liveValue(backup, 'gemeinde', c.id, 'name')).toBeUndefined();
      expect(count(backup, 'SELECT count(*) AS n FROM merge_history')).toBe(0);
    } finally {
      backup.close();
    }
    const history = await call(services, 'sharing.history', {}, 'w1');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ id: result.mergeId, fileName: 'kopie.sqlite', theirReplica, conflicts: 0 });

    // The other way round: the colleague gets my change, and both files hold the same data.
    await merge(services, master, 'w2');
    expect(snapshot(sqliteOf('w2'))).toEqual(snapshot(m));
    // Later local changes sort after everything received.
    const maxHlc = (m.prepare('SELECT max(hlc) AS h FROM change_log').get() as { h: string }).h;
    await call(services, 'district.gemeinden.update', { id: a.id, values: { ags: '03354001', name: 'A2' } }, 'w1');
    const newest = m.prepare('SELECT hlc, replica_id FROM change_log ORDER BY seq DESC LIMIT 1').get() as { hlc: string; replica_id: string };
    expect(newest.hlc > maxHlc).toBe(true);
  });

  it('a cancelled merge changes nothing', async () => {
    const a = await call(services, 'district.gemeinden.create', { ags: '03354001', name: 'A' }, 'w1');
    await shareAndOpen();
    await services.sessions.require('w2').write(async (w) => {
      for (let i = 0; i < 3000; i++) await w.insert('planning_area', { id: randomUUID(), name: `Bereich ${i}`, description: '' });
    });
    await call(services, 'district.gemeinden.update', { id: a.id, values: { ags: '03354001', name: 'A ihr' } }, 'w2');
    const m = sqliteOf('w1');
    const before = { data: snapshot(m, false), log: count(m, 'SELECT count(*) AS n FROM change_log') };
    const { jobId } = await call(services, 'sharing.mergeStart', { path: copy }, 'w1');
    // Cancel once the merge has started writing (progress beyond the checks).
    for (let i = 0; i < 2000; i++) {
      const s = await call(services, 'jobs.status', { jobId }, 'w1');
      if (s.state !== 'running' || s.done > 0) break;
      await new Promise((r) => setTimeout(r, 1));
    }
    await call(services, 'jobs.cancel', { jobId }, 'w1');
    const status = await services.jobs.wait(jobId, 'w1');
    expect(status.state).toBe('cancelled');
    expect(status.error).toMatch(/Abgebrochen/);
    expect(snapshot(m, false)).toEqual(before.data);
    expect(count(m, 'SELECT count(*) AS n FROM change_log')).toBe(before.log);
    expect(count(m, 'SELECT count(*) AS n FROM merge_history')).toBe(0);
    // Afterwards the merge still works.
    expect((await merge(services, copy, 'w1')).applied).toBe(3001);
  });

  it('changes nothing when the same file is merged twice', async () => {
    const a = await call(services, 'district.gemeinden.create', { ags: '03354001', name: 'A' }, 'w1');
    await shareAndOpen();
    await call(services, 'district.gemeinden.update', { id: a.id, values: { ags: '03354001', name: 'A (Kollegin)' } }, 'w2');
    await call(services, 'district.gemeinden.update', { id: a.id, values: { ags: '03354001', name: 'A (Master)' } }, 'w1');
    const first = await merge(services, copy, 'w1');
    expect(first.conflicts).toBe(1);
    const m = sqliteOf('w1');
    const before = { data: snapshot(m, false), log: count(m, 'SELECT count(*) AS n FROM change_log'), conflicts: count(m, 'SELECT count(*) AS n FROM merge_conflict') };
    const second = await merge(services, copy, 'w1');
    expect(second).toMatchObject({ mergeId: null, received: 0, applied: 0, conflicts: 0 });
    expect(snapshot(m, false)).toEqual(before.data);
    expect(count(m, 'SELECT count(*) AS n FROM change_log')).toBe(before.log);
    expect(count(m, 'SELECT count(*) AS n FROM merge_conflict')).toBe(before.conflicts);
    expect(await call(services, 'sharing.history', {}, 'w1')).toHaveLength(1);
  });

  it('records conflicts with base, mine and theirs; live data keeps mine until decided', async () => {
    const a = await call(services, 'district.gemeinden.create', { ags: '03354001', name: 'Altname' }, 'w1');
    const b = await call(services, 'district.gemeinden.create', { ags: '03354002', name: 'B' }, 'w1');
    const d = await call(services, 'district.gemeinden.create', { ags: '03354004', name: 'D' }, 'w1');
    await shareAndOpen();

    // Same field, different values.
    await call(services, 'district.gemeinden.update', { id: a.id, values: { ags: '03354001', name: 'Mein Name' } }, 'w1');
    await call(services, 'district.gemeinden.update', { id: a.id, values: { ags: '03354001', name: 'Ihr Name' } }, 'w2');
    // I deleted what they edited.
    await call(services, 'district.gemeinden.delete', { id: b.id }, 'w1');
    await call(services, 'district.gemeinden.update', { id: b.id, values: { ags: '03354002', name: 'B bearbeitet' } }, 'w2');
    // They deleted what I edited.
    await call(services, 'district.gemeinden.update', { id: d.id, values: { ags: '03354004', name: 'D bearbeitet' } }, 'w1');
    await call(services, 'district.gemeinden.delete', { id: d.id }, 'w2');
    // The same real thing created twice.
    const mineX = await call(services, 'district.gemeinden.create', { ags: '03354009', name: 'X (meins)' }, 'w1');
    const theirsX = await call(services, 'district.gemeinden.create', { ags: '03354009', name: 'X (ihres)' }, 'w2');
    // The same task started on both sides.
    const task = allTaskIds()[0]!;
    await call(services, 'method.setTask', { taskId: task, state: 'in_arbeit' }, 'w1');
    await call(services, 'method.setTask', { taskId: task, state: 'erledigt' }, 'w2');

    const result = await merge(services, copy, 'w1');
    const conflicts = await call(services, 'sharing.conflicts', { mergeId: result.mergeId, openOnly: true }, 'w1');
    expect(result.conflicts).toBe(conflicts.length);
    const byKind = (kind: string, rowId: string) => conflicts.filter((c) => c.kind === kind && c.rowId === rowId);

    const field = byKind('field', a.id);
    expect(field).toHaveLength(1);
    expect(field[0]).toMatchObject({ column: 'name', base: 'Altname', mine: 'Mein Name', theirs: 'Ihr Name', theirsFile: 'kopie.sqlite' });
    expect(field[0]!.theirsReplica).toBe(services.sessions.require('w2').replicaId);
    expect(field[0]!.mineAt).toMatch(/^\d{15}-/);
    expect(field[0]!.theirsAt).toMatch(/^\d{15}-/);
    expect(byKind('edit_delete', b.id).map((c) => [c.column, c.theirs])).toEqual([['name', 'B bearbeitet']]);
    expect(byKind('edit_delete', d.id)).toHaveLength(1);
    expect(byKind('edit_delete', d.id)[0]!.column).toBe('deleted_at');
    const dup = byKind('duplicate', theirsX.id);
    expect(dup).toHaveLength(1);
    expect(dup[0]!.theirs).toMatchObject({ ags: '03354009', name: 'X (ihres)' });
    expect(conflicts.filter((c) => c.kind === 'duplicate' && c.table === 'task_state')).toHaveLength(1);

    const m = sqliteOf('w1');
    expect(liveValue(m, 'gemeinde', a.id, 'name')).toBe('Mein Name');
    expect(liveValue(m, 'gemeinde', b.id, 'deleted_at')).not.toBeNull();
    expect(liveValue(m, 'gemeinde', d.id, 'deleted_at')).toBeNull();
    expect(liveValue(m, 'gemeinde', d.id, 'name')).toBe('D bearbeitet');
    expect(liveValue(m, 'gemeinde', theirsX.id, 'name')).toBeUndefined();
    expect(liveValue(m, 'gemeinde', mineX.id, 'name')).toBe('X (meins)');

    // Decide: theirs for the name, the deleted record and the duplicate; mine for the rest.
    await call(services, 'sharing.resolve', { choices: [
      { conflictId: field[0]!.id, choice: 'theirs' },
      { conflictId: byKind('edit_delete', b.id)[0]!.id, choice: 'theirs' },
      { conflictId: dup[0]!.id, choice: 'theirs' },
    ] }, 'w1');
    expect(liveValue(m, 'gemeinde', a.id, 'name')).toBe('Ihr Name');
    expect(liveValue(m, 'gemeinde', b.id, 'deleted_at')).toBeNull();
    expect(liveValue(m, 'gemeinde', b.id, 'name')).toBe('B bearbeitet');
    expect(liveValue(m, 'gemeinde', mineX.id, 'name')).toBe('X (ihres)');
    // The decision is an ordinary logged change.
    expect(count(m, `SELECT count(*) AS n FROM change_log WHERE tbl = 'gemeinde' AND row_id = ? AND new_value = '"Ihr Name"' AND replica_id = ?`, a.id, services.sessions.require('w1').replicaId)).toBe(1);
    await call(services, 'sharing.resolve', { all: 'mine', mergeId: result.mergeId }, 'w1');
    expect(await call(services, 'sharing.conflicts', { mergeId: null, openOnly: true }, 'w1')).toEqual([]);
    expect(liveValue(m, 'gemeinde', d.id, 'deleted_at')).toBeNull();
    const all = await call(services, 'sharing.conflicts', { mergeId: null, openOnly: false }, 'w1');
    expect(all.filter((c) => c.choice === 'theirs')).toHaveLength(3);
  });

  it('all theirs applies every decision of a merge', async () => {
    const a = await call(services, 'district.gemeinden.create', { ags: '03354001', name: 'A' }, 'w1');
    const d = await call(services, 'district.gemeinden.create', { ags: '03354004', name: 'D' }, 'w1');
    await shareAndOpen();
    await call(services, 'district.gemeinden.update', { id: a.id, values: { ags: '03354001', name: 'A mein', lat: 52 } }, 'w1');
    await call(services, 'district.gemeinden.update', { id: a.id, values: { ags: '03354001', name: 'A ihr', lat: 53 } }, 'w2');
    await call(services, 'district.gemeinden.update', { id: d.id, values: { ags: '03354004', name: 'D mein' } }, 'w1');
    await call(services, 'district.gemeinden.delete', { id: d.id }, 'w2');
    const result = await merge(services, copy, 'w1');
    expect(result.conflicts).toBe(3);
    const { resolved } = await call(services, 'sharing.resolve', { all: 'theirs', mergeId: result.mergeId }, 'w1');
    expect(resolved).toBe(3);
    const m = sqliteOf('w1');
    expect(liveValue(m, 'gemeinde', a.id, 'name')).toBe('A ihr');
    expect(liveValue(m, 'gemeinde', a.id, 'lat')).toBe(53);
    expect(liveValue(m, 'gemeinde', d.id, 'deleted_at')).not.toBeNull();
  });

  it('a child whose parent I deleted is a conflict, not an orphan', async () => {
    const g = await call(services, 'district.gemeinden.create', { ags: '03354001', name: 'A' }, 'w1');
    const area = await call(services, 'district.areas.create', { name: 'Nord', description: '', gemeindeIds: [] }, 'w1');
    await shareAndOpen();
    await call(services, 'district.areas.delete', { id: area.id }, 'w1');
    await call(services, 'district.areas.update', { id: area.id, values: { name: 'Nord', description: '', gemeindeIds: [g.id] } }, 'w2');
    const result = await merge(services, copy, 'w1');
    const conflicts = await call(services, 'sharing.conflicts', { mergeId: result.mergeId, openOnly: true }, 'w1');
    const orphan = conflicts.find((c) => c.kind === 'orphan');
    expect(orphan?.table).toBe('planning_area_member');
    const m = sqliteOf('w1');
    expect(count(m, 'SELECT count(*) AS n FROM planning_area_member WHERE deleted_at IS NULL')).toBe(0);
    await call(services, 'sharing.resolve', { choices: [{ conflictId: orphan!.id, choice: 'theirs' }] }, 'w1');
    const areas = await call(services, 'district.areas.list', {}, 'w1');
    expect(areas.find((a) => a.id === area.id)?.gemeindeIds).toEqual([g.id]);
  });

  it('undo reverts the merge and the decisions taken for it, through the change log', async () => {
    const a = await call(services, 'district.gemeinden.create', { ags: '03354001', name: 'A' }, 'w1');
    const b = await call(services, 'district.gemeinden.create', { ags: '03354002', name: 'B' }, 'w1');
    await shareAndOpen();
    await call(services, 'district.gemeinden.update', { id: a.id, values: { ags: '03354001', name: 'A mein' } }, 'w1');
    await call(services, 'district.gemeinden.update', { id: a.id, values: { ags: '03354001', name: 'A ihr' } }, 'w2');
    await call(services, 'district.gemeinden.update', { id: b.id, values: { ags: '03354002', name: 'B ihr' } }, 'w2');
    await call(services, 'district.gemeinden.create', { ags: '03354003', name: 'C ihr' }, 'w2');
    await call(services, 'district.gemeinden.delete', { id: b.id }, 'w2');
    const m = sqliteOf('w1');
    const before = snapshot(m);
    const logBefore = count(m, 'SELECT count(*) AS n FROM change_log');

    const result = await merge(services, copy, 'w1');
    await call(services, 'sharing.resolve', { all: 'theirs', mergeId: result.mergeId }, 'w1');
    expect(snapshot(m)).not.toEqual(before);
    const undo = await call(services, 'sharing.undoMerge', { mergeId: result.mergeId! }, 'w1');
    expect(undo.skipped).toBe(0);
    expect(undo.reverted).toBeGreaterThan(0);
    // Same data as before (the undone new record stays as a tombstone, like every delete).
    const after = snapshot(m);
    const c = after.gemeinde!.find((g) => g.name === 'C ihr');
    expect(c?.deleted).toBe(true);
    after.gemeinde = after.gemeinde!.filter((g) => g !== c);
    expect(after).toEqual(before);
    expect(count(m, 'SELECT count(*) AS n FROM change_log')).toBeGreaterThan(logBefore);
    const history = await call(services, 'sharing.history', {}, 'w1');
    expect(history[0]!.undoneAt).not.toBeNull();
    await expect(call(services, 'sharing.undoMerge', { mergeId: result.mergeId! }, 'w1')).rejects.toThrow(/bereits rückgängig/);
  });

  it('merging the same file again after an undo brings the colleague\'s work back (issue #14)', async () => {
    const a = await call(services, 'district.gemeinden.create', { ags: '03354001', name: 'A' }, 'w1');
    await shareAndOpen();
    await call(services, 'district.gemeinden.update', { id: a.id, values: { ags: '03354001', name: 'A ihr' } }, 'w2');
    await call(services, 'district.gemeinden.create', { ags: '03354003', name: 'C ihr' }, 'w2');
    const m = sqliteOf('w1');
    const first = await merge(services, copy, 'w1');
    const merged = snapshot(m);
    await call(services, 'sharing.undoMerge', { mergeId: first.mergeId! }, 'w1');
    expect(liveValue(m, 'gemeinde', a.id, 'name')).toBe('A');

    const again = await merge(services, copy, 'w1');
    expect(again).toMatchObject({ mergeId: first.mergeId, received: 0 });
    expect(again.applied).toBeGreaterThan(0);
    expect(snapshot(m)).toEqual(merged);
    expect((await call(services, 'sharing.history', {}, 'w1'))[0]!.undoneAt).toBeNull();

    // The same through the history's "Zusammenführung wiederherstellen".
    await call(services, 'sharing.undoMerge', { mergeId: first.mergeId! }, 'w1');
    const redo = await call(services, 'sharing.redoMerge', { mergeId: first.mergeId! }, 'w1');
    expect(redo.skipped).toBe(0);
    expect(snapshot(m)).toEqual(merged);
    await expect(call(services, 'sharing.redoMerge', { mergeId: first.mergeId! }, 'w1')).rejects.toThrow(/nicht rückgängig gemacht/);
  });

  it('undo leaves values alone that were changed again after the merge', async () => {
    const a = await call(services, 'district.gemeinden.create', { ags: '03354001', name: 'A' }, 'w1');
    await shareAndOpen();
    await call(services, 'district.gemeinden.update', { id: a.id, values: { ags: '03354001', name: 'A ihr' } }, 'w2');
    const result = await merge(services, copy, 'w1');
    await call(services, 'district.gemeinden.update', { id: a.id, values: { ags: '03354001', name: 'A danach' } }, 'w1');
    const undo = await call(services, 'sharing.undoMerge', { mergeId: result.mergeId! }, 'w1');
    expect(undo).toEqual({ reverted: 0, skipped: 1 });
    expect(liveValue(sqliteOf('w1'), 'gemeinde', a.id, 'name')).toBe('A danach');
  });

  it('refuses a file of another plan, and a file of a newer version, without touching either file', async () => {
    const other = path.join(dir, 'anderer.sqlite');
    await call(services, 'plan.create', { path: other, meta: { ...META, title: 'Anderer Plan' } }, 'w3');
    await shareAndOpen();
    services.sessions.closeAll();
    const raw = new Sqlite(copy);
    raw.pragma('user_version = 99');
    raw.close();
    const hashes = () => [master, other, copy].map(sha256);
    const before = hashes();

    await call(services, 'plan.open', { path: master }, 'w1');
    // Opening makes the day's backup; a refused merge must not add one.
    const backups = () => fs.readdirSync(path.join(dir, 'userdata', 'Sicherungen')).sort();
    const backupsBefore = backups();
    await expect(merge(services, other, 'w1')).rejects.toThrow(/anderen Plan \(„Anderer Plan“\)/);
    await expect(merge(services, copy, 'w1')).rejects.toThrow(/neueren Version/);
    await expect(merge(services, path.join(dir, 'fehlt.sqlite'), 'w1')).rejects.toThrow(/nicht gefunden/);
    await expect(merge(services, master, 'w1')).rejects.toThrow(/gerade geöffnet/);
    services.sessions.closeAll();
    expect(hashes()).toEqual(before);
    expect(backups()).toEqual(backupsBefore);
  });

  it('merges a file of an older version after migrating a temporary copy', async () => {
    const a = await call(services, 'district.gemeinden.create', { ags: '03354001', name: 'A' }, 'w1');
    await shareAndOpen();
    await call(services, 'district.gemeinden.update', { id: a.id, values: { ags: '03354001', name: 'A ihr' } }, 'w2');
    services.sessions.close('w2');
    // Make the copy a real file of version 5: without the sharing tables and everything later.
    await downgradeFile(copy, 5);
    const raw = new Sqlite(copy, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(5);
    expect(raw.prepare(`SELECT name FROM sqlite_master WHERE name = 'merge_history'`).get()).toBeUndefined();
    raw.close();
    const hash = sha256(copy);
    const result = await merge(services, copy, 'w1');
    expect(result.applied).toBe(1);
    expect(liveValue(sqliteOf('w1'), 'gemeinde', a.id, 'name')).toBe('A ihr');
    expect(sha256(copy)).toBe(hash);
  });

  it('a copy without personal data cannot blank the master’s contacts', async () => {
    const actorId = randomUUID();
    const contactId = randomUUID();
    const session = services.sessions.require('w1');
    await session.write(async (w) => {
      await w.insert('actor', { id: actorId, name: 'Diakonie', kind: 'traeger' });
      await w.insert('contact_person', { id: contactId, actor_id: actorId, name: 'Erika Muster', phone: '05841 1234', email: 'erika@example.org', role: 'Leitung' });
    });
    await shareAndOpen(true);
    const c = sqliteOf('w2');
    expect(liveValue(c, 'contact_person', contactId, 'name')).toBe('');
    expect(liveValue(c, 'contact_person', contactId, 'phone')).toBeNull();
    expect(liveValue(c, 'contact_person', contactId, 'role')).toBe('Leitung');
    // Neither the live rows nor the log nor free pages of the copy hold the personal data.
    expect(fs.readFileSync(copy).includes(Buffer.from('Erika Muster'))).toBe(false);
    expect(fs.readFileSync(copy).includes(Buffer.from('erika@example.org'))).toBe(false);
    expect(count(c, `SELECT count(*) AS n FROM sharing_copy WHERE key = 'without_personal_data'`)).toBe(1);

    // The colleague edits the contact (role) and even types a phone number.
    await services.sessions.require('w2').write(async (w) => {
      await w.update('contact_person', contactId, { role: 'Geschäftsführung', phone: '0000' });
    });
    const result = await merge(services, copy, 'w1');
    const m = sqliteOf('w1');
    expect(liveValue(m, 'contact_person', contactId, 'name')).toBe('Erika Muster');
    expect(liveValue(m, 'contact_person', contactId, 'email')).toBe('erika@example.org');
    expect(liveValue(m, 'contact_person', contactId, 'phone')).toBe('05841 1234');
    expect(liveValue(m, 'contact_person', contactId, 'role')).toBe('Geschäftsführung');
    const conflicts = await call(services, 'sharing.conflicts', { mergeId: result.mergeId, openOnly: true }, 'w1');
    expect(conflicts.map((x) => [x.kind, x.column, x.theirs])).toEqual([['personal', 'phone', '0000']]);
    expect((await call(services, 'sharing.history', {}, 'w1'))[0]!.withoutPersonalData).toBe(true);
  });
});
