/**
 * Cell values of GENESIS / Regionalstatistik tables. Besides numbers, the statistical offices
 * use official symbols ("Zeichenerklärung"); they must not be read as numbers, and "-" must
 * not be read as a minus sign: it means the count is exactly zero.
 */

export type GenesisSymbol = '-' | '.' | 'x' | '/' | '...' | '0' | 'p' | 'r' | 's';

/** German labels as in the Zeichenerklärung of the statistical offices. */
export const GENESIS_SYMBOLS: Record<GenesisSymbol, string> = {
  '-': 'nichts vorhanden (genau null)',
  '.': 'Zahlenwert unbekannt oder geheim zu halten',
  x: 'Tabellenfach gesperrt, weil Aussage nicht sinnvoll',
  '/': 'keine Angaben, da Zahlenwert nicht sicher genug',
  '...': 'Angabe fällt später an',
  '0': 'weniger als die Hälfte von 1 in der letzten besetzten Stelle, jedoch mehr als nichts',
  p: 'vorläufige Zahl',
  r: 'berichtigte Zahl',
  s: 'geschätzte Zahl',
};

export interface GenesisValue {
  value: number | null;
  symbol: GenesisSymbol | null;
}

/** Symbols that stand alone in a cell instead of a number. */
const STANDALONE: Record<string, { value: number | null; symbol: GenesisSymbol }> = {
  '-': { value: 0, symbol: '-' },
  // Some exports (and spreadsheets re-saving them) turn the hyphen into a dash.
  '–': { value: 0, symbol: '-' },
  '.': { value: null, symbol: '.' },
  x: { value: null, symbol: 'x' },
  X: { value: null, symbol: 'x' },
  '/': { value: null, symbol: '/' },
  '...': { value: null, symbol: '...' },
  '…': { value: null, symbol: '...' },
};

// GENESIS CSV has no thousands separators; the decimal separator is a comma (German) or a
// point (English export), so exactly one of them may appear.
const NUMBER_WITH_FLAG = /^(-?\d+(?:[.,]\d+)?)\s*([prs])?$/;

/**
 * Reads one cell. Empty cells and text that is neither a number nor an official symbol give
 * `{ value: null, symbol: null }`; use `genesisValueProblem` to tell these apart from symbols.
 */
export function parseGenesisValue(cell: string): GenesisValue {
  const plain = plainCount(cell);
  // A printed 0 is the rounding symbol: a real zero would have been written as "-".
  if (plain !== null) return { value: plain, symbol: plain === 0 ? '0' : null };
  const text = cell.trim();
  const standalone = STANDALONE[text];
  if (standalone) return { ...standalone };
  const m = NUMBER_WITH_FLAG.exec(text);
  if (!m) return { value: null, symbol: null };
  const value = Number((m[1] ?? '').replace(',', '.'));
  const flag = (m[2] ?? null) as GenesisSymbol | null;
  // A printed 0 is the rounding symbol: a real zero would have been written as "-".
  if (value === 0 && flag === null) return { value: 0, symbol: '0' };
  return { value, symbol: flag };
}

/** The common cell, digits only (a count), read without a regular expression; null for anything else. */
function plainCount(cell: string): number | null {
  const n = cell.length;
  if (n === 0 || n > 15) return null;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = cell.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    value = value * 10 + d;
  }
  return value;
}

/** German message when a cell is neither a number nor an official symbol; null when fine. */
export function genesisValueProblem(cell: string): string | null {
  const text = cell.trim();
  if (text === '') return 'Der Wert fehlt (leeres Feld).';
  const parsed = parseGenesisValue(text);
  if (parsed.value === null && parsed.symbol === null) {
    return `„${text}“ ist weder eine Zahl noch ein Zeichen der amtlichen Statistik (-, ., x, /, ...).`;
  }
  return null;
}
