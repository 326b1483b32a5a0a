import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAgeLabel } from '../../../shared/needs/ageBands';
import { parsePopulationText, recordTotal, TRUNCATED_TABLE } from '../../../shared/needs/populationParser';
import { fixture } from '../../helpers/files';
import { nationalFile } from '../../helpers/nationalTables';

const read = (f: string) => fs.readFileSync(fixture(f), 'utf8');

describe('age labels of the statistical offices', () => {
  it.each([
    ['unter 3 Jahre', { from: 0, to: 3 }],
    ['3 bis unter 6 Jahre', { from: 3, to: 6 }],
    ['75 Jahre und mehr', { from: 75, to: null }],
    ['90 und aelter', { from: 90, to: null }],
    ['ALT065B75', { from: 65, to: 75 }],
    ['ALT075UM', { from: 75, to: null }],
    ['80-85', { from: 80, to: 85 }],
    ['90+', { from: 90, to: null }],
  ])('%s', (label, band) => expect(parseAgeLabel(label)).toEqual(band));
  it('does not take "Insgesamt" for a band', () => expect(parseAgeLabel('Insgesamt')).toBeNull());
});

describe('GENESIS 12411-02-03-5 (Gemeinden, wide)', () => {
  const r = parsePopulationText(read('regionalstatistik/LK03354_12411-02-03-5_2015.csv'), '03354');

  it('reads the source: table, Stichtag, licence, Stand', () => {
    expect(r.format).toBe('genesis-tabelle');
    expect(r.tableCode).toBe('12411-02-03-5');
    expect(r.referenceDates).toEqual(['31.12.2015']);
    expect(r.licence).toMatch(/^© Statistische Ämter des Bundes und der Länder, Deutschland, 2017\. .*Version 2\.0\.$/);
    expect(r.stand).toBe('2017-10-10');
    expect(r.problems).toEqual([]);
  });

  it('keeps 27 Gemeinden + 2 gemeindefreie Gebiete, member codes as 8-digit AGS, no Samtgemeinde', () => {
    const g = r.records.filter((x) => x.level === 'gemeinde' && x.sex === 'insgesamt');
    expect(g).toHaveLength(29);
    expect(g.map((x) => x.key)).toContain('03354018');
    expect(g.map((x) => x.key)).toContain('03354501');
    expect(g.some((x) => ['03354403', '03354406', '03354407'].includes(x.key))).toBe(false);
    expect(g.find((x) => x.key === '03354018')).toMatchObject({ name: 'Lüchow (Wendland)', year: 2015, total: 9481 });
  });

  it('Gemeinden sum to the Kreis row: 50,128 inhabitants on 31.12.2015, also by sex and band', () => {
    for (const sex of ['insgesamt', 'maennlich', 'weiblich'] as const) {
      const kreis = r.records.find((x) => x.level === 'kreis' && x.sex === sex)!;
      const gemeinden = r.records.filter((x) => x.level === 'gemeinde' && x.sex === sex);
      expect(gemeinden.reduce((a, x) => a + recordTotal(x), 0)).toBe(kreis.total);
      for (const band of Object.keys(kreis.bands)) expect(gemeinden.reduce((a, x) => a + (x.bands[band] ?? 0), 0)).toBe(kreis.bands[band]);
    }
    expect(r.records.find((x) => x.level === 'kreis' && x.sex === 'insgesamt')!.total).toBe(50128);
    expect(Object.keys(r.records[0]!.bands)).toHaveLength(17);
    expect(r.records.find((x) => x.level === 'kreis' && x.sex === 'insgesamt')!.bands['75+']).toBe(6772);
  });

  it('ignores other Kreise and reports them when the plan’s Kreis is missing', () => {
    const other = parsePopulationText(read('regionalstatistik/LK03354_12411-02-03-5_2015.csv'), '03355');
    expect(other.records).toEqual([]);
    expect(other.kreiseSeen).toEqual(['03354']);
  });
});

describe('GENESIS 12411-03-03-4 (Kreise, long, 21 bands to 90+)', () => {
  it('reads the Kreis row by sex without the nationality subgroups', () => {
    const r = parsePopulationText(read('regionalstatistik/LK03354_12411-03-03-4_2015.csv'), '03354');
    expect(r.problems).toEqual([]);
    const k = r.records.find((x) => x.sex === 'insgesamt')!;
    expect(k).toMatchObject({ level: 'kreis', key: '03354', year: 2015, total: 50128 });
    expect(k.bands).toMatchObject({ '75-80': 3201, '80-85': 1875, '85-90': 1134, '90+': 562 });
    expect(Object.keys(k.bands)).toHaveLength(21);
    expect(r.records.find((x) => x.sex === 'weiblich')!.total).toBe(25137);
  });
});

