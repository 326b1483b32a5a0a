/**
 * CSV/XLSX import into a register, also for returned Erfassungsbögen: read the file, map
 * columns to fields, validate every row (German message per row), match rows to existing
 * records (by ID, else by name and Gemeinde), preview, and write all rows or none.
 */
import { randomUUID } from 'node:crypto';
import { UserError } from '../../shared/contract/errors';
import type { StockImportInput, StockImportPreview } from '../../shared/contract/stockSchemas';
import { registerDef, type RegisterDef } from '../../shared/stock/registers';
import { validateRecord, type RegisterValues } from '../../shared/stock/validation';
import { orderedIds } from '../changes/rowIds';
import { parseInWorker } from '../import/parseInWorker';
import { SheetRows } from '../import/parseJobs';
import { collectFully } from '../jobs/fullCollection';
import type { JobContext } from '../jobs/jobRunner';
import type { TrackedTable } from '../schema';
import type { PlanSession } from '../session';
import { checkReferences, listRecords, loadReferences, toColumns } from './repository';
import { PlannedRows } from './plannedRows';
import { fromCell, loadLookups, suggestMapping } from './tabular';

const nonEmpty = (cells: string[]) => cells.some((c) => c.trim() !== '');

/** The header row: the first row naming at least two fields (survey sheets have intro rows above). */
function findHeader(def: RegisterDef, sheet: SheetRows): number {
  for (let i = 0; i < Math.min(sheet.length, 20); i++) {
    const mapping = suggestMapping(def, sheet.cells(i));
    if (Object.values(mapping).filter(Boolean).length >= 2) return i;
  }
  for (let i = 0; i < sheet.length; i++) if (nonEmpty(sheet.cells(i))) return i;
  return -1;
}

type RowStatus = 'neu' | 'aktualisiert' | 'unveraendert' | 'fehler';

interface ListedRow {
  line: number;
  title: string;
  status: RowStatus;
  errors: string[];
}

interface Plan {
  preview: StockImportPreview;
  /** Every row with errors (the first error of each is what a commit that skips them reports). */
  errorRows: ListedRow[];
  /** The rows to write, in file order; only when planned for a commit. */
  writes: PlannedRows | null;
}

const PREVIEW_ROWS = 1000;

/** The input of a commit; in a plan job the file may arrive as bytes (`stockImportCrossing`). */
export type StockImportJobInput = StockImportInput & { bytes?: Uint8Array };

/**
 * The file as bytes moved to the plan job worker instead of base64 text copied: decoded here
 * (≈ 10 ms for 6 MB of text), then the text goes no further.
 */
export function stockImportCrossing(input: StockImportJobInput): { input: StockImportJobInput; transfer: ArrayBuffer[] } {
  if (input.bytes) return { input, transfer: [] };
  const bytes = Buffer.from(input.contentBase64, 'base64');
  // Only a buffer of its own moves (a small one may share Node's pool); anything else is copied as before.
  const own = bytes.byteOffset === 0 && bytes.buffer instanceof ArrayBuffer && bytes.byteLength === bytes.buffer.byteLength;
  return { input: { ...input, contentBase64: '', bytes: own ? new Uint8Array(bytes.buffer) : new Uint8Array(bytes) }, transfer: own ? [bytes.buffer] : [] };
}

/**
 * The file's bytes. `handOver`: the caller made `input` for this call (a plan job's copy of it),
 * so the bytes or base64 text are dropped from it once taken instead of living as long as the job.
 */
function takeBytes(input: StockImportJobInput, handOver: boolean): Uint8Array {
  // Always bytes of this call's own: the parse worker takes them over (detaches them).
  const bytes = input.bytes ? (handOver ? input.bytes : input.bytes.slice()) : new Uint8Array(Buffer.from(input.contentBase64, 'base64'));
  if (handOver) {
    input.contentBase64 = '';
    delete input.bytes;
  }
  return bytes;
}

