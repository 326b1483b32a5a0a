import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnHeader, describeGenesisLayout, findTotalColumn } from '../../../shared/import/genesisLayout';
import { parseGenesisTable } from '../../../shared/import/genesisTable';

const read = (name: string): string => fs.readFileSync(new URL(`../../fixtures/regionalstatistik/${name}`, import.meta.url), 'utf8');

describe('parseGenesisTable – wide table 12411-02-03-5', () => {
  const table = parseGenesisTable(read('LK03354_12411-02-03-5_2015.csv'));

  it('reads the header block', () => {
    expect(table.tableCode).toBe('12411-02-03-5');
    expect(table.titleLines).toEqual([
      'Bevölkerungsstand: Bevölkerung nach Geschlecht',
      'und Altersgruppen (17) - Stichtag 31.12. -',
      'regionale Tiefe: Gemeinden, Samt-/Verbandsgemeinden',
      'Fortschreibung des Bevölkerungsstandes',
      'Bevölkerungsstand (Anzahl)',
    ]);
    expect(table.referenceDates).toEqual(['31.12.2015']);
    expect(table.headerRows).toHaveLength(3);
    expect(table.headerRows[0]!.slice(0, 3)).toEqual(['', '', 'Insgesamt']);
    expect(table.headerRows[2]![2]).toBe('unter 3 Jahre');
  });

  it('reads every data row with 1-based line numbers, trimmed names and levels', () => {
    // DG, 03, Kreis, 3 Samtgemeinden, 27 member Gemeinden, 2 gemeindefreie Gebiete.
    expect(table.dataRows).toHaveLength(35);
    const [dg, land, kreis, samtgemeinde] = table.dataRows;
    expect(dg).toMatchObject({ line: 11, level: 0, date: '31.12.2015' });
    expect(dg!.cells.slice(0, 3)).toEqual(['DG', 'Deutschland', '2200407']);
    expect(land).toMatchObject({ line: 12, level: 1 });
    expect(land!.cells[1]).toBe('Niedersachsen');
    expect(kreis!.cells.slice(0, 2)).toEqual(['03354', 'Lüchow-Dannenberg, Landkreis']);
    expect(kreis!.level).toBe(3);
    expect(samtgemeinde!.cells.slice(0, 2)).toEqual(['03354403', 'Gartow, Samtgemeinde']);
    expect(table.dataRows.every((r) => r.cells.length === 56)).toBe(true);
  });

  it('reads the footer: quoted multi-line notes, licence and Stand', () => {
    expect(table.footerLines).toHaveLength(3);
    expect(table.footerLines[0]).toMatch(/^zu "gesamte Tabelle"\nBerichtsjahr ab 2011/);
    expect(table.footerLines[0]).toMatch(/Berlin: Gemeindetabelle liegt bis 2013 auch für Bezirke vor$/);
    expect(table.licence).toBe(
      '© Statistische Ämter des Bundes und der Länder, Deutschland, 2017. Dieses Werk ist lizensiert unter der Datenlizenz Deutschland - Namensnennung - Version 2.0.',
    );
    expect(table.standDate).toBe('10.10.2017');
  });

  it('finds the overall total column (Insgesamt × Insgesamt) from the header rows', () => {
    const layout = describeGenesisLayout(table);
    expect(layout).toMatchObject({ firstValueColumn: 2, codeColumn: 0, nameColumn: 1, dateColumn: null, dimensionColumns: [] });
    const total = findTotalColumn(table, layout);
    expect(total).toBe(19); // code, name, then the 18th value
    expect(columnHeader(table, total!)).toEqual(['Insgesamt', 'Altersgruppen (unter 3 bis 75 u.m.)', 'Insgesamt']);
    expect(table.dataRows[2]!.cells[total!]).toBe('50128');
  });

  it('parses CRLF line ends identically', () => {
    const crlf = parseGenesisTable(read('LK03354_12411-02-03-5_2015.csv').replace(/\n/g, '\r\n'));
    expect(crlf).toEqual(table);
  });
});

describe('parseGenesisTable – long tables', () => {
  it('12411-03-03-4: date, code, name and age group in front, two header lines', () => {
    const table = parseGenesisTable(read('LK03354_12411-03-03-4_2015.csv'));
    expect(table.tableCode).toBe('12411-03-03-4');
    expect(table.headerRows).toHaveLength(2);
    expect(table.dataRows).toHaveLength(66); // 3 regions × 22 age rows
    const layout = describeGenesisLayout(table);
    expect(layout).toMatchObject({ firstValueColumn: 4, dateColumn: 0, codeColumn: 1, nameColumn: 2, dimensionColumns: [3] });
    expect(findTotalColumn(table, layout)).toBe(4);
    const kreisTotal = table.dataRows.find((r) => r.cells[1] === '03354' && r.cells[3] === 'Insgesamt');
    expect(kreisTotal?.cells[4]).toBe('50128');
    const over80 = table.dataRows.filter((r) => r.cells[1] === '03354' && /^(80|85|90) /.test(r.cells[3]!)).map((r) => Number(r.cells[4]));
    expect(over80).toEqual([1875, 1134, 562]);
  });

  it('22411-02-03-4: the quoted licence is the only footer note', () => {
    const table = parseGenesisTable(read('LK03354_22411-02-03-4_2015.csv'));
    expect(table.headerRows).toHaveLength(2);
    expect(table.dataRows).toHaveLength(9);
    expect(table.licence).toMatch(/^© Statistische Ämter/);
    const pflegebeduerftige = table.dataRows.find((r) => r.cells[1] === '03354' && r.cells[3] === 'Insgesamt');
    expect(pflegebeduerftige?.cells.slice(4, 11)).toEqual(['2466', '915', '594', '770', '742', '28', '1102']);
  });

  it('22411-01-01-4: several Stichtage, four header lines, a footer note containing ";"', () => {
    const table = parseGenesisTable(read('LK03354_22411-01-01-4_2003-2015.csv'));
    expect(table.headerRows).toHaveLength(4);
    expect(table.referenceDates).toEqual(['31.12.2015', '31.12.2013', '31.12.2011', '31.12.2009', '31.12.2007', '31.12.2005', '31.12.2003']);
    expect(table.dataRows).toHaveLength(21);
    expect(table.footerLines[0]).toMatch(/01\.01\.1979; ab Berichtsjahr 2011 Gebietsstand 01\.01\.2011$/);
    expect(table.standDate).toBe('10.10.2017');
    const layout = describeGenesisLayout(table);
    expect(findTotalColumn(table, layout)).toBeNull(); // no "Insgesamt" column in this table
    const row2015 = table.dataRows.find((r) => r.date === '31.12.2015' && r.cells[1] === '03354');
    expect(row2015?.cells.slice(3)).toEqual(['11', '248', '18', '966', '882', '729']);
  });
});

describe('parseGenesisTable – odd input', () => {
  it('survives an unterminated quote without swallowing the rest', () => {
    const table = parseGenesisTable('GENESIS-Tabelle: 1\n;;A\n03354;"Lüchow;1\n03354001;Bergen;2\n');
    expect(table.dataRows.map((r) => r.cells[0])).toEqual(['03354', '03354001']);
  });

  it('returns empty parts for text without a table', () => {
    const table = parseGenesisTable('');
    expect(table).toMatchObject({ tableCode: null, headerRows: [], dataRows: [], licence: null, standDate: null });
  });
});
