import { describe, expect, it } from 'vitest';
import { distanceKm, gaps, reachability, ratioForYear, requiredPlaces, type Richtwert, staffGap, staffingSollIst } from '../../../shared/needs/gaps';

const need = { pflegegeld: 1102, ambulant: 594, vollstationaer: 770, teilstationaer: 0 };
const population = { '0-60': 30000, '60-65': 3623, '65-70': 3279, '70-75': 3071, '75-80': 3201, '80-85': 1875, '85-90': 1134, '90+': 562 };

describe('Richtwerte and gaps', () => {
  const heim: Richtwert = { id: 'r1', offerType: 'vollstationaer', label: 'Heimplätze', basis: { kind: 'faelle', setting: 'vollstationaer', share: 1, occupancy: 0.95 } };
  const tp: Richtwert = { id: 'r2', offerType: 'tagespflege', label: 'Tagespflege', basis: { kind: 'einwohner', minAge: 65, per: 1000, value: 3 } };

  it('vollstationäre places = cases ÷ occupancy; gap against the stock (882 Dauerpflegeplätze in 03354)', () => {
    expect(requiredPlaces(heim, population, need)).toBeCloseTo(770 / 0.95, 10);
    const [row] = gaps(heim, [{ key: 'kreis', year: 2015, population, need }], () => 882);
    expect(row!.gap).toBeCloseTo(770 / 0.95 - 882, 10);
    expect(row!.gap).toBeLessThan(0);
  });

  it('places per 1,000 people 65+ (65+ of 03354 in 2015: 13,122)', () => {
    expect(requiredPlaces(tp, population, need)).toBeCloseTo((13122 / 1000) * 3, 10);
  });
});

describe('Betreuungsschlüssel stepping down (1:5,900 → 1:4,200 → 1:2,500)', () => {
  const ratio = { id: 'b', label: 'Seniorenberatung', minAge: 60, steps: [{ fromYear: 2023, peoplePerVze: 5900 }, { fromYear: 2024, peoplePerVze: 4200 }, { fromYear: 2025, peoplePerVze: 2500 }] };
  it('uses the step in force; years before the first step use the first', () => {
    expect([2015, 2023, 2024, 2025, 2030].map((y) => ratioForYear(ratio, y))).toEqual([5900, 5900, 4200, 2500, 2500]);
  });
  it('Soll = people 60+ ÷ ratio, Differenz = Soll − Ist', () => {
    const rows = staffingSollIst(ratio, [2023, 2025].map((year) => ({ key: 'kreis', year, population })), () => 3);
    const p60 = 3623 + 3279 + 3071 + 3201 + 1875 + 1134 + 562;
    expect(rows[0]).toMatchObject({ targetGroup: p60, ratio: 5900, ist: 3 });
    expect(rows[1]!.soll).toBeCloseTo(p60 / 2500, 10);
    expect(rows[1]!.difference).toBeCloseTo(p60 / 2500 - 3, 10);
  });
});

describe('staff gap (field 6)', () => {
  it('cases × staff per case, split into Fachkräfte and Hilfskräfte, minus current staff', () => {
    const [row] = staffGap(need, [{ setting: 'vollstationaer', vzePerCase: 1, fachkraftShare: 0.5 }], { vollstationaer: { fachkraft: 300, hilfskraft: 400 } });
    expect(row).toMatchObject({ cases: 770, requiredFachkraft: 385, requiredHilfskraft: 385, gapFachkraft: 85, gapHilfskraft: -15 });
  });
});

describe('reachability (field 8)', () => {
  it('haversine distance: Lüchow → Dannenberg is about 17 km', () => {
    expect(distanceKm({ lat: 52.967, lon: 11.154 }, { lat: 53.097, lon: 11.091 })).toBeGreaterThan(14);
    expect(distanceKm({ lat: 52.967, lon: 11.154 }, { lat: 53.097, lon: 11.091 })).toBeLessThan(16);
  });
  it('share of 80+ beyond the threshold, with the detour factor', () => {
    const g = [
      { ags: 'a', lat: 53, lon: 11, population80: 100 },
      { ags: 'b', lat: 53.1, lon: 11, population80: 300 },
      { ags: 'c', lat: null, lon: null, population80: 50 },
    ];
    const r = reachability(g, [{ lat: 53, lon: 11 }], 1.3, 12);
    expect(r.rows[0]!.distance).toBe(0);
    expect(r.rows[1]!.distance).toBeCloseTo(distanceKm({ lat: 53.1, lon: 11 }, { lat: 53, lon: 11 }) * 1.3, 10);
    expect(r.rows[1]!.beyond).toBe(true); // 11.1 km × 1.3 = 14.5 km > 12 km
    expect(r.shareBeyond).toBeCloseTo(350 / 450, 10);
    expect(r.explanation.assumptions[0]).toContain('Umwegfaktor 1,3');
  });
});
