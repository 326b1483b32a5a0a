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
import { type StockSheet, unpackSheet } from '../import/parseJobs';
import type { JobContext } from '../jobs/jobRunner';
import type { TrackedTable } from '../schema';
import type { PlanSession } from '../session';
import { checkReferences, listRecords, loadReferences, toColumns } from './repository';
import { fromCell, loadLookups, suggestMapping } from './tabular';

const nonEmpty = (cells: string[]) => cells.some((c) => c.trim() !== '');

/** The header row: the first row naming at least two fields (survey sheets have intro rows above). */
function findHeader(def: RegisterDef, rows: StockSheet['rows']): number {
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
  const sheet = unpackSheet(await parseInWorker({ kind: 'stockSheet', register: def.id, fileName: input.fileName, bytes: new Uint8Array(Buffer.from(input.contentBase64, 'base64')) }, { handOver: true }));
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

  // The first existing record of each unique value (a scan per row was quadratic in large plans).
  const existingByUnique = new Map<unknown, string>();
  if (def.unique) for (const r of existing) if (!existingByUnique.has(r.values[def.unique.key])) existingByUnique.set(r.values[def.unique.key], r.id);
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
    // New rows in multi-row statements with time-ordered ids (issue #11); updates stay per column.
    const inserts = w.bulkInsert(def.table as TrackedTable, [...def.fields.map((f) => f.key), ...(def.hasExampleFlag ? ['is_example'] : [])]);
    const nextId = orderedIds();
    for (const [i, r] of rows.entries()) {
      if (job && i % 200 === 0) {
        job.progress(i, rows.length, 'Zeilen werden übernommen');
        // Throws when cancelled, which rolls the whole transaction back.
        await job.step();
      }
      const columns = toColumns(def, r.values!);
      if (r.status === 'neu') {
        await inserts.add({ id: nextId(), ...columns, ...(def.hasExampleFlag ? { is_example: 0 } : {}) });
        result.inserted++;
      } else if (r.status === 'aktualisiert') {
        await w.update(def.table as TrackedTable, r.id!, columns);
        result.updated++;
      } else result.unchanged++;
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
      row_count: rows.length,
    });
  });
  return result;
}

