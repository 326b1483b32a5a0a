/**
 * The inside of a planning file: damaged pages (quick_check) and the schema and content rules
 * of db/file/schemaCheck.ts. Reads through a read-only connection, so a refused file keeps
 * every byte.
 */
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { UserError } from '../../shared/contract/errors';
import { untouched } from './inspect';
import { findSchemaProblems } from './schemaCheck';

/** Up to this much of a private copy is read through memory mapping (the rest as usual). */
export const MAPPED_BYTES = 1024 ** 3;

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
  let db: Sqlite.Database | undefined;
  let problems: string[];
  try {
    db = new Sqlite(filePath, { readonly: true, fileMustExist: true });
    if (options.privateCopy) db.pragma(`mmap_size = ${MAPPED_BYTES}`);
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
      problems = [`${rows.length} Seiten oder Einträge sind beschädigt`];
    } else {
      problems = await findSchemaProblems(db, version);
    }
  } catch (error) {
    console.error('[verify] reading failed:', error);
    problems = ['ihr Inhalt ist nicht lesbar'];
  } finally {
    db?.close();
  }
  if (problems.length > 0) {
    throw new UserError(`Die Datei „${displayName}“ ist beschädigt und kann nicht geöffnet werden: ${problems.join('; ')}. ${untouched}`, 'corrupt');
  }
}
