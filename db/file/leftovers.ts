/**
 * Names for our temporary files and folders, and the clean-up of what a crash left behind.
 * Every temporary name carries the writing process's id, so a clean-up never removes the
 * work of a process that is still running (another window or app instance), only the
 * leftovers of one that died: whole copies of plans beside Save-as/Share targets, and copies
 * of a colleague's file (with personal data) in the temporary folder.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SIBLING = /\.psp-(\d+)-[0-9a-f]+\.tmp(-journal)?$/;
/** Temporary names of earlier versions (`<target>.<8 hex>.tmp`), without a process id. */
const LEGACY_SIBLING = /\.sqlite\.[0-9a-f]{8}\.tmp(-journal)?$/;
const TEMP_DIR = /^psp-(merge|recover)-(\d+)-[0-9a-f]+$/;
/** Merge folders of earlier versions (`psp-merge-XXXXXX`, from mkdtemp). */
const LEGACY_TEMP_DIR = /^psp-merge-[A-Za-z0-9]{6}$/;
/** Leftovers without a process id are only removed once nobody can still be writing them. */
const LEGACY_AGE_MS = 6 * 60 * 60 * 1000;

/**
 * Where this process notes its temporary siblings (`<folder>/psp-<pid>.tmp-list`, one path per
 * line), so a later start can find the leftovers of a crash in any folder, e.g. beside a
 * Save-as or Share target that never became a plan of its own. Null: nothing is noted (tests, tools).
 */
let registryDir: string | null = null;

export function noteTempFilesIn(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  registryDir = dir;
}

/** A temporary name beside `target` (same folder, so the final rename is atomic). */
export function tempSibling(target: string): string {
  const temp = `${target}.psp-${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  if (registryDir) {
    try {
      fs.appendFileSync(path.join(registryDir, `psp-${process.pid}.tmp-list`), `${temp}\n`);
    } catch {
      // Without the note the leftover is still removed when its folder is next opened.
    }
  }
  return temp;
}

/** Removes the noted temporary files of dead processes, wherever they are, and their lists. */
export function cleanNotedTempFiles(dir: string): string[] {
  const removed: string[] = [];
  for (const name of listDir(dir)) {
    const pid = /^psp-(\d+)\.tmp-list$/.exec(name)?.[1];
    if (pid === undefined || isAlive(Number(pid))) continue;
    const list = path.join(dir, name);
    let lines: string[];
    try {
      lines = fs.readFileSync(list, 'utf8').split('\n');
    } catch {
      continue;
    }
    // Only names of our own pattern: a damaged list must not delete anything else.
    for (const temp of lines.filter((l) => SIBLING.test(l))) {
      for (const p of [temp, `${temp}-journal`]) if (fs.existsSync(p) && removeQuietly(p, false)) removed.push(p);
    }
    removeQuietly(list, false);
  }
  return removed;
}

/** A private temporary folder for `kind` work (a colleague's file, a recovery check). */
export function makeTempDir(kind: 'merge' | 'recover'): string {
  const dir = path.join(os.tmpdir(), `psp-${kind}-${process.pid}-${randomBytes(4).toString('hex')}`);
  fs.mkdirSync(dir, { mode: 0o700 });
  return dir;
}

/** Removes our crash leftovers in `dir` (beside plans, in the backup folder). Returns what was removed. */
export function cleanLeftoversIn(dir: string): string[] {
  const removed: string[] = [];
  for (const name of listDir(dir)) {
    const pid = SIBLING.exec(name)?.[1];
    const stale = pid !== undefined ? !isAlive(Number(pid)) : LEGACY_SIBLING.test(name) && isOld(path.join(dir, name));
    if (stale && removeQuietly(path.join(dir, name), false)) removed.push(name);
  }
  return removed;
}

/** Removes our temporary folders of dead processes from the system's temporary folder. */
export function cleanTempDirs(tmp: string = os.tmpdir()): string[] {
  const removed: string[] = [];
  for (const name of listDir(tmp)) {
    const pid = TEMP_DIR.exec(name)?.[2];
    const stale = pid !== undefined ? !isAlive(Number(pid)) : LEGACY_TEMP_DIR.test(name) && isOld(path.join(tmp, name));
    if (stale && removeQuietly(path.join(tmp, name), true)) removed.push(name);
  }
  return removed;
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isOld(p: string): boolean {
  try {
    return Date.now() - fs.lstatSync(p).mtimeMs > LEGACY_AGE_MS;
  } catch {
    return false;
  }
}

/** Clean-up is best effort: a file we cannot remove now is tried again on the next start. */
function removeQuietly(p: string, recursive: boolean): boolean {
  try {
    fs.rmSync(p, { recursive, force: true });
    return true;
  } catch {
    return false;
  }
}
