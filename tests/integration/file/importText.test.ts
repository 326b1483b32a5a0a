/**
 * Issue #12, finding 9, through the real import: one damaged byte in a UTF-8 Gemeinde table
 * costs one character, which the preview reports by line; every other name keeps its umlauts.
 * And NUL bytes after the first 4 KB are refused, not written into the plan.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, tempDir } from '../../helpers/files';
import { call, testServices } from '../../helpers/services';
import { META } from './helpers';

let dir: string;
let services: ReturnType<typeof testServices>;
beforeAll(async () => {
  dir = tempDir('psp-importtext-');
  services = testServices(path.join(dir, 'userdata'));
  await call(services, 'plan.create', { path: path.join(dir, 'plan.sqlite'), meta: { ...META, kreisKey: '03354' } });
});
afterAll(() => {
  services.sessions.closeAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

const good = fs.readFileSync(fixture('regionalstatistik/LK03354_12411-02-03-5_2015.csv'));
const input = (bytes: Buffer) => ({ format: 'genesis' as const, fileName: 'LK03354.csv', contentBase64: bytes.toString('base64'), kreisKey: null });

describe('importing a Gemeinde table', () => {
  it('with one damaged byte keeps UTF-8, names the line, and the other names keep their umlauts', async () => {
    const at = good.indexOf(Buffer.from('Höhbeck'));
    const damaged = Buffer.concat([good.subarray(0, at + 1), Buffer.from([0xf6]), good.subarray(at + 3)]);
    const line = good.subarray(0, at).toString('utf8').split('\n').length;
    const preview = await call(services, 'district.import.preview', input(damaged));
    expect(preview.encoding).toBe('utf-8');
    expect(preview.rows.map((r) => r.name)).toContain('Lüchow (Wendland)');
    expect(preview.rows.map((r) => r.name)).toContain('H�hbeck');
    expect(preview.problems).toContainEqual(expect.objectContaining({ line, severity: 'hinweis', message: expect.stringMatching(new RegExp(`Zeile ${line} ungültige Zeichen`)) }));
  });

  it('with a NUL byte after the first 4 KB is refused as not a text file', async () => {
    const withNul = Buffer.from(good);
    withNul[good.length - 10] = 0;
    expect(good.length).toBeGreaterThan(4096);
    await expect(call(services, 'district.import.preview', input(withNul))).rejects.toThrow(/keine Textdatei/);
  });
});
