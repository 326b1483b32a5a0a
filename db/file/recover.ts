/**
 * Recovery after a crash mid-write. SQLite leaves a "hot" rollback journal beside the file
 * (`<plan>-journal`) with the pages as they were before the interrupted change; the next
 * read-write open puts them back. That is the normal, intended way back to the state before
 * the change, not damage. To be sure the result is a good plan before touching the original,
 * the rollback is first done on a private copy of file and journal and the copy is verified;
 * only then the original is opened read-write, which rolls it back the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { readSqliteHeader } from './header';
import { makeTempDir } from './leftovers';
import { verifyPlanContents } from './verify';

/** Rolls back the interrupted change of `target`; throws a German refusal (file untouched) if the result would not be a good plan. Returns the version after the rollback. */
export async function recoverHotJournal(target: string): Promise<number> {
  const dir = makeTempDir('recover');
  try {
    const copy = path.join(dir, 'plan.sqlite');
    fs.copyFileSync(target, copy);
    fs.copyFileSync(`${target}-journal`, `${copy}-journal`);
    rollBack(copy);
    const version = readSqliteHeader(copy).header?.userVersion ?? 0;
    await verifyPlanContents(copy, version, path.basename(target));
    rollBack(target);
    return version;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The first read through a read-write connection replays the hot journal and deletes it. */
function rollBack(file: string): void {
  const db = new Sqlite(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } finally {
    db.close();
  }
}
