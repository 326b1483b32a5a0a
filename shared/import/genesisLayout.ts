/**
 * Which column of a parsed GENESIS table holds what. Wide tables (12411-02-03-5) are
 * `code;name;values…`, long tables (12411-03-03-4, 22411-*) `date;code;name;[dimension];values…`;
 * the column-header lines are empty above the label columns, which tells the two parts apart.
 */
import type { GenesisTable } from './genesisTable';
import { isGermanDate } from './germanDate';
import { parseGenesisValue } from './genesisValue';

export interface GenesisLayout {
  /** Columns before this index are labels (date, region code, name, dimension values). */
  firstValueColumn: number;
  /** Index of the column after the last value column. */
  columnCount: number;
  codeColumn: number | null;
  nameColumn: number | null;
  dateColumn: number | null;
  /** Label columns that are neither date, code nor name, e.g. the age group in long tables. */
  dimensionColumns: number[];
}

const REGION_CODE = /^(DG|\d{2,12})$/;

/**
 * The largest of `widths`, or 0. Not Math.max(...widths): spreading puts every element on the
 * call stack, and a national table (> ~125,000 rows) overflows it.
 */
function widest(widths: readonly number[]): number {
  let max = 0;
  for (const w of widths) if (w > max) max = w;
  return max;
}

export function describeGenesisLayout(table: GenesisTable): GenesisLayout {
  const columnCount = Math.max(widest(table.headerRows.map((r) => r.length)), widest(table.dataRows.map((r) => r.cells.length)));
  const firstValueColumn = table.headerRows.length > 0 ? firstHeaderColumn(table.headerRows) : firstNumericColumn(table);
  const labelColumns = Array.from({ length: firstValueColumn }, (_, i) => i);
  const share = (col: number, test: (cell: string) => boolean): number => {
    if (table.dataRows.length === 0) return 0;
    return table.dataRows.filter((r) => test(r.cells[col] ?? '')).length / table.dataRows.length;
  };
  // Majority votes, because odd rows (e.g. totals without a code) must not break the layout.
  const dateColumn = labelColumns.find((c) => share(c, isGermanDate) > 0.5) ?? null;
  const codeColumn = labelColumns.find((c) => c !== dateColumn && share(c, (cell) => REGION_CODE.test(cell)) > 0.5) ?? null;
  const nameColumn = codeColumn !== null && codeColumn + 1 < firstValueColumn ? codeColumn + 1 : null;
  const dimensionColumns = labelColumns.filter((c) => c !== dateColumn && c !== codeColumn && c !== nameColumn);
  return { firstValueColumn, columnCount, codeColumn, nameColumn, dateColumn, dimensionColumns };
}

/** Header texts of one value column, top to bottom (e.g. ['Insgesamt', 'Altersgruppen …', 'unter 3 Jahre']). */
export const columnHeader = (table: GenesisTable, column: number): string[] => table.headerRows.map((r) => r[column] ?? '');

/**
 * The column of the overall total: the first value column whose header says "Insgesamt" in
 * every header line that distinguishes columns. Lines that are the same over all value columns
 * ("Altersgruppen (…)", "Anzahl") carry no distinction and are ignored. Null when there is none.
 */
export function findTotalColumn(table: GenesisTable, layout: GenesisLayout): number | null {
  const valueColumns = Array.from({ length: layout.columnCount - layout.firstValueColumn }, (_, i) => layout.firstValueColumn + i);
  if (valueColumns.length === 0) return null;
  if (table.headerRows.length === 0) return valueColumns.length === 1 ? valueColumns[0]! : null;
  const distinguishing = table.headerRows.filter((row) => new Set(valueColumns.map((c) => row[c] ?? '')).size > 1);
  if (distinguishing.length === 0) return valueColumns.length === 1 ? valueColumns[0]! : null;
  return valueColumns.find((c) => distinguishing.every((row) => isTotalLabel(row[c] ?? ''))) ?? null;
}

export const isTotalLabel = (label: string): boolean => label.trim().toLowerCase() === 'insgesamt';

function firstHeaderColumn(headerRows: string[][]): number {
  let first = Infinity;
  for (const row of headerRows) {
    const idx = row.findIndex((c) => c !== '');
    if (idx !== -1) first = Math.min(first, idx);
  }
  return Number.isFinite(first) ? first : 0;
}

/**
 * Without header lines: values start after the first text column (the region name), because
 * region codes and counts are both plain digits and cannot be told apart by themselves.
 */
function firstNumericColumn(table: GenesisTable): number {
  const rows = table.dataRows;
  const width = widest(rows.map((r) => r.cells.length));
  const isText = (cell: string): boolean => {
    if (cell === '' || isGermanDate(cell) || REGION_CODE.test(cell)) return false;
    const v = parseGenesisValue(cell);
    return v.value === null && v.symbol === null;
  };
  const textColumn = (c: number): boolean => rows.length > 0 && rows.filter((r) => isText(r.cells[c] ?? '')).length / rows.length > 0.5;
  let c = 0;
  while (c < width && !textColumn(c)) c++;
  // Long tables follow the name with dimension labels (e.g. the age group): skip those too.
  while (c < width && textColumn(c)) c++;
  return c;
}
