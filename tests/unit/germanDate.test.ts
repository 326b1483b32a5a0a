import { describe, expect, it } from 'vitest';
import { readGermanDate } from '../../shared/germanDate';

const iso = (text: string) => {
  const r = readGermanDate(text);
  return r.ok ? r.iso : `refused: ${r.message}`;
};

describe('readGermanDate', () => {
  it('reads German and ISO dates', () => {
    expect(iso('07.03.2025')).toBe('2025-03-07');
    expect(iso('7.3.2025')).toBe('2025-03-07');
    expect(iso(' 2025-03-07 ')).toBe('2025-03-07');
    expect(iso('')).toBeNull();
  });
  it('refuses what is not a date, with a German message', () => {
    expect(iso('03/07/2025')).toMatch(/TT\.MM\.JJJJ/);
    expect(iso('07.03.25')).toMatch(/TT\.MM\.JJJJ/);
    expect(iso('31.02.2025')).toMatch(/gibt es nicht/);
  });
});