describe('GENESIS flat file (ffcsv)', () => {
  it('reads one value per line, several years', () => {
    const r = parsePopulationText(read('needs/daviplan_population.ffcsv'), null);
    expect(r.format).toBe('genesis-ffcsv');
    expect(r.referenceDates).toEqual(['31.12.2012', '31.12.2013', '31.12.2014']);
    const grinau = r.records.filter((x) => x.key === '01053038' && x.year === 2012);
    expect(grinau.map((x) => x.sex).sort()).toEqual(['insgesamt', 'maennlich', 'weiblich']);
    const all = grinau.find((x) => x.sex === 'insgesamt')!;
    const m = grinau.find((x) => x.sex === 'maennlich')!;
    const w = grinau.find((x) => x.sex === 'weiblich')!;
    expect(Object.keys(all.bands)).toHaveLength(17);
    for (const b of Object.keys(all.bands)) expect(m.bands[b]! + w.bands[b]!).toBe(all.bands[b]);
  });
});

describe('template CSV (Vorlage)', () => {
  it('reads valid rows and names the line of each broken one', () => {
    const text = ['ags;name;jahr;geschlecht;altersgruppe;anzahl', '03354018;Lüchow;2030;insgesamt;80-85;400', '03354018;Lüchow;2030;insgesamt;90+;90', '03354018;Lüchow;20x0;insgesamt;90+;1', '03354018;Lüchow;2030;divers;90+;1', '03354018;Lüchow;2030;insgesamt;alt;1', '03354018;Lüchow;2030;insgesamt;0-80;-5'].join('\n');
    const r = parsePopulationText(text, '03354');
    expect(r.format).toBe('vorlage');
    expect(r.records[0]!.bands).toEqual({ '80-85': 400, '90+': 90 });
    expect(r.problems.map((p) => p.line)).toEqual([4, 5, 6, 7]);
    expect(r.problems.every((p) => p.severity === 'fehler')).toBe(true);
  });
});

describe('problems', () => {
  it('reports text that is neither a number nor a symbol, and counts unknown values', () => {
    const text = read('regionalstatistik/LK03354_12411-02-03-5_2015.csv').replace('03354403007;        Gorleben;14;', '03354403007;        Gorleben;abc;').replace('03354403010;        Höhbeck;9;', '03354403010;        Höhbeck;.;');
    const r = parsePopulationText(text, '03354');
    expect(r.problems.some((p) => p.severity === 'fehler' && p.message.includes('„abc“'))).toBe(true);
    expect(r.problems.some((p) => p.severity === 'hinweis' && p.message.startsWith('1 Werte'))).toBe(true);
  });
});

describe('the documented template example', () => {
  it('reads the example file of tests/fixtures/needs', () => {
    const r = parsePopulationText(read('needs/vorlage_bevoelkerung.csv'), '03354');
    expect(r.problems).toEqual([]);
    expect(r.records).toHaveLength(1);
    expect(recordTotal(r.records[0]!)).toBe(10140);
    expect(r.records[0]).toMatchObject({ key: '03354018', year: 2030, sex: 'insgesamt', level: 'gemeinde' });
  });
});

