/**
 * Issue #12, finding 3: migrating an older plan is atomic. A failing step leaves the original
 * byte for byte unchanged (and still openable); a crash leaves only a temporary copy, which the
 * next open removes.
 */
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connect } from '../../../db/file/connection';
import { migrateFile } from '../../../db/file/migrate';
import { upgradePlanFile } from '../../../db/file/upgrade';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../db/migrations';
import { PlanSession } from '../../../db/session';
import { sha256, useScratchDir } from '../../helpers/files';

/** A scratch folder for this file (tests/helpers/files.ts). */
const { dir } = useScratchDir('psp-upgrade-');

async function oldPlan(name: string, version: number): Promise<string> {
  const file = path.join(dir, name);
  const conn = connect(file, { create: true });
  await migrateFile(conn.db, conn.sqlite, version);
  conn.sqlite.exec(`INSERT INTO replica VALUES ('r-old', 0, 0, '2025-01-01T00:00:00Z');
    INSERT INTO plan (id, title, district_name, kreis_key, created_at, updated_at) VALUES ('p1', 'Alter Plan', 'LK', '03354', 'x', 'x');`);
  conn.sqlite.close();
  return file;
}

const failing = {
  ...MIGRATIONS,
  '9999_fails': {
    up: async (db: Parameters<(typeof MIGRATIONS)[string]['up']>[0]) => {
      await sql`CREATE TABLE half_done (x TEXT)`.execute(db);
      throw new Error('injected failure');
    },
  },
};

describe('migrating an older plan', () => {
  it('leaves the original byte for byte unchanged when a step fails, with a German message', async () => {
    const file = await oldPlan('scheitert.sqlite', SCHEMA_VERSION);
    const before = sha256(file);
    const error = await upgradePlanFile(file, SCHEMA_VERSION, { backupDir: path.join(dir, 'Sicherungen'), migrations: failing }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/Schritt 9999_fails ist fehlgeschlagen.*nicht verändert/);
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('scheitert'))).toEqual(['scheitert.sqlite']);
    const session = await PlanSession.open(file, { backupDir: path.join(dir, 'Sicherungen') });
    session.close();
  });

  it('runs all steps in one transaction: a failing later step undoes the earlier ones', async () => {
    const file = await oldPlan('halb.sqlite', 3);
    const conn = connect(file);
    const names = Object.keys(MIGRATIONS).sort();
    const broken = { ...Object.fromEntries(names.slice(0, 4).map((n) => [n, MIGRATIONS[n]!])), '0005_broken': failing['9999_fails'] };
    await expect(migrateFile(conn.db, conn.sqlite, 5, broken)).rejects.toThrow(/0005_broken/);
    expect(conn.sqlite.pragma('user_version', { simple: true })).toBe(3);
    expect(conn.sqlite.prepare(`SELECT name FROM sqlite_master WHERE name IN ('population_dataset', 'half_done')`).all()).toEqual([]);
    conn.sqlite.close();
  });

  it('opens a plan of version 3 at the current version, after a backup, with its data', async () => {
    const file = await oldPlan('v3.sqlite', 3);
    const session = await PlanSession.open(file, { backupDir: path.join(dir, 'Sicherungen') });
    expect(session.migratedFrom?.version).toBe(3);
    expect(session.sqlite.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(session.sqlite.prepare('SELECT title FROM plan').get()).toEqual({ title: 'Alter Plan' });
    session.close();
    const backup = new Sqlite(session.migratedFrom!.backupPath, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(3);
    backup.close();
  });

  it('removes the temporary copy a crash during migration left beside the plan', async () => {
    const file = await oldPlan('absturz.sqlite', 3);
    // What a SIGKILL mid-migration leaves: the half-migrated copy (and its journal) of a dead process.
    const leftover = `${file}.psp-999999999-abcdef01.tmp`;
    fs.copyFileSync(file, leftover);
    fs.writeFileSync(`${leftover}-journal`, 'x');
    const session = await PlanSession.open(file, { backupDir: path.join(dir, 'Sicherungen') });
    session.close();
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('absturz'))).toEqual(['absturz.sqlite']);
  });
});
