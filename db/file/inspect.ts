/**
 * Decides from the outside whether a file may be opened as a planning file, without writing a
 * single byte: header, permissions, and whether a crash left a hot journal. The inside (pages,
 * schema, content) is checked by db/file/verify.ts. Every refusal is a UserError in German
 * that says what was found and that the file is unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { UserError } from '../../shared/contract/errors';
import { SCHEMA_VERSION } from '../migrations';
import { APPLICATION_ID } from './constants';
import { readSqliteHeader } from './header';

export interface InspectedFile {
  realPath: string;
  version: number;
  /** A crash left a hot journal beside the file: its last change must be rolled back first. */
  hotJournal: boolean;
}

export const untouched = 'Die Datei wurde nicht verändert.';

export function inspectPlanFile(filePath: string): InspectedFile {
  const name = path.basename(filePath);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    if (isDanglingLink(filePath)) {
      throw new UserError(`„${name}“ ist eine Verknüpfung auf eine Datei, die es nicht (mehr) gibt (${filePath}). Die Verknüpfung wurde nicht verändert.`, 'dangling-link');
    }
    throw new UserError(`Die Datei „${name}“ wurde nicht gefunden (${filePath}).`, 'missing');
  }
  if (!stat.isFile()) throw new UserError(`„${name}“ ist keine Datei, sondern ein Ordner oder ein Gerät.`, 'not-file');

  let header;
  try {
    header = readSqliteHeader(filePath);
  } catch {
    throw new UserError(`Die Datei „${name}“ kann nicht gelesen werden. Prüfen Sie die Zugriffsrechte.`, 'unreadable');
  }
  if (!header.header) {
    throw new UserError(`„${name}“ ist keine Planungsdatei des Pflegestrukturplaners (keine SQLite-Datenbank). ${untouched}`, 'not-sqlite');
  }
  const h = header.header;
  // Hazard: a crash mid-write can leave page 1 (with the new page count) written before the
  // file grew; with a hot journal that is the interrupted change, not a truncated file.
  const hotJournal = fs.existsSync(`${filePath}-journal`) && probeForHotJournal(filePath) === 'hot';
  if (!hotJournal && h.pageCount !== null && header.size < h.pageCount * h.pageSize) {
    throw new UserError(
      `Die Datei „${name}“ ist unvollständig: ihr fehlt ein Teil (vermutlich wurde sie nicht vollständig kopiert oder übertragen). ` +
        `Bitten Sie um eine neue Kopie oder öffnen Sie eine Sicherung. ${untouched}`,
      'truncated',
    );
  }
  if (h.applicationId !== APPLICATION_ID) {
    throw new UserError(
      `„${name}“ ist eine SQLite-Datenbank eines anderen Programms, keine Planungsdatei des Pflegestrukturplaners. ${untouched}`,
      'foreign',
    );
  }
  if (h.userVersion > SCHEMA_VERSION) {
    throw new UserError(
      `„${name}“ wurde mit einer neueren Version des Pflegestrukturplaners gespeichert (Dateiversion ${h.userVersion}, ` +
        `diese Version kennt bis ${SCHEMA_VERSION}). Bitte aktualisieren Sie das Programm. ${untouched}`,
      'newer',
    );
  }
  // Root may write to files without write permission; the mode bits still say what the owner wants.
  if ((stat.mode & 0o222) === 0 || !canWrite(filePath)) {
    throw new UserError(
      `„${name}“ ist schreibgeschützt. Der Pflegestrukturplaner speichert jede Änderung sofort und braucht deshalb Schreibrechte. ` +
        `Heben Sie den Schreibschutz auf oder kopieren Sie die Datei in einen Ordner, in dem Sie schreiben dürfen. ${untouched}`,
      'read-only',
    );
  }
  if (!canWrite(path.dirname(filePath))) {
    throw new UserError(
      `Im Ordner von „${name}“ darf nicht geschrieben werden; SQLite braucht dort eine Journaldatei, um sicher zu speichern. ` +
        `Kopieren Sie die Datei in einen anderen Ordner. ${untouched}`,
      'read-only-dir',
    );
  }
  if (!hotJournal && probeForHotJournal(filePath) === 'unreadable') {
    throw new UserError(`Die Datei „${name}“ ist beschädigt und kann nicht geöffnet werden (ihr Inhaltsverzeichnis ist nicht lesbar). ${untouched}`, 'corrupt');
  }
  return { realPath: fs.realpathSync(filePath), version: h.userVersion, hotJournal };
}

/** A symbolic link whose target does not exist: opening must not create a new plan in its place. */
export function isDanglingLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink() && !fs.existsSync(p);
  } catch {
    return false;
  }
}

function canWrite(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the first page through a read-only connection. SQLite answers SQLITE_READONLY_ROLLBACK
 * when a crash left a hot journal: the file is not damaged, its last change was interrupted and
 * must be rolled back by a read-write open (db/file/recover.ts decides whether that is safe).
 * Any other failure here means the file itself is damaged.
 */
function probeForHotJournal(filePath: string): 'hot' | 'ok' | 'unreadable' {
  let db: Sqlite.Database | undefined;
  try {
    db = new Sqlite(filePath, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code === 'SQLITE_READONLY_ROLLBACK' ? 'hot' : 'unreadable';
  } finally {
    db?.close();
  }
}