async function plan(session: PlanSession, input: StockImportJobInput, options: { forCommit: boolean; handOver: boolean }): Promise<Plan> {
  const def = registerDef(input.register);
  const sheet = new SheetRows(await parseInWorker({ kind: 'stockSheet', register: def.id, fileName: input.fileName, bytes: takeBytes(input, options.handOver) }, { handOver: true }));
  const headerIndex = findHeader(def, sheet);
  if (headerIndex < 0) throw new UserError('Die Datei enthält keine Zeilen.', 'empty');
  const headers = sheet.cells(headerIndex).map((h) => h.trim());
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

  // The first existing record of each unique value (a scan per row was quadratic in large plans).
  const existingByUnique = new Map<unknown, string>();
  if (def.unique) for (const r of existing) if (!existingByUnique.has(r.values[def.unique.key])) existingByUnique.set(r.values[def.unique.key], r.id);
  const counts = { neu: 0, aktualisiert: 0, unveraendert: 0, fehler: 0 };
  const errorRows: ListedRow[] = [];
  const okRows: ListedRow[] = [];
  /** A row's values and errors, and the existing record its ID column names. */
  const readRow = (cells: string[]) => {
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
    return { id, values, errors };
  };

  const writes = options.forCommit ? new PlannedRows(def.fields.map((f) => f.key), sheet.length - headerIndex - 1) : null;
  const seen = new Map<string, number>();
  const uniqueSeen = new Map<string, number>();
  for (let i = headerIndex + 1; i < sheet.length; i++) {
    const line = sheet.line(i);
    const cells = sheet.cells(i);
    if (!nonEmpty(cells)) continue;
    const row = readRow(cells);
    const { values, errors } = row;
    let { id } = row;
    // Once per row: the German lower-casing is the dearest part of matching.
    const key = naturalKey(values);
    if (!id) {
      const match = byKey.get(key);
      if (match) id = match;
    }
    const title = String(values[def.titleKey] ?? '') || `Zeile ${line}`;
    const dupKey = id ?? key;
    const first = seen.get(dupKey);
    if (first !== undefined) errors.push(`Doppelt: dieser Eintrag steht schon in Zeile ${first}.`);
    else seen.set(dupKey, line);
    const uniqueValue = def.unique ? values[def.unique.key] : undefined;
    if (def.unique && typeof uniqueValue === 'string') {
      const prev = uniqueSeen.get(uniqueValue);
      if (prev !== undefined) errors.push(def.unique.importMessage(prev));
      else uniqueSeen.set(uniqueValue, line);
      const clash = existingByUnique.get(uniqueValue);
      if (!id && clash) id = clash;
    }
    let status: RowStatus = 'neu';
    if (errors.length > 0) status = 'fehler';
    else if (id) {
      // Compared after the same normalisation the import applies (e.g. a capacity unit derived
      // from the offer type), so an unchanged Erfassungsbogen is "unverändert", not 57 updates.
      const old = validateRecord(def, byId.get(id)!.values).values;
      checkReferences(def, old, {}, refs);
      status = def.fields.every((f) => JSON.stringify(old[f.key] ?? null) === JSON.stringify(values[f.key] ?? null)) ? 'unveraendert' : 'aktualisiert';
    }
    counts[status]++;
    if (status === 'fehler') errorRows.push({ line, title, status, errors });
    else if (okRows.length < PREVIEW_ROWS) okRows.push({ line, title, status, errors });
    if (writes && (status === 'neu' || status === 'aktualisiert')) writes.add(toColumns(def, values), status === 'aktualisiert' ? id! : null);
  }
  const totalRows = counts.neu + counts.aktualisiert + counts.unveraendert + counts.fehler;
  if (totalRows === 0 && problems.length === 0) problems.push('Die Datei enthält unter der Kopfzeile keine Einträge.');
  const listed = [...errorRows.slice(0, PREVIEW_ROWS), ...okRows].slice(0, PREVIEW_ROWS);
  return {
    errorRows,
    writes,
    preview: {
      headers,
      mapping,
      problems,
      rows: listed.map(({ line, title, status, errors }) => ({ line, title, status, errors })),
      totalRows,
      counts,
      encoding: sheet.encoding,
      canCommit: problems.length === 0 && counts.fehler === 0 && totalRows > 0,
    },
  };
}

export async function previewStockImport(session: PlanSession, input: StockImportInput): Promise<StockImportPreview> {
  return (await plan(session, input, { forCommit: false, handOver: false })).preview;
}

/**
 * All rows or none: any file problem or row error refuses the whole import, unless the planner
 * chose `skipInvalid` ("gültige Zeilen übernehmen"): then the valid rows are taken and the rows
 * with errors are returned, so one bad row no longer blocks a whole returned sheet.
 */
export async function commitStockImport(session: PlanSession, input: StockImportJobInput, job?: JobContext, options: { handOver?: boolean } = {}) {
  const def = registerDef(input.register);
  job?.progress(0, null, 'Datei wird geprüft');
  const { preview, errorRows, writes } = await plan(session, input, { forCommit: true, handOver: options.handOver === true });
  const { counts } = preview;
  const skipping = input.skipInvalid === true && preview.problems.length === 0 && counts.fehler < preview.totalRows;
  if (!preview.canCommit && !skipping) {
    const first = preview.problems[0] ?? errorRows[0]?.errors[0] ?? '';
    throw new UserError(
      `Die Datei wurde nicht übernommen; im Plan wurde nichts geändert. ${counts.fehler > 0 ? `${counts.fehler} Zeilen haben Fehler. ` : ''}${first}`,
      'import-refused',
    );
  }
  // The sheet, lookups and duplicate checks are garbage now; the write's changed pages (kept in
  // memory until the commit) should not come on top of them (issue #11).
  await collectFully();
  job?.progress(0, null, 'Sicherung des Plans …');
  session.backup('vor-import');
  const skipped = skipping ? errorRows.map((r) => ({ line: r.line, title: r.title, error: r.errors[0] ?? '' })) : [];
  const result = { inserted: 0, updated: 0, unchanged: counts.unveraendert, ...(skipping ? { skipped } : {}) };
  const planned = writes!;
  await session.write(async (w) => {
    // New rows in multi-row statements with time-ordered ids (issue #11); updates stay per column.
    const inserts = w.bulkInsert(def.table as TrackedTable, [...def.fields.map((f) => f.key), ...(def.hasExampleFlag ? ['is_example'] : [])]);
    const nextId = orderedIds();
    let i = 0;
    for (const { values, updateId } of planned.take()) {
      if (job && i % 200 === 0) {
        job.progress(i, planned.length, 'Zeilen werden übernommen');
        // Throws when cancelled, which rolls the whole transaction back.
        await job.step();
      }
      i++;
      if (updateId === null) {
        await inserts.add({ id: nextId(), ...values, ...(def.hasExampleFlag ? { is_example: 0 } : {}) });
        result.inserted++;
      } else {
        await w.update(def.table as TrackedTable, updateId, values);
        result.updated++;
      }
    }
    await inserts.flush();
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
      // The rows taken (with skipInvalid, those without errors; otherwise there are none).
      row_count: preview.totalRows - counts.fehler,
    });
  });
  return result;
}
