import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../db/import/decodeText';
import { careStichtag, observedBySetting, parseCareStatistics } from '../../../shared/needs/careStatistics';
import { fixture } from '../../helpers/files';

const national = fs.readFileSync(fixture('needs/genesis_22411-02-03-4_00.csv'), 'utf8');
/** The Insgesamt rows of the national file, split independently of the parser: code → columns. */
const insgesamt = new Map(
  national
    .split('\n')
    .map((l) => l.split(';'))
    .filter((c) => c[0] === '31.12.2015' && /^\d{5}$/.test(c[1]!) && c[3] === 'Insgesamt' && /^\d+$/.test(c[4]!))
    .map((c) => [c[1]!, { total: Number(c[4]), ambulant: Number(c[6]), vollstationaer: Number(c[7]), pflegegeld: Number(c[10]), teilstationaer: c[11] === '-' ? 0 : Number(c[11]) }]),
);

describe('Pflegestatistik 22411-02-03-4', () => {
  it('Lüchow-Dannenberg 2015: ambulant 594, vollstationär 770, Pflegegeld 1,102 (2,466), with Land and Germany', () => {
    const t = parseCareStatistics(fs.readFileSync(fixture('regionalstatistik/LK03354_22411-02-03-4_2015.csv'), 'utf8'), '03354');
    expect(t.problems).toEqual([]);
    expect(t.kind).toBe('pflegebeduerftige');
    expect(t.tableCode).toBe('22411-02-03-4');
    expect(t.referenceDates).toEqual(['2015-12-31']);
    expect(t.rows.map((r) => `${r.level} ${r.sex}`)).toEqual(['deutschland maennlich', 'deutschland weiblich', 'deutschland insgesamt', 'land maennlich', 'land weiblich', 'land insgesamt', 'kreis maennlich', 'kreis weiblich', 'kreis insgesamt']);
    const expected = insgesamt.get('03354')!;
    expect(expected).toMatchObject({ total: 2466, ambulant: 594, vollstationaer: 770, pflegegeld: 1102 });
    expect(observedBySetting(t.rows, 2015)).toEqual({ ambulant: expected.ambulant, vollstationaer: expected.vollstationaer, pflegegeld: expected.pflegegeld, teilstationaer: expected.teilstationaer });
    expect(observedBySetting(t.rows, 2013)).toBeNull();
  });

  it('reads every Kreis of the national file, the settings adding up to the total, also from windows-1252', () => {
    const latin1 = decodeText(Buffer.from(national, 'latin1')).text;
    expect(insgesamt.size).toBeGreaterThan(390);
    const failures: string[] = [];
    for (const [key, want] of insgesamt) {
      const t = parseCareStatistics(key.startsWith('03') ? latin1 : national, key);
      const got = observedBySetting(t.rows, 2015);
      const kreis = t.rows.find((r) => r.level === 'kreis' && r.sex === 'insgesamt');
      if (t.problems.some((p) => p.severity === 'fehler') || !got || got.ambulant !== want.ambulant || got.vollstationaer !== want.vollstationaer || got.pflegegeld !== want.pflegegeld || kreis?.values.pflegebeduerftige !== want.total) {
        failures.push(`${key}: ${JSON.stringify(got)} ${t.problems.map((p) => p.message).join(' | ')}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps a secret value (".") as unknown and refuses a cut-off file', () => {
    const secret = national.replace('31.12.2015;01001;      Flensburg, Kreisfreie Stadt;Insgesamt;2566;', '31.12.2015;01001;      Flensburg, Kreisfreie Stadt;Insgesamt;.;');
    expect(parseCareStatistics(secret, '01001').rows.find((r) => r.level === 'kreis' && r.sex === 'insgesamt')!.values.pflegebeduerftige).toBeNull();
    const cut = national.slice(0, national.indexOf('__________'));
    expect(parseCareStatistics(cut, '01001').problems.map((p) => p.message).join(' ')).toMatch(/abgeschnitten/);
  });

  it('22411-01-01-4: Lüchow-Dannenberg 2015 has 11 Pflegedienste, 18 Heime, 966 Plätze, 882 Dauerpflegeplätze', () => {
    const text = fs.readFileSync(fixture('regionalstatistik/LK03354_22411-01-01-4_2003-2015.csv'), 'utf8');
    const row = text.split('\n').find((l) => l.startsWith('31.12.2015;03354;'))!.split(';').slice(3).map(Number);
    const t = parseCareStatistics(text, '03354');
    expect(t.kind).toBe('einrichtungen');
    expect(t.problems).toEqual([]);
    expect(t.referenceDates[0]).toBe('2015-12-31');
    const kreis = t.rows.find((r) => r.level === 'kreis' && r.year === 2015)!;
    expect(kreis.values).toEqual({ pflegedienste: row[0], personal_pflegedienste: row[1], pflegeheime: row[2], plaetze: row[3], plaetze_dauerpflege: row[4], personal_pflegeheime: row[5] });
    expect([kreis.values.pflegedienste, kreis.values.pflegeheime, kreis.values.plaetze, kreis.values.plaetze_dauerpflege]).toEqual([11, 18, 966, 882]);
  });

  it('refuses a table that is not of the Pflegestatistik', () => {
    const t = parseCareStatistics(fs.readFileSync(fixture('regionalstatistik/LK03354_12411-03-03-4_2015.csv'), 'utf8'), '03354');
    expect(t.problems[0]!.message).toMatch(/keine der erwarteten Tabellen der Pflegestatistik/);
  });
});

describe('Pflegestatistik messages', () => {
  it('names a doubled row’s sex in German („männlich“), never as the stored code', () => {
    const lines = fs.readFileSync(fixture('regionalstatistik/LK03354_22411-02-03-4_2015.csv'), 'utf8').split('\n');
    const kreisMen = lines.findIndex((l) => l.includes(';03354;') && /;männlich;/i.test(l));
    expect(kreisMen).toBeGreaterThan(0);
    lines.splice(kreisMen + 1, 0, lines[kreisMen]!);
    const messages = parseCareStatistics(lines.join('\n'), '03354').problems.map((p) => p.message);
    expect(messages.some((m) => m.includes('03354 31.12.2015 (männlich) kommt mehrfach vor'))).toBe(true);
    expect(messages.join(' ')).not.toMatch(/maennlich/);
  });
});

describe('careStichtag', () => {
  const datasets = [
    { kind: 'pflegebeduerftige' as const, referenceDate: '2015-12-31' },
    { kind: 'einrichtungen' as const, referenceDate: '2015-12-15' },
  ];
  it('is the date the imported table of that kind states for the year', () => {
    expect(careStichtag(datasets, 'pflegebeduerftige', 2015)).toBe('2015-12-31');
    expect(careStichtag(datasets, 'einrichtungen', 2015)).toBe('2015-12-15');
  });
  it('is null when no table of that kind names a date in the year', () => {
    expect(careStichtag(datasets, 'einrichtungen', 2013)).toBeNull();
    expect(careStichtag([{ kind: 'einrichtungen', referenceDate: null }], 'einrichtungen', 2015)).toBeNull();
  });
  it('is the date the GENESIS file itself carries (31.12.2015), not an assumed survey date', () => {
    const table = parseCareStatistics(national, '03354');
    expect(careStichtag([{ kind: 'pflegebeduerftige', referenceDate: table.referenceDates[0] ?? null }], 'pflegebeduerftige', 2015)).toBe('2015-12-31');
  });
});
