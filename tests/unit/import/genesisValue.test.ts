import { describe, expect, it } from 'vitest';
import { GENESIS_SYMBOLS, genesisValueProblem, parseGenesisValue } from '../../../shared/import/genesisTable';

describe('parseGenesisValue', () => {
  it('reads plain numbers', () => {
    expect(parseGenesisValue('50128')).toEqual({ value: 50128, symbol: null });
    expect(parseGenesisValue(' 1397 ')).toEqual({ value: 1397, symbol: null });
    expect(parseGenesisValue('4,92')).toEqual({ value: 4.92, symbol: null });
    expect(parseGenesisValue('24.7')).toEqual({ value: 24.7, symbol: null });
    expect(parseGenesisValue('-12')).toEqual({ value: -12, symbol: null });
  });

  it('reads "-" as exactly zero, not as a minus sign', () => {
    expect(parseGenesisValue('-')).toEqual({ value: 0, symbol: '-' });
    expect(parseGenesisValue('–')).toEqual({ value: 0, symbol: '-' });
  });

  it('gives no value for unknown, secret, locked, uncertain or later values', () => {
    expect(parseGenesisValue('.')).toEqual({ value: null, symbol: '.' });
    expect(parseGenesisValue('x')).toEqual({ value: null, symbol: 'x' });
    expect(parseGenesisValue('/')).toEqual({ value: null, symbol: '/' });
    expect(parseGenesisValue('...')).toEqual({ value: null, symbol: '...' });
  });

  it('marks a printed 0 as the rounding symbol', () => {
    expect(parseGenesisValue('0')).toEqual({ value: 0, symbol: '0' });
  });

  it('reads trailing flags p, r, s', () => {
    expect(parseGenesisValue('123p')).toEqual({ value: 123, symbol: 'p' });
    expect(parseGenesisValue('123 r')).toEqual({ value: 123, symbol: 'r' });
    expect(parseGenesisValue('4,5s')).toEqual({ value: 4.5, symbol: 's' });
  });

  it('gives neither value nor symbol for empty cells and text', () => {
    expect(parseGenesisValue('')).toEqual({ value: null, symbol: null });
    expect(parseGenesisValue('Insgesamt')).toEqual({ value: null, symbol: null });
    expect(parseGenesisValue('1.234.567')).toEqual({ value: null, symbol: null });
  });

  it('has a German label for every symbol it can return', () => {
    for (const cell of ['-', '.', 'x', '/', '...', '0', '1p', '1r', '1s']) {
      const { symbol } = parseGenesisValue(cell);
      expect(symbol).not.toBeNull();
      expect(GENESIS_SYMBOLS[symbol!]).toMatch(/\w/);
    }
    expect(GENESIS_SYMBOLS['-']).toBe('nichts vorhanden (genau null)');
  });
});

describe('genesisValueProblem', () => {
  it('accepts numbers and symbols', () => {
    for (const cell of ['12', '-', '.', 'x', '/', '...', '0', '3p']) expect(genesisValueProblem(cell)).toBeNull();
  });
  it('explains other cells in German', () => {
    expect(genesisValueProblem('')).toMatch(/fehlt/);
    expect(genesisValueProblem('k. A.')).toMatch(/weder eine Zahl noch ein Zeichen/);
  });
});
