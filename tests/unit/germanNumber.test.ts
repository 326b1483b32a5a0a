import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeReading, readGermanNumber, toGermanInput } from '../../shared/germanNumber';

const value = (text: string, options?: Parameters<typeof readGermanNumber>[1]) => {
  const r = readGermanNumber(text, options);
  return r.ok ? r.value : `refused: ${r.message}`;
};

describe('readGermanNumber', () => {
  it('reads points as thousands separators and the comma as decimal mark (issue #14)', () => {
    expect(value('4.317')).toBe(4317);
    expect(value('1.050')).toBe(1050);
    expect(value('1.050,5')).toBe(1050.5);
    expect(value('1.234.567,25')).toBe(1234567.25);
    expect(value('10,5')).toBe(10.5);
    expect(value(',5')).toBe(0.5);
    expect(value('−3,25')).toBe(-3.25);
    expect(value(' 12 ')).toBe(12);
    expect(value('')).toBeNull();
  });
  it('reads money and shares', () => {
    expect(value('250.000 €', { kind: 'euro' })).toBe(250000);
    expect(value('250.000,50 EUR', { kind: 'euro' })).toBe(250000.5);
    expect(value('100 %', { kind: 'share' })).toBe(1);
    expect(value('12,5%', { kind: 'share' })).toBe(0.125);
    expect(value('0,5', { kind: 'share' })).toBe(0.5);
  });
  it('refuses what it cannot read unambiguously, with a German message', () => {
    expect(value('12.5')).toMatch(/nicht eindeutig.*12,5/);
    expect(value('1.05')).toMatch(/nicht eindeutig/);
    expect(value('1,050.5')).toMatch(/englischer Schreibweise/);
    expect(value('12.34,5')).toMatch(/keine Zahl/);
    expect(value('1,2,3')).toMatch(/keine Zahl/);
    expect(value('abc')).toMatch(/keine Zahl/);
    expect(value('-')).toMatch(/keine Zahl/);
    expect(value('250 €')).toMatch(/keine Zahl/);
  });
  it('takes a lone point as decimal mark only where asked (coordinates)', () => {
    expect(value('52.97', { decimalPoint: true })).toBe(52.97);
    expect(value('52.970', { decimalPoint: true })).toBe(52.97);
    expect(value('52,97', { decimalPoint: true })).toBe(52.97);
  });
  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const rounded = Math.round(n * 1000) / 1000;
        expect(value(toGermanInput(rounded))).toBeCloseTo(rounded, 6);
      }),
    );
    expect(value(toGermanInput(0.25, 'share'), { kind: 'share' })).toBe(0.25);
  });
  it('describes what it understood', () => {
    expect(describeReading(4317)).toBe('4.317');
    expect(describeReading(1, 'share')).toBe('100 %');
    expect(describeReading(250000, 'euro')).toBe('250.000 €');
  });
});
