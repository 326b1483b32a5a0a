/**
 * CSV/XLSX import into a register, also for returned Erfassungsbögen: read the file, map
 * columns to fields, validate every row (German message per row), match rows to existing
 * records (by ID, else by name and Gemeinde), preview, and write all rows or none.
 */
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { UserError } from '../../shared/contract/errors';
import type { StockImportInput, StockImportPreview } from '../../shared/contract/stockSchemas';
import { restoreNeutralisedCell } from '../../shared/export/csv';
import { toGermanInput } from '../../shared/germanNumber';
import { splitCsvRecords } from '../../shared/import/csvRecords';
import { registerDef, type RegisterDef } from '../../shared/stock/registers';
import { validateRecord, type RegisterValues } from '../../shared/stock/validation';
import { binaryFileMessage, decodeText, looksBinary } from '../import/decodeText';
import { assertZipWithinLimits } from '../import/zipLimits';
import type { JobContext } from '../jobs/jobRunner';
import type { TrackedTable } from '../schema';
import type { PlanSession } from '../session';
import { checkReferences, listRecords, loadReferences, toColumns } from './repository';
import { fromCell, loadLookups, suggestMapping } from './tabular';

interface Sheet {
  /** 1-based line (CSV) or row number (XLSX) of each row. */
  rows: { line: number; cells: string[] }[];
  encoding: string;
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

async function readSheet(def: RegisterDef, fileName: string, bytes: Uint8Array): Promise<Sheet> {
  if (bytes.length === 0) throw new UserError('Die Datei ist leer.', 'empty');
  if (isZip(bytes) || /\.xlsx$/i.test(fileName)) {
    assertZipWithinLimits(bytes, fileName);
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    } catch {
      throw new UserError(`„${fileName}“ ließ sich nicht als Excel-Arbeitsmappe (.xlsx) lesen. Bitte in Excel öffnen und erneut als .xlsx oder als CSV speichern.`, 'unreadable');
    }
    const ws = wb.worksheets.find((w) => w.name === 'Erfassungsbogen') ?? wb.worksheets[0];
    if (!ws) throw new UserError('Die Arbeitsmappe enthält kein Tabellenblatt.', 'empty');
    const rows: Sheet['rows'] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
      rows.push({ line: n, cells });
    });
    return { rows, encoding: 'xlsx' };
  }
  if (looksBinary(bytes)) throw new UserError(binaryFileMessage(bytes), 'binary');
  const { text, encoding } = decodeText(bytes);
  const separator = sniffSeparator(def, text);
  return { rows: splitCsvRecords(text, separator).map((r) => ({ line: r.line, cells: r.fields.map(restoreNeutralisedCell) })), encoding };
}

const SEPARATORS = [';', '\t', ','] as const;

/**
 * The separator is read from the header row, not the first line: an Erfassungsbogen saved by
 * Excel as CSV starts with title lines that carry no separator at all. The separator under
 * which a row names the most fields wins; semicolon (German Excel) on a tie. Files without a
 * recognisable header fall back to the first line that contains a separator.
 */
