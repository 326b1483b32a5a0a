/**
 * Population import (Bevölkerung): preview with per-row problems, then an all-or-nothing write.
 * The preview reads the file line by line (db/needs/lineStream.ts) in the parse worker, which
 * keeps only the plan's Kreis (or, for a Land or national plan, every region) and hands the
 * records over column by column (PackedFile). The commit (populationCommit.ts) runs as a plan
 * job in a worker (db/jobs/planJob.ts) with progress and cancel, and streams: records are
 * written in multi-row statements (db/changes/bulkInsert.ts) while the file is still read.
 */
import { UserError } from '../../shared/contract/errors';
import type { PopulationPreview } from '../../shared/contract/needsSchemas';
import type { PlanSession } from '../session';
import { parseInWorker } from '../import/parseInWorker';
import { noRecordsMessage, planKreisKey } from './populationCommit';
import type { TextSource } from './lineStream';
import { noProgress, type PackedFile, type Progress } from './populationFile';

export { parsePopulationFile, type PackedFile, type ParsedFile, type Progress } from './populationFile';

export { commitPopulationImport, planKreisKey } from './populationCommit';

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
  const none = records.count === 0 ? noRecordsMessage(result, kreisKey) : null;
  if (none !== null) problems.push({ line: null, severity: 'fehler', message: none });
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
