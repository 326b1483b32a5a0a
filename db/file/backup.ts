/**
 * Automatic backups (Sicherungen) before migrations, merges and imports, and one per day.
 * A byte copy of the file taken while a read-only connection holds SQLite's shared lock: no
 * writer can change the file meanwhile (rollback journal: a writer touches the file only under
 * an exclusive lock), so the copy is the last committed state. Written under a temporary name
 * that is renamed only when complete: a crash never leaves a half backup that looks like a
 * whole one. (VACUUM INTO, used before, rebuilt every table and index: on a merge of 100,000
 * changes it was the largest fixed cost.)
 */
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { BACKUPS_KEPT } from './constants';
import { tempSibling } from './leftovers';

export type BackupReason = `vor-aktualisierung-v${number}` | 'vor-zusammenfuehrung' | 'vor-import' | 'vor-uebernahme' | 'taeglich';

export interface BackupFile {
  path: string;
  /** When it was written (from the name, which sorts by time). */
  createdAt: Date;
}

export function backupPlanFile(sourcePath: string, backupDir: string, reason: BackupReason): string {
  const { target, temp } = backupTarget(sourcePath, backupDir, reason);
  const lock = holdSharedLock(sourcePath);
  try {
    fs.copyFileSync(sourcePath, temp);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  } finally {
    release(lock);
  }
  pruneBackups(backupDir, baseName(sourcePath));
  return target;
}

/**
 * The same backup, copied while the caller goes on: for a job whose connection keeps its changes
 * in memory until the commit (PlanSession.attach: no cache spill), so the file stays as it was
 * until then. The shared lock held meanwhile keeps every other writer out; the job's commit
 * needs the file to itself, so it must wait for this promise.
 */
export async function backupPlanFileAlongside(sourcePath: string, backupDir: string, reason: BackupReason): Promise<string> {
  const { target, temp } = backupTarget(sourcePath, backupDir, reason);
  const lock = holdSharedLock(sourcePath);
  try {
    await fs.promises.copyFile(sourcePath, temp);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  } finally {
    release(lock);
  }
  pruneBackups(backupDir, baseName(sourcePath));
  return target;
}

function backupTarget(sourcePath: string, backupDir: string, reason: BackupReason): { target: string; temp: string } {
  fs.mkdirSync(backupDir, { recursive: true });
  const base = baseName(sourcePath);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let target = path.join(backupDir, `${base}.${stamp}.${reason}.sqlite`);
  // Two backups within one millisecond (an import right after opening) must not overwrite each other.
  for (let n = 2; fs.existsSync(target); n++) target = path.join(backupDir, `${base}.${stamp}.${reason}-${n}.sqlite`);
  return { target, temp: tempSibling(target) };
}

/** A read-only connection whose read transaction holds SQLite's shared lock (taken at its first read) until `release`. */
function holdSharedLock(sourcePath: string): Sqlite.Database {
  const source = new Sqlite(sourcePath, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    source.exec('BEGIN');
    source.prepare('SELECT count(*) FROM sqlite_master').get();
    return source;
  } catch (error) {
    source.close();
    throw error;
  }
}

function release(source: Sqlite.Database): void {
  try {
    if (source.inTransaction) source.exec('COMMIT');
  } finally {
    source.close();
  }
}

/** One backup per plan and day, on the first open of the day (any backup of today counts). */
export function ensureDailyBackup(sourcePath: string, backupDir: string): string | null {
  const today = new Date().toISOString().slice(0, 10);
  const newest = listBackups(sourcePath, backupDir).at(-1);
  if (newest && newest.createdAt.toISOString().slice(0, 10) === today) return null;
  return backupPlanFile(sourcePath, backupDir, 'taeglich');
}

/** The backups of one plan file, oldest first. */
export function listBackups(sourcePath: string, backupDir: string): BackupFile[] {
  const base = baseName(sourcePath);
  const out: BackupFile[] = [];
  for (const name of ownBackups(backupDir, base)) {
    const stamp = /^(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z\./.exec(name.slice(base.length + 1));
    if (!stamp) continue;
    out.push({ path: path.join(backupDir, name), createdAt: new Date(`${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}.${stamp[5]}Z`) });
  }
  return out;
}

const baseName = (sourcePath: string) => path.basename(sourcePath, path.extname(sourcePath));

function ownBackups(backupDir: string, base: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupDir);
  } catch {
    return [];
  }
  // The timestamp right after "<base>." keeps "plan" from claiming the backups of "plan.v2".
  return names.filter((f) => f.startsWith(`${base}.`) && /^\d{4}-\d\d-\d\dT/.test(f.slice(base.length + 1)) && f.endsWith('.sqlite')).sort();
}

/** Keeps the newest BACKUPS_KEPT backups of one plan file (names sort by timestamp). */
function pruneBackups(backupDir: string, base: string): void {
  const own = ownBackups(backupDir, base);
  for (const old of own.slice(0, Math.max(0, own.length - BACKUPS_KEPT))) fs.rmSync(path.join(backupDir, old));
}
