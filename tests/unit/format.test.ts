import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../shared/format';

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
