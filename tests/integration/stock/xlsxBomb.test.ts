/**
 * An .xlsx that unpacks to gigabytes (a "zip bomb") is refused before exceljs parses it, fast
 * and with a German message, whether its size fields tell the truth or lie; the plan file
 * stays byte for byte unchanged.
 */
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../helpers/files';
import { call, useTestServices } from '../../helpers/services';
import { zip } from '../../helpers/zipWriter';

/** Host services in a scratch folder for this file (tests/helpers/services.ts). */
const { dir, services } = useTestServices();

let plan: string;
let bombDeflated: Buffer;
const BOMB_BYTES = 1024 * 1024 * 1024; // 1 GiB of zeros

/** Deflates `total` zero bytes without holding them in memory. */
async function deflatedZeros(total: number): Promise<Buffer> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const zeros = Buffer.alloc(4 * 1024 * 1024);
  for (let written = 0; written < total; written += zeros.length) {
    if (!deflate.write(zeros)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

const types = () => {
  const data = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  return { name: '[Content_Types].xml', data: zlib.deflateRawSync(data), declared: data.length };
};

beforeAll(async () => {
  plan = path.join(dir, 'plan.sqlite');
  await call(services, 'plan.create', { path: plan, meta: { title: 'P', districtName: 'LK', kreisKey: '', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' } });
  bombDeflated = await deflatedZeros(BOMB_BYTES);
});
async function preview(bytes: Buffer) {
  return call(services, 'stock.import.preview', { register: 'angebote', fileName: 'bogen.xlsx', contentBase64: bytes.toString('base64'), mapping: null });
}

describe('an XLSX zip bomb', () => {
  it.each([
    ['tells its size', BOMB_BYTES],
    ['lies about its size', 1000],
  ])('is refused quickly in German when it %s', async (_label, declared) => {
    const before = sha256(plan);
    const bomb = zip([types(), { name: 'xl/worksheets/sheet1.xml', data: bombDeflated, declared }]);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const started = Date.now();
    await expect(preview(bomb)).rejects.toThrow(/„bogen\.xlsx“ wird beim Entpacken größer als 200 MB oder enthält mehr als 5\.000 Teile\..*Im Plan wurde nichts geändert\./);
    // The guard runs in the parse worker (db/import/parseInWorker.ts); its start is part of the time.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(sha256(plan)).toBe(before);
  });

  it('with too many parts is refused too', async () => {
    const tiny = zlib.deflateRawSync(Buffer.from('x'));
    const many = zip(Array.from({ length: 6000 }, (_, i) => ({ name: `x/${i}.xml`, data: tiny, declared: 1 })));
    await expect(preview(many)).rejects.toThrow(/mehr als 5\.000 Teile/);
  });

  it('does not stop a real workbook', async () => {
    const survey = await call(services, 'stock.survey', { register: 'angebote', prefilled: false, gemeindeId: null });
    const result = await preview(Buffer.from(survey.contentBase64, 'base64'));
    expect(result.problems).toEqual(['Die Datei enthält unter der Kopfzeile keine Einträge.']);
  });
});
