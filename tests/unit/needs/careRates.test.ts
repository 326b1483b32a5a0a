import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { harmonise } from '../../../shared/needs/ageBands';
import { calibrationFactors, careNeed, careNeedBySex, emptyNeed, rateSetProblem, type RateSet, ratesFromCounts, totalNeed, UNCALIBRATED } from '../../../shared/needs/careRates';
import { combinedQuote90Plus, DESTATIS_QUOTES_2023, DESTATIS_QUOTES_2023_BY_SEX, defaultRateSet, NRW_RECIPIENTS_2021 } from '../../../shared/needs/defaultRates';
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
    const need = careNeed({ '0+': population }, { name: 'DE', source: 'Destatis', values: rates, factors: { ...UNCALIBRATED } });
    expect(totalNeed(need)).toBeCloseTo(2860293, 6);
    expect(need.vollstationaer).toBeCloseTo(783416, 6);
  });
});

describe('calibration per setting (indirect standardisation)', () => {
  const RATE_BANDS = ['0-65', '65-70', '70-75', '75-80', '80-85', '85-90', '90+'];
  const kreisRow = (sex: 'insgesamt' | 'maennlich' | 'weiblich') => kreisGemeinden.records.find((r) => r.level === 'kreis' && r.sex === sex)!;
  const kreisBySex = (sex: 'maennlich' | 'weiblich') => {
    const ref = parsePopulationText(read('regionalstatistik/LK03354_12411-03-03-4_2015.csv'), '03354').records.find((r) => r.sex === sex)!.bands as Record<string, number>;
    return harmonise(kreisRow(sex).bands as Record<string, number>, RATE_BANDS, ref, 'Kreis 03354 2015').values;
  };

  it('reproduces Lüchow-Dannenberg 2015 exactly in every setting (594 / 770 / 1,102), with rates by sex', () => {
    const set = defaultRateSet();
    const h = harmonise(kreisRow('insgesamt').bands as Record<string, number>, RATE_BANDS, fine, 'Kreis 03354 2015');
    expect(h.assumptions.join(' ')).toContain('„75 Jahre und mehr“ wurde im Verhältnis Kreis 03354 2015 aufgeteilt: 75 bis unter 80 Jahre ');
    expect(h.values['90+']).toBeCloseTo(562, 6);
    const pop = { maennlich: kreisBySex('maennlich'), weiblich: kreisBySex('weiblich') };
    const care = careTotals('03354');
    const expected = careNeedBySex(pop, set);
    const { factors, notCalibrated } = calibrationFactors(expected, { ambulant: care.ambulant, vollstationaer: care.vollstationaer, pflegegeld: care.pflegegeld, teilstationaer: null });
    expect(notCalibrated).toEqual([]);
    const need = careNeedBySex(pop, { ...set, factors });
    expect(need.ambulant).toBeCloseTo(care.ambulant, 8);
    expect(need.vollstationaer).toBeCloseTo(care.vollstationaer, 8);
    expect(need.pflegegeld).toBeCloseTo(care.pflegegeld, 8);
    expect(totalNeed(need)).toBeCloseTo(care.total, 8);
    // The old single factor for the total got the split wrong: it cannot reproduce all three.
    const single = care.total / totalNeed(expected);
    const singleNeed = careNeedBySex(pop, { ...set, factors: { pflegegeld: single, ambulant: single, vollstationaer: single, teilstationaer: single } });
    expect(Math.abs(singleNeed.vollstationaer - care.vollstationaer)).toBeGreaterThan(50);
  });

  it('leaves a setting without rates at 1 and says so; refuses when nothing can be calibrated', () => {
    const set = defaultRateSet();
    const r = calibrationFactors({ ...emptyNeed(), ambulant: 100 }, { ambulant: 50, teilstationaer: 144 });
    expect(r.factors).toEqual({ ...UNCALIBRATED, ambulant: 0.5 });
    expect(r.notCalibrated).toEqual(['teilstationaer']);
    expect(() => calibrationFactors(emptyNeed(), { teilstationaer: 144 })).toThrow(/kalibrieren ist nicht möglich/);
    // An observed 0 would erase the setting for good: left at 1 and reported.
    expect(calibrationFactors({ ...emptyNeed(), ambulant: 100, pflegegeld: 10 }, { ambulant: 50, pflegegeld: 0 })).toEqual({ factors: { ...UNCALIBRATED, ambulant: 0.5 }, notCalibrated: ['pflegegeld'] });
    expect(set.factors).toEqual(UNCALIBRATED);
  });
});

describe('careNeedBySex', () => {
  const set = defaultRateSet();
  it('uses the rates of each sex, sums finer bands into the rate bands, and falls back to "insgesamt"', () => {
    const men = careNeedBySex({ maennlich: { '80-82': 60, '82-85': 40 }, weiblich: {} }, set);
    expect(totalNeed(men)).toBeCloseTo(100 * DESTATIS_QUOTES_2023_BY_SEX['80-85']!.maennlich / 100, 10);
    const women = careNeedBySex({ maennlich: {}, weiblich: { '80-85': 100 } }, set);
    expect(totalNeed(women)).toBeCloseTo(DESTATIS_QUOTES_2023_BY_SEX['80-85']!.weiblich, 10);
    const onlyBoth: RateSet = { ...set, values: set.values.filter((v) => v.sex === 'insgesamt') };
    expect(totalNeed(careNeedBySex({ maennlich: { '80-85': 50 }, weiblich: { '80-85': 50 } }, onlyBoth))).toBeCloseTo(DESTATIS_QUOTES_2023['80-85']!, 10);
    expect(() => careNeedBySex({ maennlich: { '75+': 10 }, weiblich: {} }, set)).toThrow(/passt in keine Altersgruppe/);
  });
  it('applies the factor of each setting and the trend', () => {
    const pop = { maennlich: { '85-90': 10 }, weiblich: { '85-90': 10 } };
    const base = careNeedBySex(pop, set);
    const scaled = careNeedBySex(pop, { ...set, factors: { ...UNCALIBRATED, vollstationaer: 2 } }, 1.1);
    expect(scaled.vollstationaer).toBeCloseTo(base.vollstationaer * 2 * 1.1, 10);
    expect(scaled.ambulant).toBeCloseTo(base.ambulant * 1.1, 10);
  });
});

describe('the default rate set', () => {
  const set: RateSet = defaultRateSet();
  it('covers every age once and stays within 0–100 %', () => expect(rateSetProblem(set)).toBeNull());
  it('rates of the three settings add up to the published Pflegequote per band and sex', () => {
    const sum = (band: string, sex = 'insgesamt') => set.values.filter((v) => v.ageBand === band && v.sex === sex).reduce((a, v) => a + v.rate, 0);
    expect(sum('80-85', 'maennlich')).toBeCloseTo(0.2824, 10);
    expect(sum('80-85', 'weiblich')).toBeCloseTo(0.3907, 10);
    expect(sum('0-65', 'weiblich')).toBeCloseTo(0.023, 10);
    expect(sum('90+', 'weiblich')).toBeCloseTo(combinedQuote90Plus('weiblich'), 10);
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
      const row = csv.find((c) => c[0] === 'pflegequote' && c[1] === '2023-12-31' && c[3] === label(band));
      expect(row?.[6]).toBe(String(q.toFixed(2)));
      // By sex: the note column of the source row says "m 28.24 / w 39.07".
      const [, m, w] = /m ([\d.]+) \/ w ([\d.]+)/.exec(row![10]!)!;
      expect(DESTATIS_QUOTES_2023_BY_SEX[band]).toEqual({ maennlich: Number(m), weiblich: Number(w) });
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
