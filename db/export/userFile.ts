/**
 * The one place that writes files the planner chose (Speichern unter, Teilen, exports): the
 * content is written to a temporary file next to the target and moved into place in one step,
 * so a crash leaves either the old file or the new one, never half of one.
 *
 * An existing file is never replaced unless the call says `overwrite: true`, which the UI only
 * sends after asking „Die Datei … gibt es schon. Ersetzen?“. The check sits here, behind the
 * channel, so a compromised renderer cannot overwrite a user's files by sending a path. An
 * open plan is never replaced at all: its connection would keep writing into a deleted file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/contract/errors';
import { APPLICATION_ID } from '../file/constants';
import { readSqliteHeader } from '../file/header';
import { tempSibling } from '../file/leftovers';

export interface UserFileOptions {
  /** Replace an existing file; only after the planner confirmed it. */
  overwrite: boolean;
  /** Real paths of the plans open in this app: never replaced. */
  openFiles?: readonly string[];
}

/** The error the UI answers with its confirmation dialog (code 'file-exists'). */
export const FILE_EXISTS = 'file-exists';

function realPathOf(target: string): string {
  try {
    return fs.realpathSync(target);
  } catch {
    return target;
  }
}

function isPlanFile(target: string): boolean {
  try {
    return readSqliteHeader(target).header?.applicationId === APPLICATION_ID;
  } catch {
    return false;
  }
}

/** Refuses what may not be written; call it before long work (a PDF job) and again on writing. */
export function assertMayWrite(targetPath: string, options: UserFileOptions): string {
  const target = path.resolve(targetPath);
  const name = path.basename(target);
  if (!fs.existsSync(path.dirname(target))) throw new UserError(`Der Ordner ${path.dirname(target)} existiert nicht.`, 'no-dir');
  if (!fs.existsSync(target)) return target;
  if (fs.statSync(target).isDirectory()) throw new UserError(`„${name}“ ist ein Ordner, keine Datei. Wählen Sie einen Dateinamen.`, 'is-dir');
  const real = realPathOf(target);
  if ((options.openFiles ?? []).some((open) => open === real)) {
    throw new UserError(`„${name}“ ist gerade als Plan geöffnet und kann nicht ersetzt werden. Wählen Sie einen anderen Namen; die Datei bleibt unverändert.`, 'file-open');
  }
  if (!options.overwrite) {
    const plan = isPlanFile(target) ? ' Sie ist eine Planungsdatei; ihr Inhalt ginge verloren.' : '';
    throw new UserError(`Die Datei „${name}“ gibt es schon.${plan} Ersetzen?`, FILE_EXISTS);
  }
  return target;
}

/**
 * Writes `content` (bytes, or a function that fills the temporary file, e.g. VACUUM INTO)
 * atomically to `targetPath`; returns the resolved target.
 */
export function writeUserFile(targetPath: string, content: Uint8Array | ((tempPath: string) => void), options: UserFileOptions): string {
  const target = assertMayWrite(targetPath, options);
  // A noted temporary sibling: a crash leaves it behind, and the next start removes it.
  const temp = tempSibling(target);
  try {
    if (typeof content === 'function') content(temp);
    else writeDurably(temp, content);
    publish(temp, target, options);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    fs.rmSync(`${temp}-journal`, { force: true });
    throw error;
  }
  return target;
}

function writeDurably(file: string, bytes: Uint8Array): void {
  const fd = fs.openSync(file, 'wx');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Moves the finished file into place. Without permission to replace, a hard link is used:
 * it fails if the target appeared in the meantime, where a rename would silently replace it.
 */
function publish(temp: string, target: string, options: UserFileOptions): void {
  if (options.overwrite) {
    assertMayWrite(target, options);
    fs.renameSync(temp, target);
    return;
  }
  try {
    fs.linkSync(temp, target);
    fs.rmSync(temp, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') assertMayWrite(target, options);
    // File systems without hard links (some network and FAT drives): check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
    assertMayWrite(target, options);
    fs.renameSync(temp, target);
  }
}
