/** Helpers of the file-layer tests: plans on disk, tampering, refusals that must not change a byte. */
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { expect } from 'vitest';
import { PlanSession } from '../../../db/session';
import { sha256 } from '../../helpers/files';

export const META = { title: 'Testplan', districtName: 'LK Test', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: 'Kreis', author: 'T' };

export async function newPlan(dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  const session = await PlanSession.create(file, META);
  await session.write(async (w) => {
    await w.insert('planning_area', { id: 'a1', name: 'Nord', description: '' });
  });
  session.close();
  return file;
}

/** Changes a plan behind the app's back (another program, a broken copy). */
export function tamper(file: string, sql: string): void {
  const db = new Sqlite(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

/** Opening `file` is refused with `message`; the file and its folder are byte for byte as before. */
export async function expectRefusedUnchanged(file: string, backupDir: string, message: RegExp): Promise<string> {
  const before = sha256(file);
  const siblings = fs.readdirSync(path.dirname(file)).sort();
  const error = await PlanSession.open(file, { backupDir }).then(
    (s) => {
      s.close();
      return null;
    },
    (e: Error) => e,
  );
  expect(error?.message).toMatch(message);
  expect(error?.message).toMatch(/nicht verändert/);
  expect(error?.message).not.toMatch(/Sqlite|SQLITE|Error|EISDIR|ENOENT/);
  expect(sha256(file)).toBe(before);
  expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(siblings);
  return error!.message;
}

/**
 * What a crash in the middle of a write leaves on disk: while a transaction has written part of
 * its pages into the file (a tiny page cache forces that), file and journal are copied to
 * `crashed`. The pair is exactly what SIGKILL at that moment would leave.
 */
export async function crashedMidWrite(file: string, crashed: string): Promise<void> {
  const session = await PlanSession.open(file, { backupDir: path.join(path.dirname(crashed), 'Sicherungen') });
  session.sqlite.pragma('cache_size = 2');
  await session
    .write(async (w) => {
      for (let i = 0; i < 3000; i++) await w.insert('planning_area', { id: `x${i}`, name: `Bereich ${i} ${'x'.repeat(200)}`, description: '' });
      fs.copyFileSync(file, crashed);
      fs.copyFileSync(`${file}-journal`, `${crashed}-journal`);
      throw new Error('stop here: the copy is the crash');
    })
    .catch(() => undefined);
  session.close();
}
