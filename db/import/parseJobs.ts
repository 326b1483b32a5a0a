/**
 * Every parse of an untrusted file, as plain functions from bytes to plain data (rows, strings,
 * numbers): the body that db/import/parseWorker.ts runs in a worker thread. Nothing here touches
 * the plan; validation against the plan and writing stay with each importer.
 */
import type ExcelJS from 'exceljs';
import { UserError } from '../../shared/contract/errors';
import { sniffTableCode } from '../../shared/demography/componentTables';
import { restoreNeutralisedCell } from '../../shared/export/csv';
import { toGermanInput } from '../../shared/germanNumber';
import { splitCsvRecords } from '../../shared/import/csvRecords';
import { gemeindenFromGenesis } from '../../shared/import/gemeindenFromGenesis';
import { gemeindenFromGeoJson } from '../../shared/import/gemeindenFromGeoJson';
import { parseGenesisTable } from '../../shared/import/genesisTable';
import type { GemeindeImportPreview } from '../../shared/import/types';
import { type VerbandArea, verbaendeOf } from '../../shared/import/verbaende';
import { type CareStatisticTable, parseCareStatistics } from '../../shared/needs/careStatistics';
import { type RegisterId, registerDef } from '../../shared/stock/registers';
import { packParsedFile, parsePopulationFile, type PackedFile } from '../needs/populationFile';
import type { TextSource } from '../needs/lineStream';
import { suggestMapping } from '../stock/tabular';
import { binaryFileMessage, decodeText, looksBinary, replacedLinesMessage } from './decodeText';
import { jsonDepthExceeds } from './jsonDepth';
import { limitMessages, type ParseLimits, tooManyRows } from './parseLimits';
import { assertZipWithinLimits } from './zipLimits';

export type ParseRequest =
  | { kind: 'gemeinden'; format: 'genesis' | 'geojson'; fileName: string; bytes: Uint8Array; kreisKey: string | null }
  | { kind: 'stockSheet'; register: RegisterId; fileName: string; bytes: Uint8Array }
  | { kind: 'careStatistics'; fileName: string; bytes: Uint8Array; kreisKey: string }
  | { kind: 'demography'; fileName: string; bytes: Uint8Array }
  | { kind: 'population'; fileName: string; source: TextSource; kreisKey: string | null };

export interface GemeindenParsed {
  preview: GemeindeImportPreview;
  encoding: string;
  areas: VerbandArea[];
}

export interface StockSheet {
  /** 1-based line (CSV) or row number (XLSX) of each row. */
  rows: { line: number; cells: string[] }[];
  encoding: string;
}

/**
 * A sheet as it crosses from the parse worker: every cell's text in one string, with where each
 * cell ends and each row's line and width. A structured clone of 50,000 small row objects cost
 * ~300 ms; 350,000 cell strings ~50 ms and ≈ 13 MB in the receiving thread; one string ≈ 4 MB
 * (issue #11: the 50,000-offer import's peak memory).
 */
export interface PackedSheet {
  lines: Int32Array;
  widths: Int32Array;
  /** The cells one after the other, without separators. */
  text: string;
  /** Where each cell ends in `text`, in row order. */
  ends: Int32Array;
  encoding: string;
}

/** Packs rows of any shape (workbook rows, CSV records), each cell through `cell`, without copying the rows first. */
function packSheet<T>(rows: readonly T[], lineOf: (row: T) => number, cellsOf: (row: T) => readonly string[], encoding: string, cell: (text: string) => string = (t) => t): PackedSheet {
  const n = rows.length;
  let cellCount = 0;
  for (const row of rows) cellCount += cellsOf(row).length;
  const packed: PackedSheet = { lines: new Int32Array(n), widths: new Int32Array(n), text: '', ends: new Int32Array(cellCount), encoding };
  const parts: string[] = new Array(cellCount);
  let at = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const cells = cellsOf(rows[i]!);
    packed.lines[i] = lineOf(rows[i]!);
    packed.widths[i] = cells.length;
    for (const c of cells) {
      const text = cell(c);
      parts[k] = text;
      at += text.length;
      packed.ends[k++] = at;
    }
  }
  packed.text = parts.join('');
  return packed;
}

/** Reads a packed sheet row by row without unpacking it: a row's cells are cut out when asked for. */
export class SheetRows {
  readonly length: number;
  readonly encoding: string;
  /** Index of each row's first cell (and one past the last row). */
  private readonly firstCell: Int32Array;

