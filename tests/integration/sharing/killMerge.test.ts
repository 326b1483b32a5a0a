/**
 * A merge killed mid-way (SIGKILL while its transaction writes) leaves the file exactly in the
 * before state (the rollback journal is replayed on the next open) — never in between.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanSession } from '../../../db/session';
import { mergePlanFile } from '../../../db/sharing/merge';
import { sharePlanFile } from '../../../db/sharing/share';
import { tempDir } from '../../helpers/files';
import { META } from './helpers';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');
let dir: string;
let master: string;
let returned: string;
let backups: string;

/** Every table of the file, row by row, in a fixed order. */
function dump(file: string): string {
  const db = new Sqlite(file); // read-write: a hot journal left by the killed process is rolled back here
  try {
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
    return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all()]));
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dir = tempDir('psp-sharing-kill-');
  master = path.join(dir, 'master.sqlite');
  returned = path.join(dir, 'zurueck.sqlite');
  backups = path.join(dir, 'Sicherungen');
  const m = await PlanSession.create(master, META);
  const ids: string[] = [];
  await m.write(async (w) => {
    for (let i = 0; i < 2000; i++) {
      const id = randomUUID();
      ids.push(id);
      await w.insert('planning_area', { id, name: `Bereich ${i}`, description: '' });
    }
  });
  await sharePlanFile(m, returned, { withoutPersonalData: false });
  m.close();
  // The colleague's copy: many new records and edits, so the merge writes for a while.
  const c = await PlanSession.open(returned, { backupDir: backups });
  await c.write(async (w) => {
    for (let i = 0; i < 40000; i++) await w.insert('planning_area', { id: randomUUID(), name: `Neu ${i}`, description: 'von der Kollegin' });
    for (const id of ids) await w.update('planning_area', id, { description: 'bearbeitet' });
  });
  c.close();
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function runChild(onJournal: (kill: () => void) => void): Promise<{ killed: boolean; journalSeen: boolean; out: string; pid: number }> {
  return new Promise((resolve, reject) => {
    // node itself with the tsx loader (not the tsx wrapper), so SIGKILL hits the merging process.
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'mergeChild.ts'), master, returned, backups], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let journalSeen = false;
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setInterval(() => {
      if (!journalSeen && fs.existsSync(`${master}-journal`)) {
        journalSeen = true;
        onJournal(() => child.kill('SIGKILL'));
      }
    }, 1);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearInterval(timer);
      resolve({ killed: signal === 'SIGKILL', journalSeen, out, pid: child.pid! });
    });
  });
}

describe('a merge killed mid-way', () => {
  it('leaves the file in the before state, intact', async () => {
    const before = dump(master);
    // Kill as soon as the write transaction has begun (its journal exists): never after the commit.
    const { killed, journalSeen, out, pid } = await runChild((kill) => kill());
    expect(journalSeen, out).toBe(true);
    expect(killed, `the merge finished before it was killed: ${out}`).toBe(true);
    expect(out).not.toContain('done');
    // The process that held the file is really gone.
    expect(() => process.kill(pid, 0)).toThrow();
    // Still a valid planning file, and exactly as before.
    const db = new Sqlite(master);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(dump(master)).toBe(before);

    // And the same merge, not interrupted, completes on that file.
    const session = await PlanSession.open(master, { backupDir: backups });
    const result = await mergePlanFile(session, returned, { backupDir: backups });
    expect(result.applied).toBe(42000);
    expect(session.sqlite.prepare(`SELECT count(*) AS n FROM planning_area WHERE description = 'bearbeitet'`).get()).toEqual({ n: 2000 });
    session.close();
  }, 120_000);
});
