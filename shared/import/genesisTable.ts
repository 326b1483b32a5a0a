/**
 * Parser for the classic GENESIS / Regionalstatistik "table" CSV (see
 * tests/fixtures/regionalstatistik/SOURCES.md for the layout). It only splits the file into
 * its parts; what the columns mean is decided by the callers (genesisLayout, importers), so the
 * same parser serves Gemeinde lists, population tables and care statistics.
 */
import { splitCsvRecords } from './csvRecords';
import { isGermanDate } from './germanDate';

export { parseGenesisValue, genesisValueProblem, GENESIS_SYMBOLS } from './genesisValue';
export type { GenesisSymbol, GenesisValue } from './genesisValue';

export interface GenesisDataRow {
  /** 1-based line in the file. */
  line: number;
  /** Trimmed cells; trailing empty cells are dropped, so a missing index means an empty cell. */
  cells: string[];
  /** Hierarchy level from the name's indentation (two spaces per level; 0 = not indented). */
  level: number;
  /**
   * Reference date (dd.mm.yyyy) of the row: its first cell in long tables, otherwise the
   * nearest preceding date line of wide tables; null when the file states none.
   */
  date: string | null;
}

export interface GenesisTable {
  tableCode: string | null;
  titleLines: string[];
  /** Reference dates as written (dd.mm.yyyy), in order of first appearance. */
  referenceDates: string[];
  /** Column-header lines (those starting with ';' before the first data row), trimmed cells. */
  headerRows: string[][];
  dataRows: GenesisDataRow[];
  /** One entry per footer record; a quoted multi-line note is one entry with '\n' inside. */
  footerLines: string[];
  /** The "© Statistische Ämter …" text as one line, or null. */
  licence: string | null;
  /** Export date from "Stand: dd.mm.yyyy …", as written (dd.mm.yyyy). */
  standDate: string | null;
}

const FOOTER_SEPARATOR = /^_{3,}$/;
const REGION_CODE = /^(DG|\d{2,12})$/;
const TABLE_CODE = /\b\d{5}-\d{2}-\d{2}-\d(?:-[A-Za-z])?\b/;

export function parseGenesisTable(text: string): GenesisTable {
  const table: GenesisTable = {
    tableCode: null,
    titleLines: [],
    referenceDates: [],
    headerRows: [],
    dataRows: [],
    footerLines: [],
    licence: null,
    standDate: null,
  };
  const addDate = (date: string): void => {
    if (!table.referenceDates.includes(date)) table.referenceDates.push(date);
  };
  let phase: 'head' | 'data' | 'footer' = 'head';
  let currentDate: string | null = null;

  for (const record of splitCsvRecords(text.replace(/^\uFEFF/, ''))) {
    const cells = trimTrailingEmpty(record.fields.map((f) => f.trim()));
    if (cells.length === 0) continue;

    if (phase === 'footer') {
      readFooterRecord(table, cells);
      continue;
    }
    if (cells.length === 1 && FOOTER_SEPARATOR.test(cells[0]!)) {
      phase = 'footer';
      continue;
    }
    if (isDateLine(cells)) {
      // Wide tables state the reference date on a line of its own (once, or before each block).
      currentDate = cells[0]!;
      addDate(currentDate);
      continue;
    }
    if (phase === 'head') {
      const first = cells[0]!;
      if (first.startsWith('GENESIS-Tabelle:')) {
        table.tableCode = first.slice('GENESIS-Tabelle:'.length).trim() || null;
        continue;
      }
      if (first === '') {
        table.headerRows.push(cells);
        continue;
      }
      if (table.headerRows.length === 0 && !looksLikeDataRow(cells)) {
        table.titleLines.push(cells.filter((c) => c !== '').join(' '));
        continue;
      }
      phase = 'data';
    }
    const date: string | null = isGermanDate(cells[0]!) ? cells[0]! : currentDate;
    if (date !== null && date !== currentDate) addDate(date);
    table.dataRows.push({ line: record.line, cells, level: indentLevel(record.fields), date });
  }

  if (table.tableCode === null) {
    // Some exports put the code into the title instead of a "GENESIS-Tabelle:" line.
    for (const title of table.titleLines) {
      const m = TABLE_CODE.exec(title);
      if (m) {
        table.tableCode = m[0];
        break;
      }
    }
  }
  return table;
}

function readFooterRecord(table: GenesisTable, cells: string[]): void {
  const text = cells
    .join(';')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
  if (text === '') return;
  table.footerLines.push(text);
  if (text.startsWith('©') && table.licence === null) table.licence = text.replace(/\n/g, ' ');
  const stand = /^Stand:\s*(\d{2}\.\d{2}\.\d{4})/.exec(text);
  if (stand && table.standDate === null) table.standDate = stand[1]!;
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

const isDateLine = (cells: string[]): boolean => cells.length === 1 && isGermanDate(cells[0]!);

/** For files without column-header lines: a data row starts with a region code (or date + code). */
function looksLikeDataRow(cells: string[]): boolean {
  if (cells.length < 3) return false;
  return REGION_CODE.test(cells[0]!) || (isGermanDate(cells[0]!) && REGION_CODE.test(cells[1] ?? ''));
}

function indentLevel(rawFields: string[]): number {
  for (const field of rawFields) {
    const m = /^( +)\S/.exec(field);
    if (m) return Math.floor(m[1]!.length / 2);
  }
  return 0;
}
