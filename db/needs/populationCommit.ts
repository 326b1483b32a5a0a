/**
 * The population import's write (Bevölkerung übernehmen), as the plan job worker runs it
 * (db/jobs/planJobKinds.ts): records are written in batches while the file is still read, all in
 * one transaction, so memory does not grow with the file and no record array is ever held
 * (issue #11). Every check of the preview still decides: a file with a problem of severity
 * "fehler" throws at the end and the transaction rolls back; so does a cancel (the job's `step`).
 *
 * The records come from populationRead.ts in this thread: no nested parse worker whose full
 * record array crosses back. A CSV cannot expand like a zip; the size, line and line-length
 * limits of the parse worker are checked before and while reading.
 *
 * The backup is taken before reading, since rows are written as they come: a file refused
 * later leaves that backup behind (the plan itself is unchanged).
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { UserError } from '../../shared/contract/errors';
import { formatNumber } from '../../shared/format';
import type { PopulationParseResult, PopulationRecord } from '../../shared/needs/populationParser';
import type { BulkInsert } from '../changes/bulkInsert';
import { orderedIds } from '../changes/rowIds';
import type { ChangeWriter } from '../changes/writer';
import type { Database } from '../schema';
import { limitMessages, PARSE_LIMITS, tooManyRows } from '../import/parseLimits';
import type { PlanSession } from '../session';
import { ensureDefaults } from './defaults';
import { countByteLines, sizeOf, type TextSource } from './lineStream';
import type { PopulationReadOptions } from './population';
import { noProgress, textFileOf, type Progress } from './populationFile';
import { readRecords, type ReadHead } from './populationRead';

type Kind = 'bestand' | 'vorausberechnung';

export async function planKreisKey(session: PlanSession): Promise<string> {
  const plan = await session.db.selectFrom('plan').select('kreis_key').where('deleted_at', 'is', null).executeTakeFirst();
  return plan?.kreis_key ?? '';
}

/** The problem of a file without a single record to keep (null for an empty file, which has its own). */
export function noRecordsMessage(result: Pick<PopulationParseResult, 'format' | 'kreiseSeen'>, kreisKey: string | null): string | null {
  if (result.format === null) return null;
  const seen = result.kreiseSeen.length > 0 ? ` Gefunden wurden Gemeinden der Kreise ${result.kreiseSeen.slice(0, 8).join(', ')}${result.kreiseSeen.length > 8 ? ' …' : ''}.` : '';
  return `Die Datei enthält keine Bevölkerungszahlen${kreisKey === null ? '' : ` des Kreises ${kreisKey} dieses Plans`}.${seen}`;
}

const ROW_COLUMNS = ['dataset_id', 'region_key', 'level', 'name', 'year', 'sex', 'bands', 'total'] as const;

/**
 * Thrown inside the write when the streamed records must be read again in full
 * (PopulationParser.streamBroken). A UserError, so that `PlanSession.write` passes it on as it is
 * after the rollback; it never reaches the planner.
 */
class ReadAgain extends UserError {
  constructor() {
    super('Die Datei wird vollständig gelesen.', 'read-again');
  }
}

/** Writes the whole file or nothing; replaces earlier datasets of the same kind and level with overlapping years. */
export async function commitPopulationImport(session: PlanSession, source: TextSource, fileName: string, kind: Kind, job: Progress = noProgress, options: PopulationReadOptions = {}) {
  const kreisKey = options.everyRegion ? null : await planKreisKey(session);
  if (kreisKey === '') throw new UserError('Bitte legen Sie zuerst in den Planstammdaten den Kreis (5-stelliger Kreisschlüssel) fest: es werden nur die Zahlen dieses Kreises übernommen.', 'no-kreis');
  // The limits of the parse worker, before anything is read or backed up.
  if ((await sizeOf(source)) > PARSE_LIMITS.maxFileBytes) throw new UserError(limitMessages.tooLarge(fileName, PARSE_LIMITS), 'too-large');
  if ('bytes' in source && countByteLines(source.bytes) > PARSE_LIMITS.maxRows) throw tooManyRows(fileName);
  const file = await textFileOf(source, fileName, job);
  job.progress(0, file.size, 'Sicherung des Plans …');
  session.backup('vor-import');
  const read: ReadInput = { session, source, fileName, kind, kreisKey, job, ...file };
  try {
    return await writeFile(read, true);
  } catch (error) {
    // A file the streamed checks cannot judge (duplicates, a Samtgemeinde after its members):
    // the streamed rows were rolled back; read it again holding every record, as the preview does.
    if (!(error instanceof ReadAgain)) throw error;
    return writeFile(read, false);
  }
}

interface ReadInput {
  session: PlanSession;
  source: TextSource;
  fileName: string;
  kind: Kind;
  kreisKey: string | null;
  job: Progress;
  size: number;
  encoding: 'utf-8' | 'windows-1252';
}

function writeFile(r: ReadInput, streaming: boolean) {
  const { job, size } = r;
  return r.session.write(async (w, trx) => {
    const out = new DatasetWriter(w, trx, r);
    const events = readRecords({ source: r.source, fileName: r.fileName, encoding: r.encoding, kreisKey: r.kreisKey, streaming });
    let result: Omit<PopulationParseResult, 'records'> | null = null;
    for await (const event of events) {
      if (event.type === 'end') {
        if (event.result === null) throw new ReadAgain();
        result = event.result;
        break;
      }
      await out.add(event.records, event.head);
      if (!event.chunkEnd) continue;
      job.progress(event.bytesRead, size, `${formatNumber(event.lines)} Zeilen gelesen, ${formatNumber(out.count)} Zahlenreihen gespeichert …`);
      await job.step();
    }
    if (!result) throw new Error('Das Lesen der Bevölkerungsdatei endete ohne Ergebnis.');
    const fehler = result.problems.find((p) => p.severity === 'fehler')?.message ?? (out.count === 0 ? noRecordsMessage(result, r.kreisKey) : null);
    if (fehler !== null || out.count === 0) throw new UserError(`Import abgebrochen, es wurde nichts geschrieben: ${fehler ?? 'Die Datei enthält keine Bevölkerungszahlen.'}`, 'import-invalid');
    job.progress(size, size, `${formatNumber(out.count)} Zahlenreihen gespeichert, Abschluss …`);
    const written = await out.finish(result);
    await ensureDefaults(w, trx, Math.max(...written.years) + 20);
    return written;
  });
}

