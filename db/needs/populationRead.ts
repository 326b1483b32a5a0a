/**
 * Reading a population file for the import's write (populationCommit.ts) as a stream of record
 * batches: the settled records (PopulationParser.takeSettled) of every LINES_PER_BATCH lines of a
 * read chunk, then the end with the file's problems and footer. It never sees the plan.
 *
 * It runs in the write's own thread. A reader worker that parsed the next lines while the job
 * wrote the last was measured slower (its start, ~110 ms, lay on the critical path; the copies
 * across threads cost ~120 ms CPU; the write is the longer part anyway) and was dropped.
 */
import { PopulationParser, type PopulationParseResult, type PopulationRecord } from '../../shared/needs/populationParser';
import { PARSE_LIMITS, tooManyRows } from '../import/parseLimits';
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

/** Lines parsed before their records go to the writer (~200 records of a national table). */
const LINES_PER_BATCH = 64;

export type ReadHead = Pick<PopulationParseResult, 'format' | 'tableCode' | 'referenceDates'>;

export type ReadEvent =
  /** `chunkEnd`: the last batch of a read chunk (the moment for progress and cancel). */
  | { type: 'batch'; records: PopulationRecord[]; head: ReadHead; bytesRead: number; lines: number; chunkEnd: boolean }
  /** `result` null: streaming could not judge the file (PopulationParser.streamBroken), read it again with `streaming` false. */
  | { type: 'end'; result: Omit<PopulationParseResult, 'records'> | null };

/** Reads the file: batches of records, the last of each read chunk marked (possibly empty: the caller's moment for progress and cancel), then the end. */
export async function* readRecords(request: ReadRequest): AsyncGenerator<ReadEvent> {
  const parser = new PopulationParser(request.kreisKey, { streaming: request.streaming });
  let lines = 0;
  let bytesRead = 0;
  for await (const chunk of lineBatchesOf(request.source, request.encoding)) {
    if (lines + chunk.lines.length > PARSE_LIMITS.maxRows) throw tooManyRows(request.fileName);
    // The chunk's records in groups of a few lines each, so that a group is written (and its
    // objects are garbage) before the next is read: the records of a whole 64 kB chunk lived long
    // enough to be copied into the old generation.
    for (let from = 0; from < chunk.lines.length; from += LINES_PER_BATCH) {
      const to = Math.min(from + LINES_PER_BATCH, chunk.lines.length);
      for (let i = from; i < to; i++) parser.push(chunk.lines[i]!);
      const settled = parser.takeSettled();
      if (parser.streamBroken) {
        yield { type: 'end', result: null };
        return;
      }
      const last = to === chunk.lines.length;
      if (last) {
        lines += chunk.lines.length;
        bytesRead = chunk.bytesRead;
      }
      if (settled.length > 0 || last) yield { type: 'batch', records: settled, head: parser.head, bytesRead, lines, chunkEnd: last };
    }
  }
  const { records, ...result } = parser.finish();
  if (parser.streamBroken) {
    yield { type: 'end', result: null };
    return;
  }
  yield { type: 'batch', records, head: result, bytesRead, lines, chunkEnd: true };
  yield { type: 'end', result };
}
