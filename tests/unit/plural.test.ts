import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from '../../shared/plural';

describe('plural', () => {
  it('follows German plural rules and groups digits', () => {
    expect(plural(1, 'Eintrag', 'Einträge')).toBe('1 Eintrag');
    expect(plural(0, 'Gebiet', 'Gebiete')).toBe('0 Gebiete');
    expect(plural(2, 'Seite', 'Seiten')).toBe('2 Seiten');
    expect(plural(1234, 'Zeile', 'Zeilen')).toBe('1.234 Zeilen');
    expect(pluralWord(1, 'Maßnahme', 'Maßnahmen')).toBe('Maßnahme');
  });
});
