import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../db/file/constants';
import { connect } from '../../db/file/connection';
import { migrateFile } from '../../db/file/migrate';
import { SCHEMA_VERSION } from '../../db/migrations';
import { PlanSession } from '../../db/session';
import { sha256, useScratchDir } from '../helpers/files';

const meta = { title: 'Testplan', districtName: 'Landkreis Test', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: 'Kreis', author: 'Test' };
/** A scratch folder for this file (tests/helpers/files.ts). */
const { dir } = useScratchDir();

async function newPlan(name: string): Promise<string> {
  const file = path.join(dir, name);
  (await PlanSession.create(file, meta)).close();
  return file;
}

describe('creating and closing a planning file', () => {
  it('writes our application_id and schema version, passes integrity_check and needs no sidecar file', async () => {
    const file = await newPlan('neu.sqlite');
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('neu.sqlite'))).toEqual(['neu.sqlite']);
    const db = new Sqlite(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    const plan = db.prepare('SELECT title, kreis_key FROM plan').get();
    expect(plan).toEqual({ title: 'Testplan', kreis_key: '03354' });
    db.close();
  });

  it('refuses to overwrite an existing file and leaves it unchanged', async () => {
    const file = await newPlan('vorhanden.sqlite');
    const before = sha256(file);
    await expect(PlanSession.create(file, meta)).rejects.toThrow(/gibt es bereits/);
    expect(sha256(file)).toBe(before);
  });

  it('leaves no temporary file behind when the folder does not exist', async () => {
    await expect(PlanSession.create(path.join(dir, 'fehlt', 'x.sqlite'), meta)).rejects.toThrow(/existiert nicht/);
  });
});

describe('refusing files that are not ours, damaged, newer or read-only', () => {
  const cases: Array<[string, () => Promise<string> | string, RegExp]> = [
    ['random bytes', () => write('zufall.sqlite', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))), /keine SQLite-Datenbank/],
    ['an empty file', () => write('leer.sqlite', Buffer.alloc(0)), /keine SQLite-Datenbank/],
    ['a CSV renamed to .sqlite', () => write('tabelle.sqlite', Buffer.from('AGS;Name\n03354018;Lüchow\n')), /keine SQLite-Datenbank/],
    [
      'a truncated plan',
      async () => {
        const file = await newPlan('abgeschnitten.sqlite');
        const bytes = fs.readFileSync(file);
        fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
        return file;
      },
      /unvollständig/,
    ],
    [
      "another application's SQLite database",
      () => {
        const file = path.join(dir, 'fremd.sqlite');
        const db = new Sqlite(file);
        db.exec('CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO kunden (name) VALUES (\'A\')');
        db.close();
        return file;
      },
      /anderen Programms/,
    ],
    [
      'a plan from a newer version',
      async () => {
        const file = await newPlan('neuer.sqlite');
        const db = new Sqlite(file);
        db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
        db.close();
        return file;
      },
      /neueren Version/,
    ],
    [
      'a read-only plan',
      async () => {
        const file = await newPlan('schreibgeschuetzt.sqlite');
        fs.chmodSync(file, 0o444);
        return file;
      },
      /schreibgeschützt/,
    ],
    [
      'a plan with a damaged page',
      async () => {
        const file = await newPlan('beschaedigt.sqlite');
        const bytes = fs.readFileSync(file);
        const pageSize = bytes.readUInt16BE(16);
        // Overwrite the second page (first table b-tree page) with garbage; the header stays valid.
        bytes.fill(0xa5, pageSize, pageSize * 2);
        fs.writeFileSync(file, bytes);
        return file;
      },
      /beschädigt/,
    ],
  ];

  for (const [label, make, message] of cases) {
    it(`refuses ${label} with a German message and does not change a byte`, async () => {
      const file = await make();
      const before = sha256(file);
      const siblingsBefore = fs.readdirSync(dir).sort();
      await expect(PlanSession.open(file, { backupDir: path.join(dir, 'backups') })).rejects.toThrow(message);
      await expect(PlanSession.open(file, { backupDir: path.join(dir, 'backups') })).rejects.toThrow(/nicht verändert/);
      expect(sha256(file)).toBe(before);
      expect(fs.readdirSync(dir).sort()).toEqual(siblingsBefore);
    });
  }

  it('says so when the file does not exist', async () => {
    await expect(PlanSession.open(path.join(dir, 'gibtsnicht.sqlite'), { backupDir: dir })).rejects.toThrow(/nicht gefunden/);
  });
});

describe('older files', () => {
  it('are backed up first, then migrated to the current version with their data intact', async () => {
    const file = path.join(dir, 'alt.sqlite');
    const old = connect(file, { create: true });
    await migrateFile(old.db, old.sqlite, 1);
    old.sqlite.exec(`INSERT INTO replica VALUES ('r-old', 0, 0, '2024-01-01T00:00:00Z');
      INSERT INTO plan (id, title, district_name, kreis_key, created_at, updated_at) VALUES ('p1', 'Alter Plan', 'LK', '03354', 'x', 'x');`);
    old.sqlite.close();
    const before = sha256(file);

    const backupDir = path.join(dir, 'sicherungen');
    const session = await PlanSession.open(file, { backupDir });
    expect(session.migratedFrom?.version).toBe(1);
    const backup = session.migratedFrom!.backupPath;
    expect(path.dirname(backup)).toBe(backupDir);
    const backupDb = new Sqlite(backup, { readonly: true });
    expect(backupDb.pragma('user_version', { simple: true })).toBe(1);
    expect(backupDb.prepare('SELECT title FROM plan').get()).toEqual({ title: 'Alter Plan' });
    backupDb.close();
    expect(sha256(file)).not.toBe(before);
    expect(session.sqlite.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(session.sqlite.prepare('SELECT title FROM plan').get()).toEqual({ title: 'Alter Plan' });
    session.close();
  });
});

describe('save as', () => {
  it('writes a checked, self-contained copy with the same plan but its own replica id', async () => {
    const file = await newPlan('original.sqlite');
    const session = await PlanSession.open(file, { backupDir: dir });
    const target = path.join(dir, 'kopie.sqlite');
    await session.saveCopy(target);
    const originalReplica = session.replicaId;
    session.close();
    const copy = new Sqlite(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const replica = copy.prepare('SELECT id FROM replica').get() as { id: string };
    expect(replica.id).not.toBe(originalReplica);
    copy.close();
    const orig = new Sqlite(file, { readonly: true });
    expect((orig.prepare('SELECT id FROM plan').get() as { id: string }).id).toBeTruthy();
    orig.close();
    expect(fs.readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('keeps the existing target when the copy cannot be written', async () => {
    const file = await newPlan('quelle.sqlite');
    const session = await PlanSession.open(file, { backupDir: dir });
    await expect(session.saveCopy(path.join(dir, 'kein', 'ordner.sqlite'))).rejects.toThrow(/existiert nicht/);
    session.close();
  });
});

async function write(name: string, bytes: Buffer): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}
