/**
 * Brings an older planning file to the current version without ever leaving it between two
 * versions: backup first, then the migrations run on a copy beside the file, and the copy
 * replaces the original by one rename only when every step succeeded and the result passed
 * the checks. A failure or a crash leaves the original byte for byte as it was (the copy is
 * a crash leftover that db/file/leftovers.ts removes).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Migration } from 'kysely/migration';
import { MIGRATIONS } from '../migrations';
import { backupPlanFile } from './backup';
import { connect } from './connection';
import { toUserError } from './errors';
import { tempSibling } from './leftovers';
import { migrateFile } from './migrate';
import { verifyPlanContents } from './verify';

export interface MigrationNote {
  version: number;
  backupPath: string;
}

export async function upgradePlanFile(
  realPath: string,
  fromVersion: number,
  options: { backupDir: string; migrations?: Record<string, Migration> },
): Promise<MigrationNote> {
  const migrations = options.migrations ?? MIGRATIONS;
  const target = Object.keys(migrations).length;
  const name = path.basename(realPath);
  const work = tempSibling(realPath);
  try {
    const backupPath = backupPlanFile(realPath, options.backupDir, `vor-aktualisierung-v${fromVersion}`);
    fs.copyFileSync(realPath, work);
    const conn = connect(work);
    try {
      await migrateFile(conn.db, conn.sqlite, target, migrations);
    } finally {
      conn.sqlite.close();
    }
    if (options.migrations === undefined) await verifyPlanContents(work, target, name);
    syncFile(work);
    fs.renameSync(work, realPath);
    syncDir(path.dirname(realPath));
    return { version: fromVersion, backupPath };
  } catch (error) {
    fs.rmSync(work, { force: true });
    fs.rmSync(`${work}-journal`, { force: true });
    const reason = toUserError(error, `„${name}“ konnte nicht auf den aktuellen Stand gebracht werden`);
    reason.message = `${reason.message} Die Datei wurde nicht verändert.`;
    throw reason;
  }
}

/** The copy's bytes are on disk before the rename makes them the plan. */
function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The rename itself is durable (POSIX); folders cannot be opened for sync on Windows. */
function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Windows: NTFS journals the rename itself.
  }
}