  constructor(private readonly packed: PackedSheet) {
    this.length = packed.lines.length;
    this.encoding = packed.encoding;
    this.firstCell = new Int32Array(this.length + 1);
    for (let i = 0; i < this.length; i++) this.firstCell[i + 1] = this.firstCell[i]! + packed.widths[i]!;
  }

  line(i: number): number {
    return this.packed.lines[i]!;
  }

  cells(i: number): string[] {
    const { text, ends } = this.packed;
    const from = this.firstCell[i]!;
    const cells: string[] = new Array(this.firstCell[i + 1]! - from);
    for (let k = 0; k < cells.length; k++) cells[k] = text.slice(from + k === 0 ? 0 : ends[from + k - 1]!, ends[from + k]!);
    return cells;
  }
}

export interface DemographyParsed {
  code: string | null;
  encoding: string;
  table: ReturnType<typeof parseGenesisTable> | null;
}

export interface ParseResults {
  gemeinden: GemeindenParsed;
  stockSheet: PackedSheet;
  careStatistics: { table: CareStatisticTable; encoding: string };
  demography: DemographyParsed;
  population: PackedFile;
}

export type ParseProgress = (done: number, total: number | null, message: string) => void;

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function checkRows(fileName: string, rows: number, limits: ParseLimits): void {
  if (rows > limits.maxRows) throw tooManyRows(fileName, limits);
}

/** Decodes a text file and refuses it when it has more lines than the limit allows. */
function textOf(fileName: string, bytes: Uint8Array, limits: ParseLimits) {
  const decoded = decodeText(bytes);
  checkRows(fileName, countLines(decoded.text), limits);
  return decoded;
}

function parseGemeinden(r: Extract<ParseRequest, { kind: 'gemeinden' }>, limits: ParseLimits): GemeindenParsed {
  if (r.bytes.length === 0) throw new UserError(`Die Datei „${r.fileName}“ ist leer.`, 'empty');
  if (looksBinary(r.bytes)) throw new UserError(`„${r.fileName}“ ist keine Textdatei (erwartet: CSV aus GENESIS/Regionalstatistik oder GeoJSON).`, 'binary');
  const { text, encoding, replacedLines } = textOf(r.fileName, r.bytes, limits);
  if (r.format === 'geojson' && jsonDepthExceeds(text, limits.maxJsonDepth)) throw new UserError(limitMessages.tooDeep(r.fileName, limits), 'too-deep');
  const options = r.kreisKey ? { kreisKey: r.kreisKey } : {};
  const preview = r.format === 'genesis' ? gemeindenFromGenesis(text, options) : gemeindenFromGeoJson(text, options);
  checkRows(r.fileName, preview.rows.length, limits);
  if (replacedLines.length > 0) preview.problems.unshift({ line: replacedLines[0]!, severity: 'hinweis', message: replacedLinesMessage(replacedLines) });
  const kreis = r.kreisKey ?? preview.kreisKey;
  const areas = r.format === 'genesis' && kreis ? verbaendeOf(text, kreis) : [];
  return { preview, encoding, areas };
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

async function parseStockSheet(r: Extract<ParseRequest, { kind: 'stockSheet' }>, limits: ParseLimits): Promise<PackedSheet> {
  if (r.bytes.length === 0) throw new UserError('Die Datei ist leer.', 'empty');
  if (isZip(r.bytes) || /\.xlsx$/i.test(r.fileName)) {
    assertZipWithinLimits(r.bytes, r.fileName);
    // Loaded only for workbooks: it is the largest module here, and every worker start pays for its imports.
    const { default: Excel } = await import('exceljs');
    const wb = new Excel.Workbook();
    try {
      await wb.xlsx.load(Buffer.from(r.bytes) as unknown as ArrayBuffer);
    } catch {
      throw new UserError(`„${r.fileName}“ ließ sich nicht als Excel-Arbeitsmappe (.xlsx) lesen. Bitte in Excel öffnen und erneut als .xlsx oder als CSV speichern.`, 'unreadable');
    }
    const ws = wb.worksheets.find((w) => w.name === 'Erfassungsbogen') ?? wb.worksheets[0];
    if (!ws) throw new UserError('Die Arbeitsmappe enthält kein Tabellenblatt.', 'empty');
    checkRows(r.fileName, ws.actualRowCount, limits);
    const rows: StockSheet['rows'] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
      rows.push({ line: n, cells });
    });
    return packSheet(rows, (row) => row.line, (row) => row.cells, 'xlsx');
  }
  if (looksBinary(r.bytes)) throw new UserError(binaryFileMessage(r.bytes), 'binary');
  const { text, encoding } = textOf(r.fileName, r.bytes, limits);
  const separator = sniffSeparator(r.register, text);
  return packSheet(splitCsvRecords(text, separator), (rec) => rec.line, (rec) => rec.fields, encoding, restoreNeutralisedCell);
}

