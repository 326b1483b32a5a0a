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
  const backup = beginBackup(sourcePath, backupDir, reason);
  try {
    fs.copyFileSync(sourcePath, backup.temp);
  } catch (error) {
    return endBackup(backup, { failure: error });
  }
  return endBackup(backup);
}

/**
 * The same backup, copied while the caller goes on: for a job whose connection keeps its changes
 * in memory until the commit (PlanSession.attach: no cache spill), so the file stays as it was
 * until then. The shared lock held meanwhile keeps every other writer out; the job's commit
 * needs the file to itself, so it must wait for this promise.
 */
export async function backupPlanFileAlongside(sourcePath: string, backupDir: string, reason: BackupReason): Promise<string> {
  const backup = beginBackup(sourcePath, backupDir, reason);
  try {
    await fs.promises.copyFile(sourcePath, backup.temp);
  } catch (error) {
    return endBackup(backup, { failure: error });
  }
  return endBackup(backup);
}

interface BackupUnderWay {
  sourcePath: string;
  backupDir: string;
  target: string;
  /** Where it is copied to, renamed to `target` only when complete. */
  temp: string;
  /** A read-only connection whose read transaction holds SQLite's shared lock until the end. */
  lock: Sqlite.Database;
}

function beginBackup(sourcePath: string, backupDir: string, reason: BackupReason): BackupUnderWay {
  fs.mkdirSync(backupDir, { recursive: true });
  const base = baseName(sourcePath);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let target = path.join(backupDir, `${base}.${stamp}.${reason}.sqlite`);
  // Two backups within one millisecond (an import right after opening) must not overwrite each other.
  for (let n = 2; fs.existsSync(target); n++) target = path.join(backupDir, `${base}.${stamp}.${reason}-${n}.sqlite`);
  const lock = new Sqlite(sourcePath, { readonly: true, fileMustExist: true });
  try {
    lock.pragma('busy_timeout = 5000');
    // A read transaction takes the shared lock at its first read and keeps it until COMMIT.
    lock.exec('BEGIN');
    lock.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    lock.close();
    throw error;
  }
  return { sourcePath, backupDir, target, temp: tempSibling(target), lock };
}

/** The copy in place under its name (or, after a failure, its temporary file gone and the failure thrown), the lock released, older backups pruned. */
function endBackup(backup: BackupUnderWay, after: { failure?: unknown } = {}): string {
  try {
    if ('failure' in after) throw after.failure;
    fs.renameSync(backup.temp, backup.target);
  } catch (error) {
    fs.rmSync(backup.temp, { force: true });
    throw error;
  } finally {
    try {
      if (backup.lock.inTransaction) backup.lock.exec('COMMIT');
    } finally {
      backup.lock.close();
    }
  }
  pruneBackups(backup.backupDir, baseName(backup.sourcePath));
  return backup.target;
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
