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

/**
 * The moment inside a commit when page 1 (with the new, larger page count) is already written
 * but the file has not grown yet. SQLite keeps page 1 in memory until the commit, so this is
 * built by hand after https://www.sqlite.org/fileformat.html#the_rollback_journal: a journal
 * with the original page 1, and the file with a page 1 that claims 50 more pages.
 */
export function interruptedCommit(file: string, crashed: string): void {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  const pages = bytes.length / pageSize;
  const sector = 512;
  const nonce = 0x1234567;
  const original = bytes.subarray(0, pageSize);
  let checksum = nonce;
  for (let i = pageSize - 200; i > 0; i -= 200) checksum = (checksum + original[i]!) >>> 0;
  const journal = Buffer.alloc(sector + 4 + pageSize + 4);
  Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]).copy(journal, 0);
  journal.writeUInt32BE(1, 8); // one page record
  journal.writeUInt32BE(nonce, 12);
  journal.writeUInt32BE(pages, 16); // size before the transaction
  journal.writeUInt32BE(sector, 20);
  journal.writeUInt32BE(pageSize, 24);
  journal.writeUInt32BE(1, sector);
  original.copy(journal, sector + 4);
  journal.writeUInt32BE(checksum, sector + 4 + pageSize);
  const changed = Buffer.from(bytes);
  const counter = changed.readUInt32BE(24) + 1;
  changed.writeUInt32BE(counter, 24);
  changed.writeUInt32BE(pages + 50, 28);
  changed.writeUInt32BE(counter, 92);
  fs.writeFileSync(crashed, changed);
  fs.writeFileSync(`${crashed}-journal`, journal);
}