function sniffSeparator(def: RegisterDef, text: string): string {
  const head = text.split(/\r?\n/).slice(0, 25);
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

const nonEmpty = (cells: string[]) => cells.some((c) => c.trim() !== '');

/** The header row: the first row naming at least two fields (survey sheets have intro rows above). */
function findHeader(def: RegisterDef, rows: Sheet['rows']): number {
  for (let i = 0; i < Math.min(rows.length, 20); i++) {
    const mapping = suggestMapping(def, rows[i]!.cells);
    if (Object.values(mapping).filter(Boolean).length >= 2) return i;
  }
  return rows.findIndex((r) => nonEmpty(r.cells));
}

interface PlannedRow {
  line: number;
  title: string;
  status: 'neu' | 'aktualisiert' | 'unveraendert' | 'fehler';
  errors: string[];
  id: string | null;
  values: RegisterValues | null;
}

interface Plan {
  preview: StockImportPreview;
  rows: PlannedRow[];
}

const PREVIEW_ROWS = 1000;

async function plan(session: PlanSession, input: StockImportInput): Promise<Plan> {
  const def = registerDef(input.register);
  const sheet = await readSheet(def, input.fileName, new Uint8Array(Buffer.from(input.contentBase64, 'base64')));
  const headerIndex = findHeader(def, sheet.rows);
  if (headerIndex < 0) throw new UserError('Die Datei enthält keine Zeilen.', 'empty');
  const headers = sheet.rows[headerIndex]!.cells.map((h) => h.trim());
  const suggested = suggestMapping(def, headers);
  const mapping: Record<string, string> = {};
  for (const h of headers) mapping[h] = input.mapping?.[h] ?? suggested[h] ?? '';

  const problems: string[] = [];
  const validKeys = new Set(['', '__id', ...def.fields.map((f) => f.key)]);
  for (const [h, key] of Object.entries(mapping)) if (!validKeys.has(key)) problems.push(`Die Spalte „${h}“ ist einem unbekannten Feld zugeordnet.`);
  const colOf = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = mapping[h];
    if (!key) return;
    if (colOf.has(key)) problems.push(`Das Feld „${def.fields.find((f) => f.key === key)?.label ?? key}“ ist mehreren Spalten zugeordnet.`);
    else colOf.set(key, i);
  });
  const hasId = colOf.has('__id');
  for (const f of def.fields) {
    if (f.required && !colOf.has(f.key) && !hasId) problems.push(`Die Pflichtspalte „${f.label}“ fehlt oder ist keiner Spalte zugeordnet.`);
  }
  if (colOf.size === 0) problems.push('Keine Spalte der Datei passt zu einem Feld des Registers. Stimmt das Trennzeichen (Semikolon) und die Kopfzeile?');

  const lookups = await loadLookups(session.db);
  const refs = await loadReferences(session.db);
  const existing = await listRecords(session, def.id);
  const byId = new Map(existing.map((r) => [r.id, r]));
  const naturalKey = (v: RegisterValues) => `${String(v[def.titleKey] ?? '').trim().toLocaleLowerCase('de')}|${def.gemeindeKey ? String(v[def.gemeindeKey] ?? '') : ''}`;
  const byKey = new Map<string, string>();
  for (const r of existing) if (!byKey.has(naturalKey(r.values))) byKey.set(naturalKey(r.values), r.id);

  const rows: PlannedRow[] = [];
  const seen = new Map<string, number>();
  const uniqueSeen = new Map<string, number>();
  for (const { line, cells } of sheet.rows.slice(headerIndex + 1)) {
    if (!nonEmpty(cells)) continue;
    const errors: string[] = [];
    if (problems.length === 0 && cells.length > headers.length && cells.slice(headers.length).some((c) => c.trim() !== '')) {
      errors.push(`Die Zeile hat ${cells.length} statt ${headers.length} Spalten (Trennzeichen oder Anführungszeichen im Text?).`);
    }
    const rawId = hasId ? (cells[colOf.get('__id')!] ?? '').trim() : '';
    let id: string | null = null;
    if (rawId) {
      if (!byId.has(rawId)) errors.push(`Die ID ${rawId} gehört zu keinem Eintrag dieses Plans. Für neue Einträge die ID leer lassen.`);
      else id = rawId;
    }
    const base: Record<string, unknown> = id ? { ...byId.get(id)!.values } : {};
    for (const f of def.fields) {
      const col = colOf.get(f.key);
      if (col === undefined) continue;
      const parsed = fromCell(f, cells[col] ?? '', lookups);
      if ('error' in parsed) errors.push(parsed.error);
      else base[f.key] = parsed.value;
    }
    const { values, errors: fieldErrors } = validateRecord(def, base);
    checkReferences(def, values, fieldErrors, refs);
    for (const [key, message] of Object.entries(fieldErrors)) if (!errors.some((e) => e.startsWith(`„${def.fields.find((f) => f.key === key)?.label}“`))) errors.push(message);
    if (!id) {
      const match = byKey.get(naturalKey(values));
      if (match) id = match;
    }
    const title = String(values[def.titleKey] ?? '') || `Zeile ${line}`;
    const dupKey = id ?? naturalKey(values);
    const first = seen.get(dupKey);
    if (first !== undefined) errors.push(`Doppelt: dieser Eintrag steht schon in Zeile ${first}.`);
    else seen.set(dupKey, line);
    const uniqueValue = def.unique ? values[def.unique.key] : undefined;
    if (def.unique && typeof uniqueValue === 'string') {
      const prev = uniqueSeen.get(uniqueValue);
      if (prev !== undefined) errors.push(def.unique.importMessage(prev));
      else uniqueSeen.set(uniqueValue, line);
      const clash = existing.find((r) => r.values[def.unique!.key] === uniqueValue);
      if (!id && clash) id = clash.id;
    }
    let status: PlannedRow['status'] = 'neu';
    if (errors.length > 0) status = 'fehler';
    else if (id) {
      // Compared after the same normalisation the import applies (e.g. a capacity unit derived
      // from the offer type), so an unchanged Erfassungsbogen is "unverändert", not 57 updates.
      const old = validateRecord(def, byId.get(id)!.values).values;
      checkReferences(def, old, {}, refs);
      status = def.fields.every((f) => JSON.stringify(old[f.key] ?? null) === JSON.stringify(values[f.key] ?? null)) ? 'unveraendert' : 'aktualisiert';
    }
    rows.push({ line, title, status, errors, id, values: errors.length ? null : values });
  }
  if (rows.length === 0 && problems.length === 0) problems.push('Die Datei enthält unter der Kopfzeile keine Einträge.');
  const counts = { neu: 0, aktualisiert: 0, unveraendert: 0, fehler: 0 };
  for (const r of rows) counts[r.status]++;
  const listed = [...rows.filter((r) => r.status === 'fehler'), ...rows.filter((r) => r.status !== 'fehler')].slice(0, PREVIEW_ROWS);
  return {
    rows,
    preview: {
      headers,
      mapping,
      problems,
      rows: listed.map(({ line, title, status, errors }) => ({ line, title, status, errors })),
      totalRows: rows.length,
      counts,
      encoding: sheet.encoding,
      canCommit: problems.length === 0 && counts.fehler === 0 && rows.length > 0,
    },
  };
}

