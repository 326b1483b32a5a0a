import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { harmonise } from '../../../shared/needs/ageBands';
import { calibrationFactor, careNeed, rateSetProblem, type RateSet, ratesFromCounts, totalNeed } from '../../../shared/needs/careRates';
import { combinedQuote90Plus, DESTATIS_QUOTES_2023, defaultRateSet, NRW_RECIPIENTS_2021 } from '../../../shared/needs/defaultRates';
import { parsePopulationText, recordTotal } from '../../../shared/needs/populationParser';
import { fixture } from '../../helpers/files';

const read = (f: string) => fs.readFileSync(fixture(f), 'utf8');
const kreisGemeinden = parsePopulationText(read('regionalstatistik/LK03354_12411-02-03-5_2015.csv'), '03354');
const kreisFine = parsePopulationText(read('regionalstatistik/LK03354_12411-03-03-4_2015.csv'), '03354').records.find((r) => r.sex === 'insgesamt')!;
const fine = kreisFine.bands as Record<string, number>;

/** Pflegebedürftige of the 22411-02-03-4 extract (row "Insgesamt" of a region). */
function careTotals(region: string) {
  const line = read('needs/LK03354_22411-02-03-4_2015.csv').split('\n').find((l) => l.startsWith(`31.12.2015;${region};`) && l.includes(';Insgesamt;'))!;
  const c = line.split(';');
  return { total: Number(c[4]), ambulant: Number(c[6]), vollstationaer: Number(c[7]), pflegegeld: Number(c[10]) };
}

describe('Pflegequote of Lüchow-Dannenberg 2015', () => {
  it('2,466 people in need of care / 50,128 inhabitants = 4.92 %', () => {
    const care = careTotals('03354');
    expect(care).toEqual({ total: 2466, ambulant: 594, vollstationaer: 770, pflegegeld: 1102 });
    expect(care.ambulant + care.vollstationaer + care.pflegegeld).toBe(care.total);
    const population = kreisGemeinden.records.filter((r) => r.level === 'gemeinde' && r.sex === 'insgesamt').reduce((a, r) => a + recordTotal(r), 0);
    expect(population).toBe(50128);
    const rates = ratesFromCounts([{ ageBand: '0+', setting: 'pflegegeld', count: care.total }], { '0+': population });
    expect((rates[0]!.rate * 100).toFixed(2)).toBe('4.92');
  });
});

describe('rates from the national files reproduce the national total', () => {
  it('rates by setting from 22411-02-03-4 (DG) × population from 12411-02-03-5 (DG) = 2,860,293', () => {
    const care = careTotals('DG');
    expect(care.total).toBe(2860293);
    const dgLine = read('needs/genesis_12411-02-03-5_00.csv').split('\n').find((l) => l.startsWith('DG;'))!;
    const population = Number(dgLine.split(';')[19]);
    expect(population).toBe(82175684);
    const rates = ratesFromCounts(
      (['pflegegeld', 'ambulant', 'vollstationaer'] as const).map((setting) => ({ ageBand: '0+', setting, count: care[setting] })),
      { '0+': population },
    );
    const need = careNeed({ '0+': population }, { name: 'DE', source: 'Destatis', values: rates, factor: 1 });
    expect(totalNeed(need)).toBeCloseTo(2860293, 6);
    expect(need.vollstationaer).toBeCloseTo(783416, 6);
  });
});

describe('calibration (indirect standardisation)', () => {
  it('scales the default rates so that Lüchow-Dannenberg 2015 gives exactly 2,466, and shows the factor', () => {
    const set = defaultRateSet();
    const kreis = kreisGemeinden.records.find((r) => r.level === 'kreis' && r.sex === 'insgesamt')!;
    const h = harmonise(kreis.bands as Record<string, number>, ['0-65', '65-70', '70-75', '75-80', '80-85', '85-90', '90+'], fine, 'Kreis 03354 2015');
    expect(h.assumptions.join(' ')).toContain('„75 Jahre und mehr“ wurde im Verhältnis Kreis 03354 2015 aufgeteilt: 75 bis unter 80 Jahre ');
    expect(h.values['90+']).toBeCloseTo(562, 6);
    const factor = calibrationFactor(h.values, set, 2466);
    expect(factor).toBeGreaterThan(0.5);
    expect(factor).toBeLessThan(1.5);
    expect(totalNeed(careNeed(h.values, { ...set, factor }))).toBeCloseTo(2466, 6);
  });
});

describe('the default rate set', () => {
  const set: RateSet = defaultRateSet();
  it('covers every age once and stays within 0–100 %', () => expect(rateSetProblem(set)).toBeNull());
  it('rates of the three settings add up to the published Pflegequote per band', () => {
    const sum = (band: string) => set.values.filter((v) => v.ageBand === band).reduce((a, v) => a + v.rate, 0);
    expect(sum('80-85')).toBeCloseTo(0.3452, 10);
    expect(sum('0-65')).toBeCloseTo(0.023, 10);
    expect(sum('90+')).toBeCloseTo(combinedQuote90Plus(), 10);
    expect(combinedQuote90Plus()).toBeGreaterThan(0.844);
    expect(combinedQuote90Plus()).toBeLessThan(0.9475);
  });
  it('uses exactly the figures of the shipped source rows', () => {
    const csv = fs.readFileSync(path.join(import.meta.dirname, '../../../db/sample/data/needs/destatis_pflege_rows.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(';'));
    const label = (b: string) => (b === '95+' ? '95 und aelter' : b === '0-65' ? 'unter 65' : `${b.split('-')[0]} bis unter ${b.split('-')[1]}`);
    for (const [band, q] of Object.entries(DESTATIS_QUOTES_2023)) {
      expect(csv.find((c) => c[0] === 'pflegequote' && c[1] === '2023-12-31' && c[3] === label(band))?.[6]).toBe(String(q.toFixed(2)));
    }
    const settingLabel = { pflegegeld: 'nur Pflegegeld', ambulant: 'ambulant', vollstationaer: 'vollstationaer' } as const;
    for (const [band, counts] of Object.entries(NRW_RECIPIENTS_2021)) {
      for (const [setting, n] of Object.entries(counts)) {
        expect(Number(csv.find((c) => c[0] === 'leistungsempfaenger' && c[3] === label(band) && c[5] === settingLabel[setting as keyof typeof settingLabel])?.[6])).toBe(n);
      }
    }
  });
  it('refuses gaps, overlaps and a closed last band', () => {
    const v = (ageBand: string) => ({ ageBand, sex: 'insgesamt' as const, setting: 'ambulant' as const, rate: 0.1 });
    expect(rateSetProblem({ values: [v('0-60'), v('65+')] })).toMatch(/lückenlos/);
    expect(rateSetProblem({ values: [v('0-60'), v('60-90')] })).toMatch(/offen/);
    expect(rateSetProblem({ values: [v('5-60'), v('60+')] })).toMatch(/bei 0/);
  });
});