describe('import integrity (derived files of the Lüchow-Dannenberg table)', () => {
  const readFixture = (f: string) => fs.readFileSync(fixture(`regionalstatistik/${f}`), 'utf8');
  const original = parsePopulationText(readFixture('LK03354_12411-02-03-5_2015.csv'), '03354');

  it('refuses a cut-off table: no footer, a short last row, Gemeinden not adding up to the Kreis row', () => {
    const cut = parsePopulationText(readFixture('LK03354_12411-02-03-5_2015.abgeschnitten.csv'), '03354');
    const errors = cut.problems.filter((p) => p.severity === 'fehler').map((p) => p.message);
    expect(errors).toContain(TRUNCATED_TABLE);
    expect(errors.some((m) => m.startsWith('Zeile 30: 03354406027 Zernien ist unvollständig (10 statt 54 Werte)'))).toBe(true);
    const kreis = recordTotal(original.records.find((r) => r.level === 'kreis' && r.sex === 'insgesamt')!);
    const kept = cut.records.filter((r) => r.level === 'gemeinde' && r.sex === 'insgesamt').reduce((a, r) => a + recordTotal(r), 0);
    expect(kept).toBeLessThan(kreis);
    expect(errors).toContain(
      `Die Gemeinden des Kreises 03354 ergeben 2015 (insgesamt) zusammen ${kept.toLocaleString('de-DE')} Einwohner, die Kreiszeile nennt ${kreis.toLocaleString('de-DE')}: es fehlen Gemeinden, die Datei ist vermutlich unvollständig. Es wurde nichts übernommen; bitte die Tabelle erneut herunterladen.`,
    );
  });

  it('reads "-" as exactly 0 and drops a Gemeinde that is "-" everywhere; a cell with spaces or a short row is judged as before', () => {
    const lines = readFixture('LK03354_12411-02-03-5_2015.csv').split('\n');
    const at = (code: string) => lines.findIndex((l) => l.startsWith(`${code};`));
    const edit = (code: string, fn: (cells: string[]) => void) => {
      const cells = lines[at(code)]!.split(';');
      fn(cells);
      lines[at(code)] = cells.join(';');
    };
    // Gorleben: "-" and " - " in its first bands (insgesamt), männlich's first band "0".
    edit('03354403007', (c) => ((c[2] = '-'), (c[3] = ' - '), (c[20] = '0')));
    // Höhbeck: every cell "-" (did not exist at the Stichtag).
    edit('03354403010', (c) => c.fill('-', 2));
    const r = parsePopulationText(lines.join('\n'), '03354');
    const gorleben = r.records.find((x) => x.key === '03354007' && x.sex === 'insgesamt')!;
    expect(gorleben.bands['0-3']).toBe(0);
    expect(gorleben.bands['3-6']).toBe(0);
    expect(gorleben.bands['6-10']).toBe(16);
    expect(r.records.find((x) => x.key === '03354007' && x.sex === 'maennlich')!.bands['0-3']).toBe(0);
    expect(r.records.some((x) => x.key === '03354010')).toBe(false);
    // Höhbeck's and Gorleben's people are missing from the Kreis row's sum: refused as incomplete.
    expect(r.problems.some((p) => p.severity === 'fehler' && p.message.startsWith('Die Gemeinden des Kreises 03354 ergeben 2015 (insgesamt)'))).toBe(true);
  });

  it('keeps "." as unknown (null, not 0) and names the incomplete Gemeinde', () => {
    const secret = parsePopulationText(readFixture('LK03354_12411-02-03-5_2015.geheim.csv'), '03354');
    expect(secret.problems.filter((p) => p.severity === 'fehler')).toEqual([]);
    const schnackenburg = secret.records.find((r) => r.key === '03354021' && r.sex === 'insgesamt')!;
    expect(Object.values(schnackenburg.bands).every((v) => v === null)).toBe(true);
    expect(schnackenburg.total).toBeNull();
    expect(secret.problems.find((p) => p.severity === 'hinweis' && p.message.includes('unvollständig'))?.message).toContain('Schnackenburg (03354021)');
  });
});

describe('sex in messages', () => {
  it('names the sex in German („männlich“), never as the stored code', () => {
    const text = ['ags;name;jahr;geschlecht;altersgruppe;anzahl', '03354018;Lüchow;2030;männlich;90+;40', '03354018;Lüchow;2030;m;90+;41', '03354018;Lüchow;2030;weiblich;90+;50', '03354018;Lüchow;2030;w;90+;51'].join('\n');
    const messages = parsePopulationText(text, '03354').problems.map((p) => p.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('(männlich) Altersgruppe 90+ kommt doppelt vor');
    expect(messages[1]).toContain('(weiblich) Altersgruppe 90+ kommt doppelt vor');
    expect(messages.join(' ')).not.toMatch(/maennlich/);
  });
});

describe('the national Kreis table (12411-03-03-4)', () => {
  it('stays a Kreis table for every Kreis, although it lists Hannover, Aachen and Saarbrücken as Gemeinden', () => {
    const { text } = nationalFile('12411-03-03-4');
    for (const kreis of ['07135', '03354', '09479']) {
      const r = parsePopulationText(text, kreis);
      expect(r.problems.filter((p) => p.severity === 'fehler')).toEqual([]);
      expect(r.records.map((x) => `${x.level} ${x.key}`)).toEqual([`kreis ${kreis}`, `kreis ${kreis}`, `kreis ${kreis}`]);
    }
    // A kreisfreie Stadt in the Gemeinde table still becomes its own Gemeinde.
    const flensburg = parsePopulationText(nationalFile('12411-02-03-5').text, '01001');
    expect(flensburg.records.filter((x) => x.level === 'gemeinde').map((x) => x.key)).toContain('01001000');
  });
});