export async function previewStockImport(session: PlanSession, input: StockImportInput): Promise<StockImportPreview> {
  return (await plan(session, input)).preview;
}

/**
 * All rows or none: any file problem or row error refuses the whole import, unless the planner
 * chose `skipInvalid` ("gültige Zeilen übernehmen"): then the valid rows are taken and the rows
 * with errors are returned, so one bad row no longer blocks a whole returned sheet.
 */
export async function commitStockImport(session: PlanSession, input: StockImportInput, job?: JobContext) {
  const def = registerDef(input.register);
  job?.progress(0, null, 'Datei wird geprüft');
  const { preview, rows: all } = await plan(session, input);
  const skipping = input.skipInvalid === true && preview.problems.length === 0 && all.some((r) => r.status !== 'fehler');
  const rows = skipping ? all.filter((r) => r.status !== 'fehler') : all;
  if (!preview.canCommit && !skipping) {
    const first = preview.problems[0] ?? preview.rows.find((r) => r.status === 'fehler')?.errors[0] ?? '';
    throw new UserError(
      `Die Datei wurde nicht übernommen; im Plan wurde nichts geändert. ${preview.counts.fehler > 0 ? `${preview.counts.fehler} Zeilen haben Fehler. ` : ''}${first}`,
      'import-refused',
    );
  }
  job?.progress(0, null, 'Sicherung des Plans …');
  session.backup('vor-import');
  const skipped = skipping ? all.filter((r) => r.status === 'fehler').map((r) => ({ line: r.line, title: r.title, error: r.errors[0] ?? '' })) : [];
  const result = { inserted: 0, updated: 0, unchanged: 0, ...(skipping ? { skipped } : {}) };
  await session.write(async (w) => {
    for (const [i, r] of rows.entries()) {
      if (job && i % 200 === 0) {
        job.progress(i, rows.length, 'Zeilen werden übernommen');
        // Throws when cancelled, which rolls the whole transaction back.
        await job.step();
      }
      const columns = toColumns(def, r.values!);
      if (r.status === 'neu') {
        await w.insert(def.table as TrackedTable, { id: randomUUID(), ...columns, ...(def.hasExampleFlag ? { is_example: 0 } : {}) });
        result.inserted++;
      } else if (r.status === 'aktualisiert') {
        await w.update(def.table as TrackedTable, r.id!, columns);
        result.updated++;
      } else result.unchanged++;
    }
    await w.insert('import_record', {
      id: randomUUID(),
      kind: `stock:${def.id}`,
      file_name: input.fileName,
      format: preview.encoding === 'xlsx' ? 'xlsx' : 'csv',
      table_code: null,
      reference_date: null,
      stand: null,
      licence: null,
      encoding: preview.encoding,
      row_count: rows.length,
    });
  });
  return result;
}

