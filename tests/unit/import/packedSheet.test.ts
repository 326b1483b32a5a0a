import { describe, expect, it } from 'vitest';
import { runParse, SheetRows } from '../../../db/import/parseJobs';
import { PARSE_LIMITS } from '../../../db/import/parseLimits';
import { splitCsvRecords } from '../../../shared/import/csvRecords';

describe('a register sheet as it crosses from the parse worker (one text, cell ends)', () => {
  it('reads back every cell as the CSV reader split it: quotes, separators and line breaks in cells, empty cells, any characters', async () => {
    const csv = [
      'Angebotsart;Name;Träger;Gemeinde (AGS);Kapazität',
      'Tagespflege;"Haus ""Sonne""; Ost";Träger „Süd“ – 5 €;03354001;16',
      'Tagespflege;;"zwei',
      'Zeilen";03354002;',
      '',
      "Ambulanter Pflegedienst;'=Formel;😀 Träger;03354003;8",
    ].join('\n');
    const packed = await runParse({ kind: 'stockSheet', register: 'angebote', fileName: 'a.csv', bytes: new TextEncoder().encode(csv) }, PARSE_LIMITS);
    const sheet = new SheetRows(packed);
    const expected = splitCsvRecords(csv, ';');
    expect(sheet.length).toBe(expected.length);
    expect(Array.from({ length: sheet.length }, (_, i) => ({ line: sheet.line(i), fields: sheet.cells(i) }))).toEqual(
      // A cell neutralised against formulas on export ('=…) is read back without its quote mark.
      expected.map((r) => ({ line: r.line, fields: r.fields.map((f) => (f === "'=Formel" ? '=Formel' : f)) })),
    );
    expect(sheet.cells(1)[1]).toBe('Haus "Sonne"; Ost');
    expect(sheet.cells(2)[2]).toBe('zwei\nZeilen');
    expect(packed.text.length).toBe(packed.ends[packed.ends.length - 1]);
  });
});
