/**
 * Population import (Bevölkerung): preview with per-row problems, then an all-or-nothing write.
 * The file is read line by line (db/needs/lineStream.ts) in the parse worker, which keeps only
 * the plan's Kreis (or, for a Land or national plan, every region) and hands the records over
 * column by column (PackedFile). The commit runs as a plan job in a worker (db/jobs/planJob.ts)
 * with progress and cancel; its rows go in multi-row statements (db/changes/bulkInsert.ts).
 */
import { randomUUID } from 'node:crypto';
import { UserError } from '../../shared/contract/errors';
import type { PopulationPreview } from '../../shared/contract/needsSchemas';
import { formatNumber } from '../../shared/format';
import { orderedIds } from '../changes/rowIds';
import type { PlanSession } from '../session';
import { parseInWorker } from '../import/parseInWorker';
import { ensureDefaults } from './defaults';
import type { TextSource } from './lineStream';
import { noProgress, type PackedFile, type Progress } from './populationFile';

export { parsePopulationFile, type PackedFile, type ParsedFile, type Progress } from './populationFile';

export async function planKreisKey(session: PlanSession): Promise<string> {
  const plan = await session.db.selectFrom('plan').select('kreis_key').where('deleted_at', 'is', null).executeTakeFirst();
  return plan?.kreis_key ?? '';
}

interface PreviewContext {
  parsed: PackedFile;
  preview: PopulationPreview;
}

async function buildPreview(session: PlanSession, parsed: PackedFile, kind: 'bestand' | 'vorausberechnung', kreisKey: string | null): Promise<PopulationPreview> {
  const { result } = parsed;
  const problems = [...result.problems];
  const gemeinden = await session.db.selectFrom('gemeinde').select(['ags', 'name']).where('deleted_at', 'is', null).execute();
  const known = new Set(gemeinden.map((g) => g.ags));
  const records = result.records;
  // Indexes of the "insgesamt" records: the preview lists these.
  const insgesamt: number[] = [];
  for (let i = 0; i < records.count; i++) if (records.sex[i] === 'insgesamt') insgesamt.push(i);
  const gemeindeRows = insgesamt.filter((i) => records.level[i] === 'gemeinde');
  const level: 'gemeinde' | 'kreis' = gemeindeRows.length > 0 ? 'gemeinde' : 'kreis';
  if (records.count === 0 && result.format !== null) {
    const seen = result.kreiseSeen.length > 0 ? ` Gefunden wurden Gemeinden der Kreise ${result.kreiseSeen.slice(0, 8).join(', ')}${result.kreiseSeen.length > 8 ? ' …' : ''}.` : '';
    problems.push({ line: null, severity: 'fehler', message: `Die Datei enthält keine Bevölkerungszahlen${kreisKey === null ? '' : ` des Kreises ${kreisKey} dieses Plans`}.${seen}` });
  }
  if (known.size > 0) {
    for (const i of gemeindeRows) {
      const key = records.key[i]!;
      if (!known.has(key)) problems.push({ line: records.line[i]!, severity: 'hinweis', message: `${key} ${records.name[i]}: Diese Gemeinde ist im Plan nicht erfasst; ihre Zahlen werden gespeichert, aber erst nach dem Anlegen der Gemeinde verwendet.` });
    }
  }
  const years = [...new Set(records.year)].sort();
  const replaced = await session.db
    .selectFrom('population_dataset')
    .select(['id', 'name'])
    .where('deleted_at', 'is', null)
    .where('kind', '=', kind)
    .where('level', '=', level)
    .execute();
  const replacedDatasets: string[] = [];
  for (const d of replaced) {
    const overlap = await session.db
      .selectFrom('population_row')
      .select('id')
      .where('dataset_id', '=', d.id)
      .where('deleted_at', 'is', null)
      .where('year', 'in', years.length > 0 ? years : [-1])
      .executeTakeFirst();
    if (overlap) replacedDatasets.push(d.name);
  }
  const rows = insgesamt
    .sort((a, b) => records.level[a]!.localeCompare(records.level[b]!) || records.key[a]!.localeCompare(records.key[b]!) || records.year[a]! - records.year[b]!)
    .map((i) => ({ line: records.line[i]!, key: records.key[i]!, name: records.name[i]!, level: records.level[i]!, year: records.year[i]!, total: records.sum[i]!, bands: records.bandCount[i]! }));
  return {
    format: result.format ?? 'unbekannt',
    tableCode: result.tableCode,
    title: result.title,
    referenceDates: result.referenceDates,
    licence: result.licence,
    stand: result.stand,
    encoding: parsed.encoding,
    level,
    kind,
    years,
    rows,
    problems,
    replaces: replacedDatasets,
    canCommit: records.count > 0 && !problems.some((p) => p.severity === 'fehler'),
  };
}

/**
 * How the bytes of a source are read. `handOver`: the caller made these bytes for this one call
 * and never reads them again (a handler that just decoded them), so a large buffer is moved to
 * the parse worker instead of copied; without it they are copied, so a caller that keeps its
 * bytes (a bench running the same file thrice) cannot find them detached afterwards.
 * `everyRegion`: keep every Gemeinde and Kreis of the file instead of only the plan's Kreis
 * (a Land or national plan; the bench's "every record stored").
 */
