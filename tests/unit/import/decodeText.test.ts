import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { binaryFileMessage, decodeText, looksBinary } from '../../../db/import/decodeText';

const fixture = (name: string): Buffer => fs.readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));

describe('decodeText', () => {
  it('reads UTF-8 as UTF-8', () => {
    const result = decodeText(new TextEncoder().encode('Lüchow-Dannenberg; Göhrde'));
    expect(result).toEqual({ text: 'Lüchow-Dannenberg; Göhrde', encoding: 'utf-8', replacedLines: [] });
  });

  it('strips a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('GENESIS-Tabelle: 12411-02-03-5')]);
    expect(decodeText(bytes)).toEqual({ text: 'GENESIS-Tabelle: 12411-02-03-5', encoding: 'utf-8', replacedLines: [] });
  });

  it('decodes Windows-1252 including the 0x80–0x9F range (€, „“) and umlauts', () => {
    // "Kosten 5 € – „Lüchow“ Straße ÄÖÜäöü"
    const bytes = new Uint8Array([
      0x4b, 0x6f, 0x73, 0x74, 0x65, 0x6e, 0x20, 0x35, 0x20, 0x80, 0x20, 0x96, 0x20, 0x84, 0x4c, 0xfc, 0x63, 0x68, 0x6f, 0x77, 0x93, 0x20,
      0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x20, 0xc4, 0xd6, 0xdc, 0xe4, 0xf6, 0xfc,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'Kosten 5 € – „Lüchow“ Straße ÄÖÜäöü', encoding: 'windows-1252', replacedLines: [] });
  });

  it('gives the same text for the UTF-8 and the Latin-1 copy of the Regionalstatistik file', () => {
    const utf8 = decodeText(fixture('regionalstatistik/LK03354_12411-02-03-5_2015.csv'));
    const latin1 = decodeText(fixture('regionalstatistik/LK03354_12411-02-03-5_2015.latin1.csv'));
    expect(utf8.encoding).toBe('utf-8');
    expect(latin1.encoding).toBe('windows-1252');
    expect(latin1.text).toBe(utf8.text);
    expect(latin1.text).toContain('Lüchow-Dannenberg, Landkreis');
  });

  it('keeps a UTF-8 file UTF-8 when one byte is damaged: only that character is replaced, its line reported', () => {
    const good = fixture('regionalstatistik/LK03354_12411-02-03-5_2015.csv');
    const at = good.indexOf(Buffer.from('Höhbeck'));
    // "ö" as Windows-1252 (one byte 0xF6) inside a UTF-8 file, e.g. one name typed in another editor.
    const damaged = Buffer.concat([good.subarray(0, at + 1), Buffer.from([0xf6]), good.subarray(at + 3)]);
    const result = decodeText(damaged);
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toContain('H�hbeck');
    expect(result.text).toContain('Lüchow-Dannenberg, Landkreis');
    expect(result.text).not.toContain('Ã');
    expect(result.replacedLines).toEqual([good.subarray(0, at).toString('utf8').split('\n').length]);
  });
});

describe('looksBinary', () => {
  it('accepts text files', () => {
    expect(looksBinary(fixture('regionalstatistik/LK03354_12411-02-03-5_2015.latin1.csv'))).toBe(false);
    expect(looksBinary(fixture('geo/LK03354_gemeinden_vg250_simplify200.geojson'))).toBe(false);
  });

  it('refuses bytes with NUL in the first 4 KB, with a German reason', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(looksBinary(xlsx)).toBe(true);
    expect(binaryFileMessage(xlsx)).toMatch(/Excel/);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x47, 0x00]);
    expect(looksBinary(utf16)).toBe(true);
    expect(binaryFileMessage(utf16)).toMatch(/UTF-16/);
    expect(binaryFileMessage(new Uint8Array([1, 0, 2]))).toMatch(/keine Textdatei/);
  });

  it('finds NUL bytes after the first 4 KB too', () => {
    const bytes = new Uint8Array(500_000).fill(0x41);
    bytes[400_000] = 0;
    expect(looksBinary(bytes)).toBe(true);
  });
});

describe('the streamed population import', () => {
  it('refuses NUL bytes far into the file', async () => {
    const { parsePopulationFile } = await import('../../../db/needs/population');
    const text = Buffer.from(`ags;name;jahr;geschlecht;altersgruppe;anzahl\n${'03354018;Lüchow;2030;insgesamt;0-60;6200\n'.repeat(5000)}`);
    text[150_000] = 0;
    await expect(parsePopulationFile({ bytes: text }, 'vorlage.csv', '03354')).rejects.toThrow(/keine Textdatei|Binärdaten/);
  });

  it('decides the encoding by the same rule as decodeText (one damaged byte stays UTF-8)', async () => {
    const { detectEncoding } = await import('../../../db/needs/lineStream');
    const bytes = Buffer.from('ags;name\n03354018;Lüchow (Wendland)\n03354009;Hitzacker (Elbe)\n03354010;Göhrde\n'.repeat(100));
    bytes[bytes.indexOf(Buffer.from('Göhrde')) + 1] = 0xf6;
    expect(await detectEncoding({ bytes })).toBe('utf-8');
  });
});
