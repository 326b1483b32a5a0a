/**
 * Files the planner chose are written in one place (db/export/userFile.ts): atomically, and an
 * existing file is replaced only when the call says `overwrite: true` — an open plan never.
 * Every refusal leaves the existing file byte for byte unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeUserFile } from '../../db/export/userFile';
import { call, useTestServices } from '../helpers/services';
import { sha256 } from '../helpers/files';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { dir, services } = useTestServices();

const meta = { title: 'Plan', districtName: 'Landkreis Test', kreisKey: '', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  await call(services, 'plan.create', { path: at('mein.sqlite'), meta }, 'w1');
  await call(services, 'plan.create', { path: at('anderer.sqlite'), meta: { ...meta, title: 'Anderer Plan' } }, 'w2');
  services.sessions.close('w2');
  await call(services, 'plan.create', { path: at('offen.csv'), meta }, 'w3');
});
async function refused(promise: Promise<unknown>): Promise<{ message: string; code: string }> {
  const error = (await promise.then(() => null, (e: unknown) => e)) as { message: string; code: string } | null;
  expect(error, 'the call should have been refused').not.toBeNull();
  return error!;
}

describe('Speichern unter', () => {
  it('asks before replacing an existing file, and replaces it only with overwrite', async () => {
    fs.writeFileSync(at('notiz.sqlite'), 'meine Notizen');
    const before = sha256(at('notiz.sqlite'));
    const error = await refused(call(services, 'plan.saveAs', { path: at('notiz.sqlite') }, 'w1'));
    expect(error).toMatchObject({ code: 'file-exists', message: 'Die Datei „notiz.sqlite“ gibt es schon. Ersetzen?' });
    expect(sha256(at('notiz.sqlite'))).toBe(before);

    const saved = await call(services, 'plan.saveAs', { path: at('notiz.sqlite'), overwrite: true }, 'w1');
    expect(saved.fileName).toBe('notiz.sqlite');
    expect(fs.readFileSync(at('notiz.sqlite')).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says when the existing file is another plan', async () => {
    const before = sha256(at('anderer.sqlite'));
    const error = await refused(call(services, 'plan.saveAs', { path: at('anderer.sqlite') }, 'w1'));
    expect(error.code).toBe('file-exists');
    expect(error.message).toBe('Die Datei „anderer.sqlite“ gibt es schon. Sie ist eine Planungsdatei; ihr Inhalt ginge verloren. Ersetzen?');
    expect(sha256(at('anderer.sqlite'))).toBe(before);
  });

  it('never replaces a plan that is open, even with overwrite', async () => {
    await call(services, 'plan.open', { path: at('anderer.sqlite') }, 'w2');
    const before = sha256(at('anderer.sqlite'));
    const error = await refused(call(services, 'plan.saveAs', { path: at('anderer.sqlite'), overwrite: true }, 'w1'));
    expect(error.message).toMatch(/bereits in einem anderen Fenster geöffnet|gerade als Plan geöffnet/);
    expect(sha256(at('anderer.sqlite'))).toBe(before);
    services.sessions.close('w2');
  });
});

describe('exports and shared copies', () => {
  it('measures exports ask before replacing, never replace an open plan', async () => {
    fs.writeFileSync(at('liste.csv'), 'alt');
    const error = await refused(call(services, 'measures.exportFile', { kind: 'csv', path: at('liste.csv'), today: '2026-05-01' }, 'w1'));
    expect(error).toMatchObject({ code: 'file-exists', message: 'Die Datei „liste.csv“ gibt es schon. Ersetzen?' });
    expect(fs.readFileSync(at('liste.csv'), 'utf8')).toBe('alt');
    await call(services, 'measures.exportFile', { kind: 'csv', path: at('liste.csv'), overwrite: true, today: '2026-05-01' }, 'w1');
    expect(fs.readFileSync(at('liste.csv'), 'utf8')).toMatch(/^\uFEFFHandlungsfeld;/);

    const open = sha256(at('offen.csv'));
    const openError = await refused(call(services, 'measures.exportFile', { kind: 'csv', path: at('offen.csv'), overwrite: true, today: '2026-05-01' }, 'w1'));
    expect(openError).toMatchObject({ code: 'file-open', message: expect.stringContaining('„offen.csv“ ist gerade als Plan geöffnet') });
    expect(sha256(at('offen.csv'))).toBe(open);
  });

  it('the PDF export asks before its job starts', async () => {
    fs.writeFileSync(at('plan.pdf'), 'alt');
    const error = await refused(call(services, 'measures.exportPdf', { kind: 'meilensteinplan', pageSize: 'A4', path: at('plan.pdf'), today: '2026-05-01' }, 'w1'));
    expect(error.code).toBe('file-exists');
    expect(fs.readFileSync(at('plan.pdf'), 'utf8')).toBe('alt');
  });

  it('a shared copy does not replace another plan unless confirmed', async () => {
    const before = sha256(at('anderer.sqlite'));
    const error = await refused(call(services, 'sharing.share', { path: at('anderer.sqlite'), withoutPersonalData: false }, 'w1'));
    expect(error.code).toBe('file-exists');
    expect(sha256(at('anderer.sqlite'))).toBe(before);
    await call(services, 'sharing.share', { path: at('anderer.sqlite'), withoutPersonalData: false, overwrite: true }, 'w1');
    expect(sha256(at('anderer.sqlite'))).not.toBe(before);
  });

  it('leaves the old file and no temporary file behind when writing fails', () => {
    fs.writeFileSync(at('bleibt.txt'), 'alt');
    expect(() =>
      writeUserFile(at('bleibt.txt'), (temp) => {
        fs.writeFileSync(temp, 'halb');
        throw new Error('Datenträger voll');
      }, { overwrite: true }),
    ).toThrow('Datenträger voll');
    expect(fs.readFileSync(at('bleibt.txt'), 'utf8')).toBe('alt');
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
