/**
 * Issue #12, finding 1: after a crash mid-write the file is fine — SQLite left a hot journal
 * that the next read-write open rolls back — and must open, with a German notice, in the state
 * before the interrupted change. Only a really damaged file is refused, naming the newest backup.
 */
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PlanSession } from '../../../db/session';
import { sha256, useScratchDir } from '../../helpers/files';
import { call, testServices } from '../../helpers/services';
import { crashedMidWrite, expectRefusedUnchanged, interruptedCommit, newPlan } from './helpers';

/** A scratch folder for this file (tests/helpers/files.ts). */
const { dir } = useScratchDir('psp-recovery-');

describe('a plan with a hot journal left by a crash', () => {
  it('is really a crash state: a read-only connection cannot read it', async () => {
    const crashed = path.join(dir, 'probe.sqlite');
    await crashedMidWrite(await newPlan(dir, 'probe-src.sqlite'), crashed);
    const ro = new Sqlite(crashed, { readonly: true });
    expect(() => ro.prepare('SELECT count(*) FROM planning_area').get()).toThrow(/readonly/);
    ro.close();
  });

  it('opens in the state before the interrupted change, says so in German, and the journal is gone', async () => {
    const crashed = path.join(dir, 'abgestuerzt.sqlite');
    await crashedMidWrite(await newPlan(dir, 'quelle.sqlite'), crashed);
    expect(fs.existsSync(`${crashed}-journal`)).toBe(true);

    const services = testServices(path.join(dir, 'userdata'));
    const summary = await call(services, 'plan.open', { path: crashed });
    expect(summary.notices.join(' ')).toMatch(/unterbrochene Änderung.*rückgängig/);
    const session = services.sessions.require('w1');
    expect(session.recovered).toBe(true);
    expect(session.sqlite.prepare('SELECT count(*) AS n FROM planning_area').get()).toEqual({ n: 1 });
    expect(session.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    services.sessions.closeAll();
    expect(fs.existsSync(`${crashed}-journal`)).toBe(false);
  });

  it('opens even when the crash came after page 1 claimed more pages than the file has yet', async () => {
    const file = await newPlan(dir, 'quelle3.sqlite');
    const crashed = path.join(dir, 'kurz.sqlite');
    interruptedCommit(file, crashed);
    const services = testServices(path.join(dir, 'userdata3'));
    const summary = await call(services, 'plan.open', { path: crashed });
    expect(summary.notices).toHaveLength(1);
    services.sessions.closeAll();
    expect(sha256(crashed)).toBe(sha256(file));
  });

  it('is refused unchanged, journal included, when the rolled-back copy is not a good plan', async () => {
    const crashed = path.join(dir, 'kaputt.sqlite');
    await crashedMidWrite(await newPlan(dir, 'quelle2.sqlite'), crashed);
    // Damage a page the journal does not restore: the last page of the file, past the journal's pages.
    const bytes = fs.readFileSync(crashed);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xa5, pageSize, pageSize * 2);
    fs.writeFileSync(crashed, bytes);
    fs.writeFileSync(`${crashed}-journal`, Buffer.alloc(0)); // an empty journal is not hot: the damage shows
    const journalBefore = sha256(`${crashed}-journal`);
    await expectRefusedUnchanged(crashed, path.join(dir, 'Sicherungen'), /beschädigt/);
    expect(sha256(`${crashed}-journal`)).toBe(journalBefore);
  });
});

describe('a really damaged plan', () => {
  it('names the newest automatic backup of the plan', async () => {
    const file = await newPlan(dir, 'mitsicherung.sqlite');
    const backupDir = path.join(dir, 'Sicherungen-b');
    const session = await PlanSession.open(file, { backupDir });
    session.backup('taeglich');
    const newest = session.backup('vor-import');
    session.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xa5, pageSize, pageSize * 2);
    fs.writeFileSync(file, bytes);
    const message = await expectRefusedUnchanged(file, backupDir, /beschädigt/);
    expect(message).toContain(newest);
    expect(message).toMatch(/neueste automatische Sicherung/);
  });
});
