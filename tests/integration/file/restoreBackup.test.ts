/**
 * Issue #12: a plan refused as damaged can be continued from its newest automatic backup. The
 * backup is copied beside the damaged file as „Name (wiederhergestellt).sqlite“ and opened; the
 * damaged file and the backup stay byte for byte as they were, and the planner is told the
 * backup's date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../db/file/backup';
import { sha256 } from '../../helpers/files';
import { call, useTestServices } from '../../helpers/services';
import { META } from './helpers';

const t = useTestServices();

/** Overwrites the second page: the file is refused as damaged on the next open. */
function damage(file: string): void {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  bytes.fill(0xa5, pageSize, pageSize * 2);
  fs.writeFileSync(file, bytes);
}

describe('restoring a damaged plan from its newest backup', () => {
  it('opens a copy of the newest backup beside the damaged file and says which backup it was', async () => {
    const file = path.join(t.dir, 'Kreisplan.sqlite');
    await call(t.services, 'plan.create', { path: file, meta: { ...META, title: 'Vor dem Schaden' } });
    await call(t.services, 'plan.close', {});
    // The first open of the day writes the daily backup.
    await call(t.services, 'plan.open', { path: file });
    await call(t.services, 'plan.updateMeta', { ...META, title: 'Nach der Sicherung' });
    await call(t.services, 'plan.close', {});
    const backups = listBackups(file, t.services.paths.backups);
    expect(backups.length).toBeGreaterThan(0);
    const newest = backups.at(-1)!;
    const backupBefore = sha256(newest.path);

    damage(file);
    const damagedBefore = sha256(file);
    await expect(call(t.services, 'plan.open', { path: file })).rejects.toThrow(/beschädigt/);

    const restored = await call(t.services, 'plan.restoreBackup', { path: file });
    expect(restored.path).toBe(path.join(t.dir, 'Kreisplan (wiederhergestellt).sqlite'));
    expect(restored.meta.title).toBe('Vor dem Schaden');
    const when = newest.createdAt.toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
    expect(restored.notices).toContainEqual(expect.stringContaining(`aus der automatischen Sicherung vom ${when} wiederhergestellt`));
    expect(restored.notices.join(' ')).toContain('Die beschädigte Datei „Kreisplan.sqlite“ liegt unverändert daneben.');
    expect(sha256(file)).toBe(damagedBefore);
    expect(sha256(newest.path)).toBe(backupBefore);
    expect((await call(t.services, 'plan.current', {}))?.path).toBe(restored.path);
    expect((await call(t.services, 'plan.recent', {})).map((r) => r.path)).toContain(restored.path);

    // A second rescue never replaces the first copy.
    await call(t.services, 'plan.close', {});
    const second = await call(t.services, 'plan.restoreBackup', { path: file });
    expect(path.basename(second.path)).toBe('Kreisplan (wiederhergestellt 2).sqlite');
    await call(t.services, 'plan.close', {});
  });

  it('says so in German when a plan has no backup, and changes nothing', async () => {
    const file = path.join(t.dir, 'ohne.sqlite');
    await call(t.services, 'plan.create', { path: file, meta: META });
    await call(t.services, 'plan.close', {});
    damage(file);
    const before = sha256(file);
    const filesBefore = fs.readdirSync(t.dir).sort();
    await expect(call(t.services, 'plan.restoreBackup', { path: file })).rejects.toThrow('Für „ohne.sqlite“ gibt es keine automatische Sicherung. Die Datei wurde nicht verändert.');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(t.dir).sort()).toEqual(filesBefore);
  });

  it('leaves no second broken file when the backup cannot be opened either', async () => {
    const file = path.join(t.dir, 'doppelt.sqlite');
    await call(t.services, 'plan.create', { path: file, meta: META });
    await call(t.services, 'plan.close', {});
    await call(t.services, 'plan.open', { path: file });
    await call(t.services, 'plan.close', {});
    const newest = listBackups(file, t.services.paths.backups).at(-1)!;
    damage(newest.path);
    damage(file);
    await expect(call(t.services, 'plan.restoreBackup', { path: file })).rejects.toThrow(/beschädigt/);
    expect(fs.existsSync(path.join(t.dir, 'doppelt (wiederhergestellt).sqlite'))).toBe(false);
  });
});
