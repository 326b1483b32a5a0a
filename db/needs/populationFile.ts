/**
 * Reading a population file (Bevölkerung) into records: streamed line by line
 * (db/needs/lineStream.ts), keeping only one Kreis, so memory does not grow with the file. Kept
 * apart from the import (population.ts) so the parse worker (db/import/parseWorker.ts) loads
 * only what reading needs.
 */
import { UserError } from '../../shared/contract/errors';
import { formatNumber } from '../../shared/format';
import { PopulationParser, type PopulationParseResult } from '../../shared/needs/populationParser';
import { binaryFileMessage, looksBinary } from '../import/decodeText';
import { detectEncoding, headOf, linesOf, sizeOf, type TextSource } from './lineStream';

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

/** Streams the file through the parser, keeping only `kreisKey` (null = everything, for benchmarks). */
export async function parsePopulationFile(source: TextSource, fileName: string, kreisKey: string | null, job: Progress = noProgress): Promise<ParsedFile> {
  const size = await sizeOf(source);
  if (size === 0) throw new UserError(`Die Datei „${fileName}“ ist leer.`, 'empty');
  const head = await headOf(source);
  if (looksBinary(head)) throw new UserError(binaryFileMessage(head), 'binary');
  job.progress(0, size, 'Zeichenkodierung wird erkannt …');
  const encoding = await detectEncoding(source);
  const parser = new PopulationParser(kreisKey);
  let n = 0;
  for await (const { line, bytesRead } of linesOf(source, encoding)) {
    parser.push(line);
    if (++n % 500 === 0) {
      job.progress(bytesRead, size, `${formatNumber(n)} Zeilen gelesen …`);
      await job.step();
    }
  }
  job.progress(size, size, 'Datei gelesen.');
  return { result: parser.finish(), encoding };
}