const SEPARATORS = [';', '\t', ','] as const;

/**
 * The separator is read from the header row, not the first line: an Erfassungsbogen saved by
 * Excel as CSV starts with title lines that carry no separator at all. The separator under
 * which a row names the most fields wins; semicolon (German Excel) on a tie. Files without a
 * recognisable header fall back to the first line that contains a separator.
 */
function sniffSeparator(register: RegisterId, text: string): string {
  const def = registerDef(register);
  const head = text.split(/\r?\n/, 25);
  let best: { separator: string; fields: number } = { separator: ';', fields: 0 };
  for (const separator of SEPARATORS) {
    for (const line of head) {
      const fields = Object.values(suggestMapping(def, line.split(separator).map((c) => c.trim().replace(/^"|"$/g, '')))).filter(Boolean).length;
      if (fields > best.fields) best = { separator, fields };
    }
  }
  if (best.fields >= 2) return best.separator;
  const withSeparator = head.find((line) => SEPARATORS.some((s) => line.includes(s))) ?? '';
  return SEPARATORS.find((s) => withSeparator.includes(s)) ?? ';';
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // Written the German way, so the one number reader reads it back exactly ("16.5" would be refused as ambiguous).
  if (typeof value === 'number') return toGermanInput(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

function parseCare(r: Extract<ParseRequest, { kind: 'careStatistics' }>, limits: ParseLimits) {
  if (looksBinary(r.bytes.subarray(0, 4096))) throw new UserError(binaryFileMessage(r.bytes.subarray(0, 4096)), 'binary');
  const { text, encoding } = textOf(r.fileName, r.bytes, limits);
  return { table: parseCareStatistics(text, r.kreisKey), encoding };
}

function parseDemography(r: Extract<ParseRequest, { kind: 'demography' }>, limits: ParseLimits): DemographyParsed {
  if (looksBinary(r.bytes)) throw new UserError(`${r.fileName}: ${binaryFileMessage(r.bytes)}`, 'binary');
  const { text, encoding } = textOf(r.fileName, r.bytes, limits);
  const code = sniffTableCode(text);
  return { code, encoding, table: code ? parseGenesisTable(text) : null };
}

/** Lines of bytes not yet decoded: a cheap scan for the row limit before a long streamed parse. */
function countByteLines(bytes: Uint8Array): number {
  let n = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

async function parsePopulation(r: Extract<ParseRequest, { kind: 'population' }>, limits: ParseLimits, onProgress: ParseProgress): Promise<PackedFile> {
  if ('bytes' in r.source) checkRows(r.fileName, countByteLines(r.source.bytes), limits);
  let lines = 0;
  const parsed = await parsePopulationFile(r.source, r.fileName, r.kreisKey, {
    progress: (done, total, message) => onProgress(done, total, message ?? ''),
    step: async () => {
      // parsePopulationFile steps every 500 lines.
      lines += 500;
      checkRows(r.fileName, lines, limits);
    },
  });
  return packParsedFile(parsed);
}

export async function runParse<R extends ParseRequest>(request: R, limits: ParseLimits, onProgress: ParseProgress = () => {}): Promise<ParseResults[R['kind']]> {
  const r = request as ParseRequest;
  const result =
    r.kind === 'gemeinden'
      ? parseGemeinden(r, limits)
      : r.kind === 'stockSheet'
        ? await parseStockSheet(r, limits)
        : r.kind === 'careStatistics'
          ? parseCare(r, limits)
          : r.kind === 'demography'
            ? parseDemography(r, limits)
            : await parsePopulation(r, limits, onProgress);
  return result as ParseResults[R['kind']];
}
