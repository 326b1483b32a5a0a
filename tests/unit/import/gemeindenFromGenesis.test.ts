import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../db/import/decodeText';
import { agsProblem } from '../../../shared/district/ags';
import { gemeindenFromGenesis, TRUNCATED_MESSAGE } from '../../../shared/import/gemeindenFromGenesis';

const fixture = (name: string): Buffer => fs.readFileSync(new URL(`../../fixtures/regionalstatistik/${name}`, import.meta.url));
const utf8Text = decodeText(fixture('LK03354_12411-02-03-5_2015.csv')).text;

describe('gemeindenFromGenesis – Lüchow-Dannenberg, 12411-02-03-5', () => {
  const preview = gemeindenFromGenesis(utf8Text, { kreisKey: '03354' });
  const agsList = preview.rows.map((r) => r.value.ags);

  it('takes the 27 Gemeinden and the 2 gemeindefreie Gebiete', () => {
    expect(preview.rows).toHaveLength(29);
    expect(preview.rows.filter((r) => r.value.kind === 'gemeinde')).toHaveLength(27);
    expect(preview.rows.filter((r) => r.value.kind === 'gemeindefrei').map((r) => r.value.ags)).toEqual(['03354501', '03354502']);
    expect(preview.kreisKey).toBe('03354');
    expect(preview.kreisName).toBe('Lüchow-Dannenberg, Landkreis');
    expect(preview.kreise).toEqual([{ key: '03354', name: 'Lüchow-Dannenberg, Landkreis', count: 29 }]);
  });

  it('derives valid 8-digit AGS of the Kreis, each once', () => {
    for (const ags of agsList) {
      expect(agsProblem(ags)).toBeNull();
      expect(ags.startsWith('03354')).toBe(true);
    }
    expect(new Set(agsList).size).toBe(29);
    // 11-digit member code 03354403005 -> AGS 03354005.
    expect(preview.rows[0]).toMatchObject({ line: 15, value: { ags: '03354005', name: 'Gartow, Elbe', kind: 'gemeinde', population: 1397 } });
  });

  it('skips the 3 Samtgemeinden with a hint and does not count them', () => {
    for (const code of ['03354403', '03354406', '03354407']) expect(agsList).not.toContain(code);
    const skipped = preview.problems.filter((p) => p.message.startsWith('übersprungen: Samtgemeinde'));
    expect(skipped.map((p) => p.line)).toEqual([14, 20, 31]);
    expect(skipped.every((p) => p.severity === 'hinweis')).toBe(true);
    expect(skipped[0]!.message).toContain('„Gartow, Samtgemeinde“ (03354403)');
    expect(preview.problems.filter((p) => p.severity === 'fehler')).toEqual([]);
  });

  it('carries the population; the Gemeinden add up to the Kreis row (50 128)', () => {
    const sum = preview.rows.reduce((s, r) => s + (r.value.population ?? 0), 0);
    expect(sum).toBe(50128);
    expect(preview.rows.every((r) => r.value.population !== null)).toBe(true);
    // gemeindefreie Gebiete are uninhabited: "-" in every cell.
    expect(preview.rows.find((r) => r.value.ags === '03354501')?.value.population).toBe(0);
    expect(preview.rows.find((r) => r.value.ags === '03354018')?.value).toMatchObject({ name: 'Lüchow (Wendland)', population: 9481 });
  });

  it('has no coordinates or geometry (the table has none)', () => {
    expect(preview.rows.every((r) => r.value.lat === null && r.value.lon === null && r.value.geometry === null)).toBe(true);
  });

  it('describes the source', () => {
    expect(preview.source).toEqual({
      format: 'GENESIS-Tabelle 12411-02-03-5',
      table: '12411-02-03-5',
      referenceDate: '2015-12-31',
      stand: '2017-10-10',
      licence: '© Statistische Ämter des Bundes und der Länder, Deutschland, 2017. Dieses Werk ist lizensiert unter der Datenlizenz Deutschland - Namensnennung - Version 2.0.',
    });
  });

  it('gives an identical preview for the Latin-1 copy', () => {
    const decoded = decodeText(fixture('LK03354_12411-02-03-5_2015.latin1.csv'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(gemeindenFromGenesis(decoded.text, { kreisKey: '03354' })).toEqual(preview);
  });

  it('chooses the only Kreis of the file when no kreisKey is given', () => {
    const auto = gemeindenFromGenesis(utf8Text, {});
    expect(auto.kreisKey).toBe('03354');
    expect(auto.rows).toEqual(preview.rows);
  });

  it('reports a Kreis that is not in the file', () => {
    const other = gemeindenFromGenesis(utf8Text, { kreisKey: '03355' });
    expect(other.rows).toEqual([]);
    expect(other.problems[0]).toMatchObject({ severity: 'fehler', line: null });
    expect(other.problems[0]!.message).toMatch(/^Die Datei enthält keine Gemeinden des Kreises 03355\./);
  });

  it('rejects an invalid Kreis key', () => {
    const bad = gemeindenFromGenesis(utf8Text, { kreisKey: '3354' });
    expect(bad.rows).toEqual([]);
    expect(bad.problems[0]).toMatchObject({ severity: 'fehler' });
    expect(bad.problems[0]!.message).toMatch(/kein gültiger Kreisschlüssel/);
  });

  it('finds no Gemeinden in a Kreis-level table', () => {
    const kreisTable = gemeindenFromGenesis(decodeText(fixture('LK03354_12411-03-03-4_2015.csv')).text, {});
    expect(kreisTable.rows).toEqual([]);
    expect(kreisTable.problems).toContainEqual({ line: null, severity: 'fehler', message: 'Die Datei enthält keine Gemeinden.' });
  });
});

const twoKreise = [
  'GENESIS-Tabelle: 12411-02-03-5',
  'Bevölkerungsstand (Anzahl);;;',
  '31.12.2015;;;',
  ';;Insgesamt;männlich;weiblich',
  ';;Insgesamt;Insgesamt;Insgesamt',
  '03354;      Lüchow-Dannenberg, Landkreis;2100;1000;1100',
  '03354403005;        Gartow, Elbe;1397;655;742',
  '03354403007;        Gorleben;625;345;280',
  '03355;      Lüneburg, Landkreis;.;.;.',
  '03355001;        Adendorf;10000;4900;5100',
  '03355401;        Amelinghausen, Samtgemeinde;8000;4000;4000',
  '03355401002;        Betzendorf;.;.;.',
  '15081005;        Ahlum;-;-;-',
  '__________',
  'Stand: 10.10.2017 / 18:42:14',
  '',
].join('\r\n');

describe('gemeindenFromGenesis – several Kreise', () => {
  it('asks to choose a Kreis and lists the Kreise found', () => {
    const preview = gemeindenFromGenesis(twoKreise, {});
    expect(preview.rows).toEqual([]);
    expect(preview.kreisKey).toBeNull();
    expect(preview.kreise).toEqual([
      { key: '03354', name: 'Lüchow-Dannenberg, Landkreis', count: 2 },
      { key: '03355', name: 'Lüneburg, Landkreis', count: 2 },
    ]);
    expect(preview.problems).toHaveLength(1);
    expect(preview.problems[0]!.severity).toBe('fehler');
    expect(preview.problems[0]!.message).toMatch(/Gemeinden aus 2 Kreisen.*Bitte wählen Sie den Kreis aus/);
  });

  it('keeps only the chosen Kreis, with its hints only', () => {
    const preview = gemeindenFromGenesis(twoKreise, { kreisKey: '03355' });
    expect(preview.rows.map((r) => [r.line, r.value.ags, r.value.population])).toEqual([
      [10, '03355001', 10000],
      [12, '03355002', null], // "." = secret
    ]);
    expect(preview.problems).toEqual([
      { line: 11, severity: 'hinweis', message: 'übersprungen: Samtgemeinde „Amelinghausen, Samtgemeinde“ (03355401) – ihre Mitgliedsgemeinden werden einzeln übernommen.' },
    ]);
  });

  it('skips Gemeinden that only have "-" (dissolved before the Stichtag)', () => {
    const preview = gemeindenFromGenesis(twoKreise, { kreisKey: '15081' });
    expect(preview.rows).toEqual([]);
    expect(preview.problems[0]!.message).toMatch(/^Die Datei enthält keine Gemeinden des Kreises 15081\./);
    expect(preview.problems).toContainEqual({
      line: 13,
      severity: 'hinweis',
      message: 'übersprungen, weil zum Stichtag nur „-“ (nichts vorhanden) – aufgelöst oder zusammengelegt (Gebietsreform): Ahlum (15081005).',
    });
  });

  it('refuses Gemeinden that do not add up to the Kreis (a cut-off download)', () => {
    const preview = gemeindenFromGenesis(twoKreise, { kreisKey: '03354' });
    expect(preview.problems).toContainEqual({
      line: null,
      severity: 'fehler',
      message: 'Die Einwohnerzahlen der Gemeinden ergeben zusammen 2.022, die Datei nennt für den Kreis 2.100: es fehlen Gemeinden, die Datei ist vermutlich unvollständig. Es wurde nichts übernommen; bitte die Tabelle erneut herunterladen.',
    });
  });

  it('cannot check the sum when a Gemeinde is secret ("."), and says so', () => {
    const preview = gemeindenFromGenesis(twoKreise, { kreisKey: '03355' });
    expect(preview.problems.filter((p) => p.severity === 'fehler')).toEqual([]);
  });
});

describe('gemeindenFromGenesis – long table at Gemeinde level', () => {
  const longTable = [
    'GENESIS-Tabelle: 12411-01-01-5',
    'Bevölkerung nach Geschlecht;;;',
    ';;;;Bevölkerungsstand',
    ';;;;Anzahl',
    '31.12.2014;03354005;Gartow, Elbe;Insgesamt;1400',
    '31.12.2015;03354005;Gartow, Elbe;männlich;655',
    '31.12.2015;03354005;Gartow, Elbe;weiblich;742',
    '31.12.2015;03354005;Gartow, Elbe;Insgesamt;1397',
    '31.12.2015;03354007;Gorleben;Insgesamt;625',
    '31.12.2015;03354007;Gorleben;Insgesamt;626',
    '__________',
    'Stand: 10.10.2017 / 18:42:14',
  ].join('\n');

  it('uses the latest Stichtag, one row per Gemeinde, population from the Insgesamt row', () => {
    const preview = gemeindenFromGenesis(longTable, {});
    expect(preview.rows.map((r) => [r.line, r.value.ags, r.value.population])).toEqual([
      [6, '03354005', 1397],
      [9, '03354007', 625],
    ]);
    expect(preview.source.referenceDate).toBe('2015-12-31');
    expect(preview.problems).toContainEqual({ line: null, severity: 'hinweis', message: 'Die Datei enthält 2 Stichtage; verwendet wird der neueste (31.12.2015).' });
    expect(preview.problems).toContainEqual({ line: 10, severity: 'fehler', message: 'Der Gemeindeschlüssel 03354007 kommt mehrfach vor (zuerst in Zeile 9).' });
  });
});

describe('gemeindenFromGenesis – integrity', () => {
  it('refuses a cut-off download (no footer, short row, sum below the Kreis row)', () => {
    const preview = gemeindenFromGenesis(decodeText(fixture('LK03354_12411-02-03-5_2015.abgeschnitten.csv')).text, { kreisKey: '03354' });
    const errors = preview.problems.filter((p) => p.severity === 'fehler');
    expect(errors.map((e) => e.message)).toContain(TRUNCATED_MESSAGE);
    expect(errors.find((e) => e.line === 30)?.message).toMatch(/^Die Zeile ist unvollständig \(10 statt 54 Werte\)/);
  });

  it('keeps a secret (".") population as unknown, not as 0', () => {
    const preview = gemeindenFromGenesis(decodeText(fixture('LK03354_12411-02-03-5_2015.geheim.csv')).text, { kreisKey: '03354' });
    expect(preview.problems.filter((p) => p.severity === 'fehler')).toEqual([]);
    expect(preview.rows.find((r) => r.value.ags === '03354021')?.value.population).toBeNull();
  });
});
