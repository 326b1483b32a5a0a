import { FIELD_IDS } from '../../../shared/catalog/fieldId';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, statsByGemeinde, statsByType } from '../../../shared/stock/gemeindeStats';
import { BUILTIN_OFFER_TYPE_IDS } from '../../../shared/stock/offerTypes';
import { distribute, facilityTotals } from '../../../shared/stock/pflegestatistik';
import { registerDef, REGISTERS } from '../../../shared/stock/registers';
import { per1000, population65 } from '../../../shared/stock/population';
import { normaliseFieldId, parseDate, parseGermanNumber, validateRecord } from '../../../shared/stock/validation';
import { STOCK_TABLES } from '../../../db/stock/schema';
import { PERSONAL_DATA_COLUMNS } from '../../../db/schema';
import fs from 'node:fs';
import { fixture } from '../../helpers/files';

describe('register definitions', () => {
  it('keep the fixed interface: builtin type ids, tables, personal columns', () => {
    expect(BUILTIN_OFFER_TYPE_IDS).toEqual([
      'ambulanter_pflegedienst', 'tagespflege', 'nachtpflege', 'kurzzeitpflege_solitaer', 'kurzzeitpflege_eingestreut', 'vollstationaer', 'ambulant_betreute_wg',
      'betreutes_wohnen', 'hospiz', 'sapv', 'pflegestuetzpunkt', 'seniorenberatung', 'begegnungsstaette', 'unterstuetzung_alltag', 'selbsthilfegruppe', 'fahrdienst',
    ]);
    expect([...STOCK_TABLES]).toEqual(REGISTERS.map((r) => r.table));
    expect(PERSONAL_DATA_COLUMNS.contact_person).toEqual(['name', 'phone', 'email']);
    expect(PERSONAL_DATA_COLUMNS.kuemmerer).toEqual(['name', 'phone', 'email']);
    for (const id of FIELD_IDS) expect(REGISTERS.some((r) => r.fieldIds.includes(id)), id).toBe(true);
  });
});

describe('validation', () => {
  it('reads German numbers and dates', () => {
    expect(parseGermanNumber('1.234,5')).toBe(1234.5);
    expect(parseGermanNumber('0,8')).toBe(0.8);
    // A lone point is a thousands separator in German; "12.5" is refused, not guessed (issue #14).
    expect(parseGermanNumber('1.050')).toBe(1050);
    expect(parseGermanNumber('12.5')).toBeNaN();
    expect(parseGermanNumber('100 %', 'share')).toBe(1);
    expect(parseGermanNumber('')).toBeNull();
    expect(parseGermanNumber('zwölf')).toBeNaN();
    expect(parseDate('1.3.2024')).toBe('2024-03-01');
    expect(parseDate('2024-02-30')).toBeUndefined();
    expect(normaliseFieldId('5')).toBe('hf05');
    expect(normaliseFieldId('hf11')).toBeNull();
  });

  it('names the field in every message', () => {
    const { errors } = validateRecord(registerDef('personalstellen'), { title: '', vze: '-1', share_senioren_pflege: '1,5', permanent: true, end_date: '2027-01-01' });
    expect(errors).toEqual({
      title: '„Bezeichnung“ ist ein Pflichtfeld.',
      category: '„Tätigkeitsbereich“ ist ein Pflichtfeld.',
      vze: '„Umfang (VZÄ)“ muss mindestens 0 sein.',
      share_senioren_pflege: '„Anteil Senioren/Pflege“ darf höchstens 100 % sein (z. B. „50 %“ oder „0,5“).',
      end_date: '„Befristet bis“: Eine unbefristete Stelle hat kein Enddatum.',
    });
  });
});

describe('sums over Gemeinden', () => {
  it('distribute always adds up to the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }), (total, weights) => {
        const parts = distribute(total, weights);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
      }),
    );
  });

  it('per-Gemeinde counts and capacities add up to the totals of offers with a Gemeinde, per type to all', () => {
    const group = fc.record({ typeId: fc.constantFrom('tagespflege', 'vollstationaer'), gemeindeId: fc.option(fc.constantFrom('a', 'b', 'c')), count: fc.integer({ min: 1, max: 50 }), capacity: fc.integer({ min: 0, max: 2000 }) });
    fc.assert(
      fc.property(fc.array(group, { maxLength: 200 }), (groups) => {
        const stats = [...statsByGemeinde(groups, null).values()];
        const located = groups.filter((o) => o.gemeindeId);
        expect(stats.reduce((s, x) => s + x.count, 0)).toBe(located.reduce((s, o) => s + o.count, 0));
        expect(stats.reduce((s, x) => s + x.capacity, 0)).toBe(located.reduce((s, o) => s + o.capacity, 0));
        const byType = [...statsByType(groups).values()];
        expect(byType.reduce((s, x) => s + x.count, 0)).toBe(groups.reduce((s, o) => s + o.count, 0));
        const tagespflege = [...statsByGemeinde(groups, 'tagespflege').values()].reduce((s, x) => s + x.count, 0);
        expect(tagespflege).toBe(located.filter((o) => o.typeId === 'tagespflege').reduce((s, o) => s + o.count, 0));
        const breaks = classBreaks(stats.map((s) => s.capacity));
        for (const s of stats) expect(classOf(s.capacity, breaks)).toBeLessThanOrEqual(breaks.length);
      }),
    );
  });

  it('reads the Kreis row of the Pflegestatistik', () => {
    const text = fs.readFileSync(fixture('regionalstatistik/LK03354_22411-01-01-4_2003-2015.csv'), 'utf8');
    expect(facilityTotals(text, '03354', 2015)).toEqual({ year: 2015, pflegedienste: 11, personalPflegedienste: 248, pflegeheime: 18, plaetze: 966, plaetzeDauerpflege: 882, personalPflegeheime: 729 });
    expect(facilityTotals(text, '03354', 2016)).toBeNull();
  });
});

describe('inhabitants 65+', () => {
  it('sums the bands from 65 and refuses bands that straddle 65', () => {
    expect(population65({ '60-65': 110, '65-75': 287, '75+': 273 })).toBe(560);
    expect(population65({ '60-70': 100, '70+': 50 })).toBeNull();
    expect(population65({ '0-18': 10 })).toBeNull();
    expect(per1000(3, 560)).toBeCloseTo(5.357, 3);
    expect(per1000(3, null)).toBeNull();
  });
});

describe('class breaks of counts', () => {
  it('uses whole-number classes for counts (issue #14: no "1 – 0,5")', () => {
    expect(classBreaks([0, 1, 2], 4, true)).toEqual([1, 2]);
    expect(classBreaks([0, 3, 7], 4, true)).toEqual([2, 4, 6, 8]);
    expect(classBreaks([0, 1, 2], 4)).toEqual([0.5, 1, 1.5, 2]);
  });
});
