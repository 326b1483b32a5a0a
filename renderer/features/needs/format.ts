/** Number formatting and CSV export of the needs tables (German conventions). */
import { germanCsvNumber, toCsv as sharedToCsv } from '../../../shared/export/csv';
import { formatNumber } from '../../../shared/format';

export const fmt = (n: number | null | undefined, digits = 0): string => (n === null || n === undefined ? '–' : formatNumber(n, digits));
export const fmtPercent = (share: number, digits = 1): string => `${formatNumber(share * 100, digits)} %`;

/**
 * Width (px) of a category axis whose tick labels are Gemeinde names. Recharts wraps a label at
 * spaces but clips a word longer than the axis on the left („terswald-Löffelscheid“), so the
 * axis is as wide as the longest word (about 7.5 px a character at the chart's 12 px font).
 */
export function categoryAxisWidth(labels: readonly string[], min = 120, max = 280): number {
  const longestWord = Math.max(0, ...labels.flatMap((l) => l.split(/\s+/)).map((w) => w.length));
  return Math.min(max, Math.max(min, Math.ceil(longestWord * 7.5) + 16));
}

/** The needs tables as CSV (shared/export/csv.ts), numbers rounded to two decimals. */
export function toCsv(header: string[], rows: Array<Array<string | number | null>>): string {
  return sharedToCsv(header, rows, (n) => germanCsvNumber(Math.round(n * 100) / 100));
}
