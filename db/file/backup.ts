/**
 * Automatic backups before migrations (and later imports and merges). Written with
 * VACUUM INTO, which works through a read-only connection and leaves the source untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { BACKUPS_KEPT } from './constants';

export function backupPlanFile(sourcePath: string, backupDir: string, reason: string): string {
  fs.mkdirSync(backupDir, { recursive: true });
  const base = path.basename(sourcePath, path.extname(sourcePath));
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(backupDir, `${base}.${stamp}.${reason}.sqlite`);
  const source = new Sqlite(sourcePath, { readonly: true, fileMustExist: true });
  try {
    source.prepare('VACUUM INTO ?').run(target);
  } finally {
    source.close();
  }
  pruneBackups(backupDir, base);
  return target;
}

/** Keeps the newest BACKUPS_KEPT backups of one plan file (names sort by timestamp). */
function pruneBackups(backupDir: string, base: string): void {
  const own = fs
    .readdirSync(backupDir)
    .filter((f) => f.startsWith(`${base}.`) && f.endsWith('.sqlite'))
    .sort();
  for (const old of own.slice(0, Math.max(0, own.length - BACKUPS_KEPT))) fs.rmSync(path.join(backupDir, old));
}
