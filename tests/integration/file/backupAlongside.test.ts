/**
 * Issue 11: a merge's backup is copied while the merge reads (db/file/backup.ts,
 * backupPlanFileAlongside). Meanwhile SQLite's shared lock keeps every other writer out, so the
 * copy is the file as it was; once the backup is done, writers go on.
 */
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupPlanFileAlongside } from '../../../db/file/backup';
import { PlanSession } from '../../../db/session';
import { tempDir } from '../../helpers/files';

const meta = { title: 'Plan vorher', districtName: 'LK', kreisKey: '', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const open: Sqlite.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('a backup copied alongside', () => {
  it('keeps other writers out until it is done and holds the file as it was', async () => {
    const dir = tempDir('psp-backup-alongside-');
    const file = path.join(dir, 'plan.sqlite');
    (await PlanSession.create(file, meta)).close();

    const backup = backupPlanFileAlongside(file, path.join(dir, 'Sicherungen'), 'vor-zusammenfuehrung');
    // The shared lock is taken before the call returns: a writer cannot commit meanwhile.
    const writer = new Sqlite(file);
    open.push(writer);
    writer.pragma('busy_timeout = 0');
    writer.exec('BEGIN');
    writer.prepare("UPDATE plan SET title = 'Plan nachher'").run();
    expect(() => writer.exec('COMMIT')).toThrow(/locked|busy/i);
    writer.exec('ROLLBACK');

    const target = await backup;
    expect(path.basename(target)).toMatch(/^plan\..*\.vor-zusammenfuehrung\.sqlite$/);
    // Done: the lock is gone.
    writer.prepare("UPDATE plan SET title = 'Plan nachher'").run();
    expect((writer.prepare('SELECT title FROM plan').get() as { title: string }).title).toBe('Plan nachher');

    const copy = new Sqlite(target, { readonly: true });
    open.push(copy);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((copy.prepare('SELECT title FROM plan').get() as { title: string }).title).toBe('Plan vorher');
  });

  it('leaves no partial file when the plan cannot be read', async () => {
    const dir = tempDir('psp-backup-alongside-');
    await expect(backupPlanFileAlongside(path.join(dir, 'fehlt.sqlite'), path.join(dir, 'Sicherungen'), 'vor-zusammenfuehrung')).rejects.toThrow();
    const fs = await import('node:fs');
    expect(fs.readdirSync(path.join(dir, 'Sicherungen'))).toEqual([]);
  });
});
