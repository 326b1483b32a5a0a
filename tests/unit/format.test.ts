import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatEncoding, formatNumber, formatNumberUpTo } from '../../shared/format';

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

describe('formatNumberUpTo', () => {
  it('writes at most that many decimals, without trailing zeros', () => {
    expect(formatNumberUpTo(2.5, 2)).toBe('2,5');
    expect(formatNumberUpTo(1 / 3, 2)).toBe('0,33');
    expect(formatNumberUpTo(1234567.891, 1)).toBe('1.234.567,9');
    expect(formatNumberUpTo(3, 2)).toBe('3');
    expect(formatNumberUpTo(Number.NaN, 2)).toBe('');
  });
});

describe('formatDateTime', () => {
  it('writes day, month, year and time of day in local time', () => {
    expect(formatDateTime(new Date(2025, 2, 7, 14, 5))).toBe('07.03.2025, 14:05');
    expect(formatDateTime('kein Datum')).toBe('');
  });
});

describe('formatEncoding', () => {
  it('names the encodings of imported files as planners know them', () => {
    expect(formatEncoding('utf-8')).toBe('UTF-8');
    expect(formatEncoding('windows-1252')).toBe('Windows-1252 (ANSI)');
    expect(formatEncoding('xlsx')).toBe('Excel-Arbeitsmappe');
    expect(formatEncoding('utf-16le')).toBe('UTF-16LE');
    expect(formatEncoding(null)).toBe('');
  });
});