export interface PopulationReadOptions {
  handOver?: boolean;
  everyRegion?: boolean;
}

/** A population import as a plan job (db/jobs/planJobKinds.ts): plain data only. */
export interface PopulationImportInput {
  source: TextSource;
  fileName: string;
  kind: 'bestand' | 'vorausberechnung';
  options?: PopulationReadOptions;
}

async function prepare(session: PlanSession, source: TextSource, fileName: string, kind: 'bestand' | 'vorausberechnung', job: Progress, options: PopulationReadOptions): Promise<PreviewContext> {
  const kreisKey = options.everyRegion ? null : await planKreisKey(session);
  if (kreisKey === '') throw new UserError('Bitte legen Sie zuerst in den Planstammdaten den Kreis (5-stelliger Kreisschlüssel) fest: es werden nur die Zahlen dieses Kreises übernommen.', 'no-kreis');
  // In a worker (db/import/parseInWorker.ts): the file is untrusted; cancelling the job ends it.
  const parsed = await parseInWorker(
    { kind: 'population', fileName, source, kreisKey },
    { onProgress: (done, total, message) => job.progress(done, total, message), handOver: options.handOver === true, ...(job.signal ? { signal: job.signal } : {}) },
  );
  return { parsed, preview: await buildPreview(session, parsed, kind, kreisKey) };
}

export async function previewPopulationImport(session: PlanSession, source: TextSource, fileName: string, kind: 'bestand' | 'vorausberechnung', job: Progress = noProgress, options: PopulationReadOptions = {}): Promise<PopulationPreview> {
  return (await prepare(session, source, fileName, kind, job, options)).preview;
}

/** Writes the whole file or nothing; replaces earlier datasets of the same kind and level with overlapping years. */
export async function commitPopulationImport(session: PlanSession, source: TextSource, fileName: string, kind: 'bestand' | 'vorausberechnung', job: Progress = noProgress, options: PopulationReadOptions = {}) {
  const { parsed, preview } = await prepare(session, source, fileName, kind, job, options);
  if (!preview.canCommit) {
    const first = preview.problems.find((p) => p.severity === 'fehler');
    throw new UserError(`Import abgebrochen, es wurde nichts geschrieben: ${first?.message ?? 'Die Datei enthält keine Bevölkerungszahlen.'}`, 'import-invalid');
  }
  const { result } = parsed;
  const datasetId = randomUUID();
  const { records } = result;
  const total = records.count;
  job.progress(0, total, 'Sicherung des Plans …');
  session.backup('vor-import');
  await session.write(async (w, trx) => {
    const old = await trx.selectFrom('population_dataset').select(['id', 'name']).where('deleted_at', 'is', null).where('kind', '=', kind).where('level', '=', preview.level).execute();
    for (const d of old) {
      if (!preview.replaces.includes(d.name)) continue;
      const rows = await trx.selectFrom('population_row').select('id').where('dataset_id', '=', d.id).where('deleted_at', 'is', null).execute();
      await w.softDeleteMany('population_row', rows.map((r) => r.id));
      await w.softDelete('population_dataset', d.id);
    }
    const label = result.tableCode ? `Tabelle ${result.tableCode}` : fileName;
    await w.insert('population_dataset', {
      id: datasetId,
      name: `${label} (${preview.years.join(', ')})`,
      kind,
      level: preview.level,
      format: result.format ?? 'unbekannt',
      file_name: fileName,
      table_code: result.tableCode,
      reference_date: result.referenceDates[0] ? result.referenceDates[0].split('.').reverse().join('-') : null,
      stand: result.stand,
      licence: result.licence,
      encoding: parsed.encoding,
      row_count: total,
    });
    // Multi-row statements and time-ordered ids: the national file is 35,000 rows (issue #11).
    const rows = w.bulkInsert('population_row', ['dataset_id', 'region_key', 'level', 'name', 'year', 'sex', 'bands', 'total']);
    const nextId = orderedIds();
    for (let i = 0; i < total; i++) {
      const stated = records.total[i]!;
      await rows.add({ id: nextId(), dataset_id: datasetId, region_key: records.key[i]!, level: records.level[i]!, name: records.name[i]!, year: records.year[i]!, sex: records.sex[i]!, bands: records.bands[i]!, total: Number.isNaN(stated) ? null : stated });
      if ((i + 1) % 500 === 0) {
        job.progress(i + 1, total, `${formatNumber(i + 1)} von ${formatNumber(total)} Zeilen gespeichert …`);
        await job.step();
      }
    }
    await rows.flush();
    await w.insert('import_record', {
      id: randomUUID(),
      kind: 'bevoelkerung',
      file_name: fileName,
      format: result.format ?? 'unbekannt',
      table_code: result.tableCode,
      reference_date: result.referenceDates[0] ? result.referenceDates[0].split('.').reverse().join('-') : null,
      stand: result.stand,
      licence: result.licence,
      encoding: parsed.encoding,
      row_count: total,
    });
    await ensureDefaults(w, trx, Math.max(...preview.years) + 20);
  });
  return { datasetId, rows: total, years: preview.years, level: preview.level };
}
