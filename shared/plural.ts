/**
 * The one way the app writes "1 Eintrag" / "2 Einträge": German plural rules
 * (Intl.PluralRules('de')) and German digit grouping, so no text says "1 Einträge" again.
 */
import { formatNumber } from './format';

const rules = new Intl.PluralRules('de');

/** The word alone: `pluralWord(1, 'Gebiet', 'Gebiete')` → "Gebiet". */
export function pluralWord(n: number, one: string, other: string): string {
  return rules.select(n) === 'one' ? one : other;
}

/** Number and word: `plural(1234, 'Eintrag', 'Einträge')` → "1.234 Einträge". */
export function plural(n: number, one: string, other: string): string {
  return `${formatNumber(n)} ${pluralWord(n, one, other)}`;
}
