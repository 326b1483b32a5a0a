/**
 * Reads the GENESIS tables of the demographic components into one shape: counts per region,
 * age band and sex. Long tables (`[date;]code;name;Altersgruppe;values…`) carry the band in a
 * cell; wide tables (`code;name;values…`) carry sex and band in the column headers. Which value
 * column is which is read from the header lines, never assumed from its position, so a re-sorted
 * or shortened export still reads right.
 */
import { type GenesisTable, parseGenesisValue } from '../import/genesisTable';
import { isGermanDate } from '../import/germanDate';
import { parseAgeLabel } from '../needs/ageBands';
import type { Band } from './ages';

/** Count of one band for men and women; null = unknown or secret (".", "x", "/"). */
export interface BandCount {
  band: Band;
  m: number | null;
  w: number | null;
}

export interface RegionCounts {
  /** Region code as in the file: "DG", 2-digit Land, 5-digit Kreis, 8-/11-digit Gemeinde … */
  code: string;
  name: string;
  /** Bands in file order; the "Insgesamt" row/columns are left out. */
  bands: BandCount[];
}

/** Migration tables have an in and an out block; the others one block of counts. */
export type Block = 'zuzuege' | 'fortzuege' | null;

const REGION_CODE = /^(DG|\d{2,12})$/;

/** Age label of a GENESIS table ("unter 1 Jahr", "85 Jahre und mehr"); null for "Insgesamt". */
export const parseAgeBand = (label: string): Band | null => parseAgeLabel(label.replace(/\s+/g, ' '));

/** The header cells above each column, joined (e.g. "Zuzüge über die Kreisgrenzen | männlich"). */
function columnDescriptors(table: GenesisTable): string[] {
  const width = Math.max(0, ...table.headerRows.map((r) => r.length));
  const out: string[] = [];
  for (let c = 0; c < width; c++) out.push(table.headerRows.map((r) => r[c] ?? '').filter((x) => x !== '').join(' | '));
  return out;
}

const sexOf = (descriptor: string): 'm' | 'w' | 'i' | null => {
  if (/weiblich/i.test(descriptor)) return 'w';
  if (/männlich|maennlich/i.test(descriptor)) return 'm';
  if (/insgesamt/i.test(descriptor)) return 'i';
  return null;
};

const blockOf = (descriptor: string): Block => (/fortz/i.test(descriptor) ? 'fortzuege' : /zuz/i.test(descriptor) ? 'zuzuege' : null);

/** Nationality sub-blocks (Deutsche, Ausländer) are never the total. */
const isNationalitySubset = (descriptor: string): boolean => /deutsche|ausländer|auslaender/i.test(descriptor);

/** Where code, name and age label sit in a data row: after an optional date or year cell. */
function rowOffset(cells: string[]): number {
  const first = cells[0] ?? '';
  if ((isGermanDate(first) || /^\d{4}$/.test(first)) && REGION_CODE.test(cells[1] ?? '')) return 1;
  return 0;
}

const valueOf = (cell: string | undefined): number | null => (cell === undefined || cell === '' ? null : parseGenesisValue(cell).value);

/**
 * Long table: one row per region and band, the sex in the value columns.
 * @param block for migration tables, which block to read.
 */
export function readLongCounts(table: GenesisTable, block: Block = null): Map<string, RegionCounts> {
  const desc = columnDescriptors(table);
  const pick = (sex: 'm' | 'w'): number => desc.findIndex((d) => sexOf(d) === sex && !isNationalitySubset(d) && (block === null || blockOf(d) === block));
  const mCol = pick('m');
  const wCol = pick('w');
  const out = new Map<string, RegionCounts>();
  if (mCol < 0 || wCol < 0) return out;
  for (const row of table.dataRows) {
    const off = rowOffset(row.cells);
    const code = row.cells[off] ?? '';
    if (!REGION_CODE.test(code)) continue;
    const band = parseAgeBand(row.cells[off + 2] ?? '');
    if (!band) continue;
    let r = out.get(code);
    if (!r) out.set(code, (r = { code, name: (row.cells[off + 1] ?? '').trim(), bands: [] }));
    // Header columns count from the row start; rows with a date cell line up with them too.
    r.bands.push({ band, m: valueOf(row.cells[mCol]), w: valueOf(row.cells[wCol]) });
  }
  return out;
}

/** Wide table: one row per region, sex and band in the column headers. */
export function readWideCounts(table: GenesisTable, block: Block = null): Map<string, RegionCounts> {
  const desc = columnDescriptors(table);
  const cols: Array<{ band: Band; m: number; w: number }> = [];
  // The header line with the age labels (GENESIS puts a unit line "Anzahl" below it in some tables).
  const lastHeader = table.headerRows.find((r) => r.some((c) => parseAgeBand(c) !== null)) ?? [];
  for (let c = 0; c < desc.length; c++) {
    const d = desc[c]!;
    if (sexOf(d) !== 'm' || isNationalitySubset(d) || (block !== null && blockOf(d) !== block)) continue;
    const band = parseAgeBand(lastHeader[c] ?? '');
    if (!band) continue;
    // The women's column of the same band and block.
    const w = desc.findIndex((x, i) => sexOf(x) === 'w' && !isNationalitySubset(x) && blockOf(x) === blockOf(d) && sameBand(parseAgeBand(lastHeader[i] ?? ''), band));
    if (w >= 0) cols.push({ band, m: c, w });
  }
  const out = new Map<string, RegionCounts>();
  if (cols.length === 0) return out;
  for (const row of table.dataRows) {
    const code = row.cells[0] ?? '';
    if (!REGION_CODE.test(code)) continue;
    out.set(code, { code, name: (row.cells[1] ?? '').trim(), bands: cols.map((c) => ({ band: c.band, m: valueOf(row.cells[c.m]), w: valueOf(row.cells[c.w]) })) });
  }
  return out;
}

const sameBand = (a: Band | null, b: Band): boolean => a !== null && a.from === b.from && a.to === b.to;

/** True when every count of a region is known (no ".", "x", "/"). */
export const isComplete = (r: RegionCounts): boolean => r.bands.every((b) => b.m !== null && b.w !== null);

/** Sum of a region's counts (unknown counted as 0). */
export const regionTotal = (r: RegionCounts): number => r.bands.reduce((s, b) => s + (b.m ?? 0) + (b.w ?? 0), 0);
