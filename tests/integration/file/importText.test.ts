/**
 * Issue #12, finding 9, through the real import: one damaged byte in a UTF-8 Gemeinde table
 * costs one character, which the preview reports by line; every other name keeps its umlauts.
 * And NUL bytes after the first 4 KB are refused, not written into the plan.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../../helpers/files';
import { call, useTestServices } from '../../helpers/services';
import { META } from './helpers';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { dir, services } = useTestServices();

beforeAll(async () => {
  await call(services, 'plan.create', { path: path.join(dir, 'plan.sqlite'), meta: { ...META, kreisKey: '03354' } });
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
