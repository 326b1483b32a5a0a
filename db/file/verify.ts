/**
 * The inside of a planning file: damaged pages (quick_check) and the schema and content rules
 * of db/file/schemaCheck.ts. Reads through a read-only connection, so a refused file keeps
 * every byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/contract/errors';
import { runInWorker, workerEntry } from '../jobs/workerThread';
import { untouched } from './inspect';
import { damagedPages, pageProblemsOf, withReadOnly } from './pageCheck';
import type { PageCheckRequest } from './pageCheckWorker';
import { findSchemaProblems } from './schemaCheck';

/**
 * `privateCopy`: the file is this program's own temporary copy (a merge's copy of the other
 * file): read through memory mapping, which makes the full read of quick_check about a third
 * cheaper. Never for a person's own file: there a read error of a mapped page (a network drive
 * that goes away) would end the process instead of failing the check.
 */
export async function verifyPlanContents(
  filePath: string,
  version: number,
  displayName: string = path.basename(filePath),
  options: { privateCopy?: boolean } = {},
): Promise<void> {
  const problems = await withReadOnly(filePath, options.privateCopy ?? false, async (db) => {
    const damaged = damagedPages(db);
    return damaged.length > 0 ? damaged : findSchemaProblems(db, version);
  });
  if (problems.length > 0) throw corrupt(displayName, problems);
}

/**
 * Smaller files are read whole at once: starting a thread (≈ 25 ms) costs more than reading
 * them (quick_check reads ≈ 1 MB per millisecond, mapped).
 */
const ALONGSIDE_FROM_BYTES = 16 * 1024 ** 2;

/**
 * verifyPlanContents for this program's private copy (a merge's copy of the other file), with
 * the full read of the file (pageCheck.ts, about half of the check's time) in a worker thread
 * while the caller goes on. The shape is checked before this returns, so nothing is ever read
 * from a file with triggers or views we did not create. `pages` settles with the verdict on the
 * rest: until it holds, whatever the caller read may be damaged, so it must keep nothing before
 * (a merge awaits it inside its transaction, before the commit). Aborting `signal` stops the worker.
 */
export async function verifyPlanAlongside(filePath: string, version: number, displayName: string, signal: AbortSignal): Promise<{ pages: Promise<void> }> {
  const shape = await withReadOnly(filePath, true, (db) => findSchemaProblems(db, version, { log: false }));
  // A damaged file often shows as a wrong shape too: the whole check then says what it is.
  if (shape.length > 0) {
    await verifyPlanContents(filePath, version, displayName, { privateCopy: true });
    throw corrupt(displayName, shape);
  }
  const request: PageCheckRequest = { filePath, privateCopy: true };
  const entry = fs.statSync(filePath).size >= ALONGSIDE_FROM_BYTES ? workerEntry(typeof __filename === 'string' && __filename ? __filename : import.meta.url, 'pageCheckWorker', 'pageCheckWorker') : null;
  const problems = entry ? runInWorker<PageCheckRequest, never, string[]>(entry, request, signal) : pageProblemsOf(filePath, true);
  const pages = problems.then((found) => {
    if (found.length > 0) throw corrupt(displayName, found);
  });
  // Awaited by the caller, or given up with the file: never an unhandled rejection.
  pages.catch(() => undefined);
  return { pages };
}

const corrupt = (displayName: string, problems: string[]) =>
  new UserError(`Die Datei „${displayName}“ ist beschädigt und kann nicht geöffnet werden: ${problems.join('; ')}. ${untouched}`, 'corrupt');
