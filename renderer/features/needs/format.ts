/** Number formatting and CSV export of the needs tables (German conventions). */
import { germanCsvNumber, toCsv as sharedToCsv } from '../../../shared/export/csv';
import { formatNumber } from '../../../shared/format';

export const fmt = (n: number | null | undefined, digits = 0): string => (n === null || n === undefined ? '–' : formatNumber(n, digits));
export const fmtPercent = (share: number, digits = 1): string => `${formatNumber(share * 100, digits)} %`;

/** The needs tables as CSV (shared/export/csv.ts), numbers rounded to two decimals. */
export function toCsv(header: string[], rows: Array<Array<string | number | null>>): string {
  return sharedToCsv(header, rows, (n) => germanCsvNumber(Math.round(n * 100) / 100));
}