/**
 * The dataset row first (the rows' parent, also in the log's order), then its rows in batches
 * as they come; what only the whole file tells (years, level, footer, row count) is set at the
 * end. Replaced datasets are tombstoned at the end, when the years are known.
 */
class DatasetWriter {
  readonly datasetId = randomUUID();
  count = 0;
  private readonly years = new Set<number>();
  private gemeindeRows = false;
  private rows: BulkInsert | null = null;
  private readonly nextId = orderedIds();
  /** One row's values (ROW_COLUMNS), filled again for each record. */
  private readonly values: unknown[] = [this.datasetId, '', '', '', 0, '', '', null];

  constructor(
    private readonly w: ChangeWriter,
    private readonly trx: Transaction<Database>,
    private readonly r: ReadInput,
  ) {}

  async add(records: readonly PopulationRecord[], head: ReadHead): Promise<void> {
    if (records.length === 0) return;
    if (!this.rows) {
      await this.w.insert('population_dataset', this.datasetRow(head, records));
      this.rows = this.w.bulkInsert('population_row', ROW_COLUMNS);
    }
    const { rows, nextId, values } = this;
    for (const rec of records) {
      // In the order of ROW_COLUMNS; dataset_id stays.
      values[1] = rec.key;
      values[2] = rec.level;
      values[3] = rec.name;
      values[4] = rec.year;
      values[5] = rec.sex;
      values[6] = JSON.stringify(rec.bands);
      values[7] = rec.total;
      rows.addValues(nextId(), values);
      this.years.add(rec.year);
      if (rec.level === 'gemeinde' && rec.sex === 'insgesamt') this.gemeindeRows = true;
    }
    this.count += records.length;
  }

  private get level(): 'gemeinde' | 'kreis' {
    return this.gemeindeRows ? 'gemeinde' : 'kreis';
  }

  private get yearList(): number[] {
    return [...this.years].sort();
  }

  /** The dataset as far as the file is read: at the first batch (before its rows are counted), or the whole file (`result`). */
  private datasetRow(head: ReadHead, first: readonly PopulationRecord[] | null, result: Omit<PopulationParseResult, 'records'> | null = null) {
    const years = first ? [...new Set(first.map((rec) => rec.year))].sort() : this.yearList;
    const gemeinde = first ? first.some((rec) => rec.level === 'gemeinde' && rec.sex === 'insgesamt') : this.gemeindeRows;
    return {
      id: this.datasetId,
      name: `${head.tableCode ? `Tabelle ${head.tableCode}` : this.r.fileName} (${years.join(', ')})`,
      kind: this.r.kind,
      level: gemeinde ? ('gemeinde' as const) : ('kreis' as const),
      format: head.format ?? 'unbekannt',
      file_name: this.r.fileName,
      table_code: head.tableCode,
      reference_date: isoDate(head.referenceDates[0]),
      stand: result?.stand ?? null,
      licence: result?.licence ?? null,
      encoding: this.r.encoding,
      row_count: result ? this.count : 0,
    };
  }

  async finish(result: Omit<PopulationParseResult, 'records'>): Promise<{ datasetId: string; rows: number; years: number[]; level: 'gemeinde' | 'kreis' }> {
    const { w } = this;
    await this.rows!.flush();
    // Only the columns the rest of the file changed get an update entry (row count, footer).
    const { id: _id, ...final } = this.datasetRow(result, null, result);
    await w.update('population_dataset', this.datasetId, final);
    await this.replaceOverlapping();
    await w.insert('import_record', {
      id: randomUUID(),
      kind: 'bevoelkerung',
      file_name: this.r.fileName,
      format: final.format,
      table_code: final.table_code,
      reference_date: final.reference_date,
      stand: final.stand,
      licence: final.licence,
      encoding: this.r.encoding,
      row_count: this.count,
    });
    return { datasetId: this.datasetId, rows: this.count, years: this.yearList, level: this.level };
  }

  /** Earlier datasets of this kind and level with rows in one of the file's years (as the preview lists them). */
  private async replaceOverlapping(): Promise<void> {
    const { trx } = this;
    const old = await trx.selectFrom('population_dataset').select('id').where('deleted_at', 'is', null).where('kind', '=', this.r.kind).where('level', '=', this.level).where('id', '<>', this.datasetId).execute();
    for (const d of old) {
      const overlap = await trx.selectFrom('population_row').select('id').where('dataset_id', '=', d.id).where('deleted_at', 'is', null).where('year', 'in', this.yearList).executeTakeFirst();
      if (!overlap) continue;
      const rows = await trx.selectFrom('population_row').select('id').where('dataset_id', '=', d.id).where('deleted_at', 'is', null).execute();
      await this.w.softDeleteMany('population_row', rows.map((row) => row.id));
      await this.w.softDelete('population_dataset', d.id);
    }
  }
}

const isoDate = (german: string | undefined): string | null => (german ? german.split('.').reverse().join('-') : null);
