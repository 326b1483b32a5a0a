/** Number formatting and CSV export of the needs tables (German conventions). */
import { germanCsvNumber, toCsv as sharedToCsv } from '../../../shared/export/csv';
import { formatNumber } from '../../../shared/format';

export const fmt = (n: number | null | undefined, digits = 0): string => (n === null || n === undefined ? '–' : formatNumber(n, digits));
export const fmtPercent = (share: number, digits = 1): string => `${formatNumber(share * 100, digits)} %`;

/**
 * Width (px) of a tick label on one line, with room to spare: about 7.5 px a character at the
 * chart's 12 px font, but capitals and parentheses run wider („Sundern (Sauerland)“ wrapped at
 * 7.5), so 8 px, plus the tick and a margin.
 */
const labelWidth = (text: string) => Math.ceil(text.length * 8) + 24;

/**
 * Width (px) of a category axis whose tick labels are Gemeinde names. Recharts wraps a label at
 * spaces but clips a word longer than the axis on the left („terswald-Löffelscheid“). So the
 * axis fits every whole name on one line when that stays within `max`; beyond that, the longest
 * word, and the names wrap (then use categoryRowHeight for room for two lines).
 */
export function categoryAxisWidth(labels: readonly string[], min = 120, max = 280): number {
  const longestLabel = Math.max(0, ...labels.map(labelWidth));
  const longestWord = Math.max(0, ...labels.flatMap((l) => l.split(/\s+/)).map(labelWidth));
  return Math.min(max, Math.max(min, longestLabel <= max ? longestLabel : longestWord));
}

/**
 * Height (px) of one bar of such an axis: a wrapped name („Eslohe (Sauerland)“ on two lines) in
 * a 24 px row runs into its neighbours' names, so any wrapping name gives every row two lines.
 */
export function categoryRowHeight(labels: readonly string[], axisWidth: number): number {
  return labels.some((l) => labelWidth(l) > axisWidth) ? 40 : 24;
}

/** The needs tables as CSV (shared/export/csv.ts), numbers rounded to two decimals. */
export function toCsv(header: string[], rows: Array<Array<string | number | null>>): string {
  return sharedToCsv(header, rows, (n) => germanCsvNumber(Math.round(n * 100) / 100));
}
