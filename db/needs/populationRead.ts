/**
 * Reading a population file for the import's write (populationCommit.ts) as a stream of record
 * batches: each read chunk's settled records (PopulationParser.takeSettled), column by column
 * with the age bands already as the JSON text the import stores. The same generator runs in the
 * write's own thread or, so that reading and writing overlap on two cores, in a reader worker
 * (populationReadWorker.ts); it never sees the plan.
 */
import { UserError } from '../../shared/contract/errors';
import { PopulationParser, type PopulationParseResult, type PopulationRecord, type Sex } from '../../shared/needs/populationParser';
import { limitMessages, PARSE_LIMITS } from '../import/parseLimits';
import { lineBatchesOf, type TextSource } from './lineStream';

export interface ReadRequest {
  source: TextSource;
  fileName: string;
  encoding: 'utf-8' | 'windows-1252';
  /** Keep only this Kreis; null keeps every region. */
  kreisKey: string | null;
  /** false: hold every record until the end (the exact reading, for files streaming cannot judge). */
  streaming: boolean;
}

/** Records column by column: plain arrays cross a thread boundary far cheaper than objects. */
export interface PackedBatch {
  count: number;
  key: string[];
  level: PopulationRecord['level'][];
  name: string[];
  year: Int32Array;
  sex: Sex[];
  /** JSON text of the bands (key → count or null), as stored. */
  bands: string[];
  /** "Insgesamt" as stated; NaN when absent (stored as NULL). */
  total: Float64Array;
}

export type ReadHead = Pick<PopulationParseResult, 'format' | 'tableCode' | 'referenceDates'>;

export type ReadEvent =
  | { type: 'batch'; batch: PackedBatch; head: ReadHead; bytesRead: number; lines: number }
  /** `result` null: streaming could not judge the file (PopulationParser.streamBroken), read it again with `streaming` false. */
  | { type: 'end'; result: Omit<PopulationParseResult, 'records'> | null };

export function packRecords(records: readonly PopulationRecord[]): PackedBatch {
  const n = records.length;
  const batch: PackedBatch = { count: n, key: new Array(n), level: new Array(n), name: new Array(n), year: new Int32Array(n), sex: new Array(n), bands: new Array(n), total: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    batch.key[i] = r.key;
    batch.level[i] = r.level;
    batch.name[i] = r.name;
    batch.year[i] = r.year;
    batch.sex[i] = r.sex;
    batch.bands[i] = JSON.stringify(r.bands);
    batch.total[i] = r.total ?? Number.NaN;
  }
  return batch;
}

const headOf = (h: ReadHead): ReadHead => ({ format: h.format, tableCode: h.tableCode, referenceDates: [...h.referenceDates] });

/** Reads the file: a batch per read chunk (possibly empty: the caller's moment for progress and cancel), then the end. */
export async function* readRecords(request: ReadRequest): AsyncGenerator<ReadEvent> {
  const parser = new PopulationParser(request.kreisKey, { streaming: request.streaming });
  let lines = 0;
  let bytesRead = 0;
  for await (const chunk of lineBatchesOf(request.source, request.encoding)) {
    for (const line of chunk.lines) parser.push(line);
    lines += chunk.lines.length;
    bytesRead = chunk.bytesRead;
    if (lines > PARSE_LIMITS.maxRows) throw new UserError(limitMessages.tooManyRows(request.fileName, PARSE_LIMITS), 'too-many-rows');
    const settled = parser.takeSettled();
    if (parser.streamBroken) {
      yield { type: 'end', result: null };
      return;
    }
    yield { type: 'batch', batch: packRecords(settled), head: headOf(parser.head), bytesRead, lines };
  }
  const { records, ...result } = parser.finish();
  if (parser.streamBroken) {
    yield { type: 'end', result: null };
    return;
  }
  yield { type: 'batch', batch: packRecords(records), head: headOf(result), bytesRead, lines };
  yield { type: 'end', result };
}
