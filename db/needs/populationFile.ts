/**
 * Reading a population file (Bevölkerung) into records: streamed line by line
 * (db/needs/lineStream.ts), keeping only one Kreis, so memory does not grow with the file. Kept
 * apart from the import (population.ts) so the parse worker (db/import/parseWorker.ts) loads
 * only what reading needs.
 */
import { UserError } from '../../shared/contract/errors';
import { formatNumber } from '../../shared/format';
import { PopulationParser, recordTotal, type PopulationParseResult, type Sex } from '../../shared/needs/populationParser';
import { binaryFileMessage, looksBinary } from '../import/decodeText';
import { detectEncoding, headOf, lineBatchesOf, sizeOf, type TextSource } from './lineStream';

export interface Progress {
  progress(done: number, total: number | null, message?: string): void;
  step(): Promise<void>;
  readonly signal?: AbortSignal;
}

export const noProgress: Progress = { progress: () => {}, step: async () => {} };

export interface ParsedFile {
  result: PopulationParseResult;
  encoding: 'utf-8' | 'windows-1252';
}

/** The checks before a population file is read: not empty, no binary data; and its encoding. */
export async function textFileOf(source: TextSource, fileName: string, job: Progress = noProgress): Promise<{ size: number; encoding: ParsedFile['encoding'] }> {
  const size = await sizeOf(source);
  if (size === 0) throw new UserError(`Die Datei „${fileName}“ ist leer.`, 'empty');
  const head = await headOf(source);
  if (looksBinary(head)) throw new UserError(binaryFileMessage(head), 'binary');
  job.progress(0, size, 'Zeichenkodierung wird erkannt …');
  return { size, encoding: await detectEncoding(source) };
}

/** Streams the file through the parser, keeping only `kreisKey` (null = everything, for benchmarks). */
export async function parsePopulationFile(source: TextSource, fileName: string, kreisKey: string | null, job: Progress = noProgress): Promise<ParsedFile> {
  const { size, encoding } = await textFileOf(source, fileName, job);
  const parser = new PopulationParser(kreisKey);
  let n = 0;
  for await (const { lines, bytesRead } of lineBatchesOf(source, encoding)) {
    for (const line of lines) {
      parser.push(line);
      if (++n % 500 === 0) {
        job.progress(bytesRead, size, `${formatNumber(n)} Zeilen gelesen …`);
        await job.step();
      }
    }
  }
  job.progress(size, size, 'Datei gelesen.');
  return { result: parser.finish(), encoding };
}

/**
 * The records column by column, as they cross from the parse worker (db/import/parseJobs.ts) to
 * the import: the age bands already as the JSON text the import stores. A structured clone of
 * 35,000 records with 18 band keys each cost ~400 ms; a few flat arrays cost a fraction, and
 * the writer turns nothing into JSON again.
 */
export interface PackedRecords {
  count: number;
  line: Int32Array;
  level: ('gemeinde' | 'kreis')[];
  key: string[];
  name: string[];
  year: Int32Array;
  sex: Sex[];
  /** JSON text of the bands (key → count or null). */
  bands: string[];
  bandCount: Int32Array;
  /** "Insgesamt" as stated; NaN when absent (stored as NULL). */
  total: Float64Array;
  /** The total over all ages: as stated, else the bands' sum (the preview's figure). */
  sum: Float64Array;
}

export interface PackedFile {
  result: Omit<PopulationParseResult, 'records'> & { records: PackedRecords };
  encoding: ParsedFile['encoding'];
}

export function packParsedFile(parsed: ParsedFile): PackedFile {
  const { records, ...rest } = parsed.result;
  const n = records.length;
  const packed: PackedRecords = {
    count: n,
    line: new Int32Array(n),
    level: new Array<'gemeinde' | 'kreis'>(n),
    key: new Array<string>(n),
    name: new Array<string>(n),
    year: new Int32Array(n),
    sex: new Array<Sex>(n),
    bands: new Array<string>(n),
    bandCount: new Int32Array(n),
    total: new Float64Array(n),
    sum: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    packed.line[i] = r.line;
    packed.level[i] = r.level;
    packed.key[i] = r.key;
    packed.name[i] = r.name;
    packed.year[i] = r.year;
    packed.sex[i] = r.sex;
    packed.bands[i] = JSON.stringify(r.bands);
    packed.bandCount[i] = Object.keys(r.bands).length;
    packed.total[i] = r.total ?? Number.NaN;
    packed.sum[i] = recordTotal(r);
  }
  return { result: { ...rest, records: packed }, encoding: parsed.encoding };
}
