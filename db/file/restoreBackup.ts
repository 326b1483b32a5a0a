/**
 * „Neueste Sicherung öffnen“: when a plan is refused as damaged, its newest automatic backup is
 * copied to a new file beside it, `Name (wiederhergestellt).sqlite`. The damaged file is never
 * overwritten (it may still hold something worth rescuing by hand), and the backup itself is
 * never opened for work, because backups are pruned automatically.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/contract/errors';
import { listBackups } from './backup';
import { tempSibling } from './leftovers';
import { formatDateTime } from '../../shared/format';

export interface RestoredCopy {
  /** The new file, beside the damaged one. */
  path: string;
  backupPath: string;
  backupCreatedAt: Date;
}

function realPathOf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** A name beside the damaged file that does not exist yet. */
function freeName(damaged: string): string {
  const dir = path.dirname(damaged);
  const base = path.basename(damaged, path.extname(damaged));
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, `${base} (wiederhergestellt${n === 1 ? '' : ` ${n}`}).sqlite`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

export function copyNewestBackup(damagedPath: string, backupDir: string): RestoredCopy {
  const damaged = path.resolve(damagedPath);
  const newest = listBackups(realPathOf(damaged), backupDir).at(-1);
  if (!newest) {
    throw new UserError(
      `Für „${path.basename(damaged)}“ gibt es keine automatische Sicherung. Die Datei wurde nicht verändert. Haben Sie eine eigene Kopie des Plans, öffnen Sie bitte diese.`,
      'no-backup',
    );
  }
  const target = freeName(damaged);
  const temp = tempSibling(target);
  try {
    // Copied under a temporary name and renamed when complete: no half copy looks like a plan.
    fs.copyFileSync(newest.path, temp, fs.constants.COPYFILE_EXCL);
    fs.renameSync(temp, target);
  } catch {
    fs.rmSync(temp, { force: true });
    throw new UserError(
      `Die Sicherung konnte nicht neben „${path.basename(damaged)}“ gespeichert werden (Ordner ${path.dirname(damaged)}). Bitte prüfen Sie, ob Sie dort schreiben dürfen und genug Platz frei ist. Die beschädigte Datei wurde nicht verändert.`,
      'restore-failed',
    );
  }
  return { path: target, backupPath: newest.path, backupCreatedAt: newest.createdAt };
}

export function restoredNotice(copy: RestoredCopy, damagedPath: string): string {
  const when = formatDateTime(copy.backupCreatedAt);
  return (
    `Dieser Plan wurde aus der automatischen Sicherung vom ${when} wiederhergestellt und als „${path.basename(copy.path)}“ gespeichert. ` +
    `Änderungen nach diesem Zeitpunkt fehlen; bitte prüfen Sie Ihre letzten Eingaben. Die beschädigte Datei „${path.basename(damagedPath)}“ liegt unverändert daneben.`
  );
}
