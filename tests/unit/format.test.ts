import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, parseGermanDecimal } from '../../shared/format';

describe('formatNumber', () => {
  it('uses German separators', () => {
    expect(formatNumber(12345.6)).toBe('12.345,6');
    expect(formatNumber(52.9701, 4)).toBe('52,9701');
    expect(formatNumber(3, 1)).toBe('3,0');
    expect(formatNumber(null)).toBe('');
  });
});

describe('formatDate', () => {
  it('turns ISO dates into dd.mm.yyyy', () => {
    expect(formatDate('2025-03-07')).toBe('07.03.2025');
    expect(formatDate('')).toBe('');
    expect(formatDate('kein Datum')).toBe('kein Datum');
  });
});

describe('parseGermanDecimal', () => {
  it('reads German and point decimals', () => {
    expect(parseGermanDecimal('10,5')).toBe(10.5);
    expect(parseGermanDecimal(' 1.234,5 ')).toBe(1234.5);
    expect(parseGermanDecimal('52.97')).toBe(52.97);
    expect(parseGermanDecimal('-3')).toBe(-3);
    expect(parseGermanDecimal('\u22123,25')).toBe(-3.25);
    expect(parseGermanDecimal(',5')).toBe(0.5);
  });
  it('returns null for empty or unreadable input', () => {
    expect(parseGermanDecimal('')).toBeNull();
    expect(parseGermanDecimal('abc')).toBeNull();
    expect(parseGermanDecimal('1,2,3')).toBeNull();
    expect(parseGermanDecimal('12.34,5')).toBeNull();
  });
});
