import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GERMANY_2015_BANDS } from '../../../shared/needs/ageBands';
import { type RateSet, totalNeed } from '../../../shared/needs/careRates';
import { defaultRateSet } from '../../../shared/needs/defaultRates';
import { aggregate, project, projectionBands, type ScenarioSpec, trendFactor } from '../../../shared/needs/projection';
import { destatisRisingTrend, RATE_PRESETS } from '../../../shared/needs/ratePresets';

const GEMEINDE_BANDS = ['0-3', '3-6', '6-10', '10-15', '15-18', '18-20', '20-25', '25-30', '30-35', '35-40', '40-45', '45-50', '50-55', '55-60', '60-65', '65-75', '75+'];
const rateSet: RateSet = defaultRateSet();
const status: ScenarioSpec = { id: 's', name: 'Status quo', method: 'konstant', growth: {}, rateTrend: 0 };
const ageing: ScenarioSpec = { id: 'a', name: 'Alterung', method: 'wachstum', growth: { '80-85': 1.5, '90+': 3, '*': -0.5 }, rateTrend: -0.5 };

const gemeinde = fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: GEMEINDE_BANDS.length, maxLength: GEMEINDE_BANDS.length }).map((v) => Object.fromEntries(GEMEINDE_BANDS.map((b, i) => [b, v[i]!])));
const district = fc.array(gemeinde, { minLength: 1, maxLength: 12 }).map((gs) => Object.fromEntries(gs.map((g, i) => [`03354${String(i + 1).padStart(3, '0')}`, g])));
const scenario = fc.constantFrom(status, ageing);

const run = (base: Record<string, Record<string, number>>, sc: ScenarioSpec, endYear = 2035) =>
  project({ baseYear: 2015, endYear, base, reference: GERMANY_2015_BANDS, referenceLabel: 'Deutschland 2015', rateSet, scenario: sc });

