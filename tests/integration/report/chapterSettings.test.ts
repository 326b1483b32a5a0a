/**
 * The per-chapter report settings are ordinary tracked data: every write is in the change log,
 * a colleague's own text comes back with a merge, and two copies that both created the row of
 * one chapter meet as a duplicate to decide, not as an error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostServices } from '../../../db/api/context';
import { expectTableMatchesLog, replayChangeLog } from '../../helpers/changeLogReplay';
import { call, testServices } from '../../helpers/services';
import { tempDir } from '../../helpers/files';
import { merge, META } from '../sharing/helpers';

let dir: string;
let services: HostServices;
const TODAY = '2026-11-29';

beforeEach(async () => {
  dir = tempDir('psp-report-');
  services = testServices(path.join(dir, 'userdata'));
  await call(services, 'plan.create', { path: path.join(dir, 'master.sqlite'), meta: META }, 'w1');
});
afterEach(() => {
  services.sessions.closeAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ownText = async (windowId: string, chapterId: string) => (await call(services, 'report.outline', { today: TODAY }, windowId)).find((c) => c.id === chapterId)!;

describe('report chapter settings', () => {
  it('logs insert and update so that the table is rebuilt from the log', async () => {
    await call(services, 'report.chapters.save', { today: TODAY, chapterId: 'vorwort', enabled: true, ownText: 'Erster Entwurf' }, 'w1');
    await call(services, 'report.chapters.save', { today: TODAY, chapterId: 'vorwort', enabled: true, ownText: 'Zweiter Entwurf' }, 'w1');
    await call(services, 'report.chapters.save', { today: TODAY, chapterId: 'gemeinden', enabled: false, ownText: '' }, 'w1');
    const sqlite = services.sessions.require('w1').sqlite;
    const { entries, rows } = replayChangeLog(sqlite);
    expect(expectTableMatchesLog(sqlite, 'report_chapter', rows)).toBe(2);
    expect(new Set(entries.filter((e) => e.tbl === 'report_chapter').map((e) => e.op))).toEqual(new Set(['insert', 'update']));
    expect((await ownText('w1', 'vorwort')).ownText).toBe('Zweiter Entwurf');
    expect(await ownText('w1', 'gemeinden')).toMatchObject({ enabled: false, number: null });
  });

  it('brings a colleague’s own text back with the merge', async () => {
    await call(services, 'report.chapters.save', { today: TODAY, chapterId: 'vorwort', enabled: true, ownText: 'Entwurf' }, 'w1');
    const copy = path.join(dir, 'kopie.sqlite');
    await call(services, 'sharing.share', { path: copy, withoutPersonalData: true }, 'w1');
    await call(services, 'plan.open', { path: copy }, 'w2');
    await call(services, 'report.chapters.save', { today: TODAY, chapterId: 'vorwort', enabled: true, ownText: 'Vorwort des Landrats' }, 'w2');
    services.sessions.close('w2');
    const result = await merge(services, copy, 'w1');
    expect(result.conflicts).toBe(0);
    expect((await ownText('w1', 'vorwort')).ownText).toBe('Vorwort des Landrats');
  });

  it('reports two rows for one chapter created in both copies as a duplicate', async () => {
    const copy = path.join(dir, 'kopie.sqlite');
    await call(services, 'sharing.share', { path: copy, withoutPersonalData: false }, 'w1');
    await call(services, 'plan.open', { path: copy }, 'w2');
    await call(services, 'report.chapters.save', { today: TODAY, chapterId: 'beteiligung', enabled: true, ownText: 'Text der Kollegin' }, 'w2');
    services.sessions.close('w2');
    await call(services, 'report.chapters.save', { today: TODAY, chapterId: 'beteiligung', enabled: true, ownText: 'Mein Text' }, 'w1');
    const result = await merge(services, copy, 'w1');
    const conflicts = await call(services, 'sharing.conflicts', { mergeId: result.mergeId, openOnly: true }, 'w1');
    expect(conflicts.some((c) => c.kind === 'duplicate' && c.table === 'report_chapter')).toBe(true);
  });
});

describe('report job', () => {
  it('stops at once when cancelled and saves nothing', async () => {
    const pdfPath = path.join(dir, 'Abbruch.pdf');
    const { jobId } = await call(services, 'report.generate', { today: TODAY, pdfPath, docxPath: null, previewOnly: false }, 'w1');
    await call(services, 'jobs.cancel', { jobId }, 'w1');
    const status = await services.jobs.wait(jobId, 'w1');
    expect(status.state).toBe('cancelled');
    expect(status.error).toMatch(/Abgebrochen/);
    expect(fs.existsSync(pdfPath)).toBe(false);
  });

  it('says in German when the folder to save into does not exist', async () => {
    const { jobId } = await call(services, 'report.generate', { today: TODAY, pdfPath: path.join(dir, 'fehlt', 'Bericht.pdf'), docxPath: null, previewOnly: false }, 'w1');
    const status = await services.jobs.wait(jobId, 'w1');
    expect(status.state).toBe('failed');
    expect(status.error).toMatch(/Der Ordner .+fehlt existiert nicht/);
  });
});
