/**
 * Issue #12, finding 9: a full disk during a write says so in German (not "cannot rollback -
 * no transaction is active") and keeps the state before; `--plan` on a dangling symbolic link
 * neither replaces the link nor pretends the file is missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDailyBackup, listBackups } from '../../../db/file/backup';
import { BACKUPS_KEPT } from '../../../db/file/constants';
import { PlanSession } from '../../../db/session';
import { useScratchDir } from '../../helpers/files';
import { META, newPlan } from './helpers';

/** A scratch folder for this file (tests/helpers/files.ts). */
const { dir } = useScratchDir('psp-disk-');

describe('a full disk during a write', () => {
  it('is reported in German and the plan keeps its state before the write', async () => {
    const file = await newPlan(dir, 'voll.sqlite');
    const session = await PlanSession.open(file, { backupDir: path.join(dir, 'Sicherungen') });
    // The file may not grow beyond its current size: SQLite answers SQLITE_FULL, as on a full disk.
    const pages = session.sqlite.pragma('page_count', { simple: true }) as number;
    session.sqlite.pragma(`max_page_count = ${pages}`);
    const error = await session
      .write(async (w) => {
        for (let i = 0; i < 2000; i++) await w.insert('planning_area', { id: `v${i}`, name: `Bereich ${i} ${'x'.repeat(500)}`, description: '' });
      })
      .catch((e: Error) => e);
    expect((error as Error).message).toMatch(/Datenträger ist voll/);
    expect((error as Error).message).not.toMatch(/rollback|transaction/);
    expect(session.sqlite.prepare('SELECT count(*) AS n FROM planning_area').get()).toEqual({ n: 1 });
    // And the next write works once there is room again.
    session.sqlite.pragma('max_page_count = 1073741823');
    await session.write(async (w) => {
      await w.insert('planning_area', { id: 'danach', name: 'Danach', description: '' });
    });
    session.close();
  });

  it('is reported in German when SQLite has already rolled the transaction back itself', async () => {
    // On a real full disk (a failed journal or page write) SQLite ends the whole transaction
    // itself; Kysely's own ROLLBACK then failed with "cannot rollback - no transaction is active"
    // and hid the cause. Reproduced exactly: SQLite's rollback, then its SQLITE_FULL error.
    const file = await newPlan(dir, 'voll2.sqlite');
    const session = await PlanSession.open(file, { backupDir: path.join(dir, 'Sicherungen') });
    const error = await session
      .write(async (w) => {
        await w.insert('planning_area', { id: 'weg', name: 'Geht verloren', description: '' });
        session.sqlite.exec('ROLLBACK');
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      })
      .catch((e: Error) => e);
    expect((error as Error).message).toMatch(/Datenträger ist voll/);
    expect((error as Error).message).not.toMatch(/rollback|transaction/);
    expect(session.sqlite.prepare('SELECT count(*) AS n FROM planning_area').get()).toEqual({ n: 1 });
    session.close();
  });
});

describe('a dangling symbolic link', () => {
  it('is not replaced by a new plan, and opening it says what it is', async () => {
    const link = path.join(dir, 'verknuepfung.sqlite');
    fs.symlinkSync(path.join(dir, 'gibt-es-nicht.sqlite'), link);
    await expect(PlanSession.create(link, META)).rejects.toThrow(/Verknüpfung auf eine Datei, die es nicht \(mehr\) gibt/);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    await expect(PlanSession.open(link, { backupDir: dir })).rejects.toThrow(/Verknüpfung/);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  });
});

describe('automatic backups', () => {
  it('make one daily backup per plan and keep the newest BACKUPS_KEPT', async () => {
    const file = await newPlan(dir, 'gesichert.sqlite');
    const backupDir = path.join(dir, 'Sicherungen-t');
    expect(ensureDailyBackup(file, backupDir)).not.toBeNull();
    expect(ensureDailyBackup(file, backupDir)).toBeNull();
    const session = await PlanSession.open(file, { backupDir });
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) session.backup('vor-import');
    session.close();
    const kept = listBackups(file, backupDir);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(fs.readdirSync(backupDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