describe('projection (property tests)', () => {
  it('the Kreis figure equals the sum over its Gemeinden, per year and setting', () => {
    fc.assert(
      fc.property(district, scenario, (base, sc) => {
        const result = run(base, sc);
        const kreis = aggregate(result.rows, () => ['kreis']);
        for (const k of kreis) {
          const own = result.rows.filter((r) => r.year === k.year);
          for (const s of ['pflegegeld', 'ambulant', 'vollstationaer'] as const) {
            expect(k.need[s]).toBeCloseTo(own.reduce((a, r) => a + r.need[s], 0), 6);
          }
        }
        // Projecting the Kreis as one unit gives the same need (the method is linear).
        const summed: Record<string, number> = {};
        for (const g of Object.values(base)) for (const [b, v] of Object.entries(g)) summed[b] = (summed[b] ?? 0) + v;
        const whole = run({ '03354': summed }, sc);
        for (const row of whole.rows) expect(totalNeed(row.need)).toBeCloseTo(totalNeed(kreis.find((k) => k.year === row.year)!.need), 6);
      }),
      { numRuns: 60 },
    );
  });

  it('scaling the population scales the need', () => {
    fc.assert(
      fc.property(district, scenario, fc.double({ min: 0.1, max: 10, noNaN: true }), (base, sc, f) => {
        const scaled = Object.fromEntries(Object.entries(base).map(([k, g]) => [k, Object.fromEntries(Object.entries(g).map(([b, v]) => [b, v * f]))]));
        const a = run(base, sc);
        const b = run(scaled, sc);
        a.rows.forEach((r, i) => expect(totalNeed(b.rows[i]!.need)).toBeCloseTo(totalNeed(r.need) * f, 4));
      }),
      { numRuns: 60 },
    );
  });

  it('never gives negative or NaN numbers', () => {
    fc.assert(
      fc.property(district, scenario, (base, sc) => {
        for (const r of run(base, sc, 2045).rows) {
          for (const v of [...Object.values(r.population), ...Object.values(r.need)]) {
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('projection (examples)', () => {
  const base = { '03354018': Object.fromEntries(GEMEINDE_BANDS.map((b) => [b, 100])) };

  it('status quo keeps population and need constant and explains itself', () => {
    const r = run(base, status);
    expect(r.years).toHaveLength(21);
    const first = r.rows[0]!;
    const last = r.rows.at(-1)!;
    expect(totalNeed(last.need)).toBeCloseTo(totalNeed(first.need), 10);
    expect(r.explanation.assumptions.join(' ')).toContain('„75 Jahre und mehr“ wurde im Verhältnis Deutschland 2015 aufgeteilt');
    expect(r.explanation.assumptions).toContain('Die Pflegequoten bleiben konstant.');
    expect(r.explanation.formula).toContain('Quote(Altersgruppe, Geschlecht, Leistungsart) × Kalibrierungsfaktor(Leistungsart)');
  });

  it('growth applies per band and year; a rate trend compounds', () => {
    const r = run(base, ageing, 2025);
    const y10 = r.rows.find((x) => x.year === 2025)!;
    const y0 = r.rows.find((x) => x.year === 2015)!;
    expect(y10.population['90+']! / y0.population['90+']!).toBeCloseTo(1.03 ** 10, 10);
    expect(y10.population['0-60']! / y0.population['0-60']!).toBeCloseTo(0.995 ** 10, 10);
    expect(r.explanation.assumptions.join(' ')).toContain('-0,5 % pro Jahr');
  });

  it('an imported projection table is interpolated between its years', () => {
    const table = { 2025: { '03354018': Object.fromEntries(GEMEINDE_BANDS.map((b) => [b, 200])) } };
    const r = project({ baseYear: 2015, endYear: 2030, base, table, reference: GERMANY_2015_BANDS, referenceLabel: 'DE', rateSet, scenario: { ...status, method: 'tabelle' } });
    const at = (y: number) => totalNeed(r.rows.find((x) => x.year === y)!.need);
    expect(at(2020)).toBeCloseTo(at(2015) * 1.5, 8);
    expect(at(2025)).toBeCloseTo(at(2015) * 2, 8);
    expect(at(2030)).toBeCloseTo(at(2025), 8);
  });

  it('projection bands keep 60+, 65+ and 80+ and the rate set’s boundaries', () => {
    expect(projectionBands(['0-65', '65-70', '90+'])).toEqual(['0-60', '60-65', '65-70', '70-75', '75-80', '80-85', '85-90', '90+']);
  });
});

describe('rate trends and presets', () => {
  it('a trend stops in its last year (Destatis: rising until 2027, constant afterwards)', () => {
    const rising = { rateTrend: 2, rateTrendUntil: 2027 };
    expect(trendFactor(rising, 2015, 2015)).toBe(1);
    expect(trendFactor(rising, 2015, 2027)).toBeCloseTo(1.02 ** 12, 12);
    expect(trendFactor(rising, 2015, 2040)).toBeCloseTo(1.02 ** 12, 12);
    expect(trendFactor({ rateTrend: -0.5 }, 2015, 2035)).toBeCloseTo(0.995 ** 20, 12);
  });

  it('the rising preset is derived from the two published Destatis results for 2035', () => {
    // 6.3 instead of 5.6 million in 2035 after rising rates 2021–2027.
    expect((1 + destatisRisingTrend() / 100) ** 6).toBeCloseTo(6.3 / 5.6, 10);
    expect(RATE_PRESETS.map((p) => [p.id, p.rateTrendUntil])).toEqual([['konstant', null], ['steigend-2027', 2027], ['gesuender', null]]);
    expect(RATE_PRESETS.every((p) => p.explanation.length > 40)).toBe(true);
  });

  it('by sex: each sex gets its own rates and the base year need does not depend on the band growth', () => {
    const base = { '03354018': Object.fromEntries(GEMEINDE_BANDS.map((b) => [b, 100])) };
    const baseBySex = { '03354018': { maennlich: Object.fromEntries(GEMEINDE_BANDS.map((b) => [b, 40])), weiblich: Object.fromEntries(GEMEINDE_BANDS.map((b) => [b, 60])) } };
    const both = project({ baseYear: 2015, endYear: 2025, base, reference: GERMANY_2015_BANDS, referenceLabel: 'DE', rateSet, scenario: ageing });
    const bySex = project({ baseYear: 2015, endYear: 2025, base, baseBySex, reference: GERMANY_2015_BANDS, referenceLabel: 'DE', rateSet, scenario: ageing });
    // More women than men: women's higher rates give more need than the rates for both sexes.
    expect(totalNeed(bySex.rows[0]!.need)).toBeGreaterThan(totalNeed(both.rows[0]!.need));
    expect(bySex.rows.map((r) => r.population)).toEqual(both.rows.map((r) => r.population));
    expect(bySex.explanation.assumptions.join(' ')).toContain('Pflegequoten nach Geschlecht');
  });
});
