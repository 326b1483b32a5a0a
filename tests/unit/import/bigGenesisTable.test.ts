/**
 * Issue #12, finding 9: a GENESIS table of more than ~125,000 rows (a national Gemeinde table)
 * failed with "Maximum call stack size exceeded": the layout spread every row into Math.max.
 * The table is generated here from the small fixture, not stored.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../db/import/decodeText';
import { gemeindenFromGenesis } from '../../../shared/import/gemeindenFromGenesis';

const fixture = fs.readFileSync(new URL('../../fixtures/regionalstatistik/LK03354_12411-02-03-5_2015.csv', import.meta.url));

/** The fixture with its Gemeinde lines repeated under made-up Kreise of another Land, to `rows` data lines. */
function nationalTable(rows: number): string {
  const lines = decodeText(fixture).text.split('\n');
  const gemeinde = lines.filter((l) => /^03354403\d{3};/.test(l));
  const firstData = lines.findIndex((l) => l.startsWith('DG;'));
  const out = lines.slice(0, firstData + 1);
  for (let i = 0; out.length - firstData < rows; i++) {
    const kreis = String(10000 + Math.floor(i / 900)).padStart(5, '0');
    const line = gemeinde[i % gemeinde.length]!;
    out.push(`${kreis}${String(i % 900).padStart(6, '0')};${line.slice(line.indexOf(';') + 1)}`);
  }
  return [...out, ...lines.slice(lines.findIndex((l) => l.startsWith('"'))) ].join('\n');
}

describe('a national GENESIS table', () => {
  it('of 130,000 rows is read without overflowing the call stack', () => {
    const text = nationalTable(130_000);
    const preview = gemeindenFromGenesis(text, { kreisKey: '10000' });
    expect(preview.rows.length).toBeGreaterThan(0);
    expect(preview.rows.every((r) => r.value.ags.startsWith('10000'))).toBe(true);
  }, 60_000);
});
