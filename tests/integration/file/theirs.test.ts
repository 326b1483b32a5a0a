/**
 * Issue #12, findings 4 and 7: merging or taking over registers from a FIFO, a device or a
 * folder is refused in German before one byte is read (the host never freezes), the copy has a
 * size limit, and no copy of a colleague's file stays in the temporary folder.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs } from '../../../db/file/leftovers';
import { PlanSession } from '../../../db/session';
import { mergePlanFile } from '../../../db/sharing/merge';
import { openTheirFile } from '../../../db/sharing/theirs';
import { sharePlanFile } from '../../../db/sharing/share';
import { tempDir } from '../../helpers/files';
import { newPlan } from './helpers';

let dir: string;
let master: PlanSession;
const ownTempDirs = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith(`psp-merge-${process.pid}-`));

beforeAll(async () => {
  dir = tempDir('psp-theirs-');
  master = await PlanSession.open(await newPlan(dir, 'master.sqlite'), { backupDir: path.join(dir, 'Sicherungen') });
});
afterAll(() => {
  master.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the file to merge', () => {
  it('is refused when it is a FIFO, without waiting for a writer', async () => {
    const fifo = path.join(dir, 'pipe.sqlite');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    await expect(mergePlanFile(master, fifo, { backupDir: path.join(dir, 'Sicherungen') })).rejects.toThrow(/keine gewöhnliche Datei/);
  }, 5_000);

  it('is refused when it is a device or a folder', async () => {
    await expect(openTheirFile('/dev/zero', master.realPath)).rejects.toThrow(/keine gewöhnliche Datei/);
    await expect(openTheirFile(dir, master.realPath)).rejects.toThrow(/keine gewöhnliche Datei/);
  }, 5_000);

  it('is refused above the size limit, with a German message', async () => {
    const big = path.join(dir, 'gross.sqlite');
    fs.writeFileSync(big, Buffer.alloc(4096, 1));
    await expect(openTheirFile(big, master.realPath, 1024)).rejects.toThrow(/zu groß/);
  });

  it('leaves no copy in the temporary folder after a merge, and old copies of dead processes are removed', async () => {
    const returned = path.join(dir, 'zurueck.sqlite');
    await sharePlanFile(master, returned, { withoutPersonalData: false });
    await mergePlanFile(master, returned, { backupDir: path.join(dir, 'Sicherungen') });
    expect(ownTempDirs()).toEqual([]);
    const stale = path.join(os.tmpdir(), 'psp-merge-999999999-0badc0de');
    fs.mkdirSync(stale, { recursive: true });
    fs.writeFileSync(path.join(stale, 'kollegin.sqlite'), 'personenbezogene Daten');
    expect(cleanTempDirs()).toContain('psp-merge-999999999-0badc0de');
    expect(fs.existsSync(stale)).toBe(false);
  });
});
