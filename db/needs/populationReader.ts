/**
 * Where the import's write gets its records from (populationRead.ts): a reader worker
 * (populationReadWorker.ts), so that parsing the next lines and writing the last ones run on two
 * cores at once, or this thread where no worker entry exists (a bundle without
 * populationReadWorker.cjs) or `inThread` is asked for. Either way the same events in the same
 * order.
 *
 * The bytes are copied to the worker, not moved: a file the stream cannot judge is read again
 * here (ReadRequest.streaming false).
 */
import { Worker } from 'node:worker_threads';
import { UserError } from '../../shared/contract/errors';
import { workerEntry } from '../jobs/workerThread';
import { readRecords, type ReadEvent, type ReadRequest } from './populationRead';
import { READ_WORKER_MARK, type ReaderMessage } from './populationReadWorker';

const here = typeof __filename === 'string' && __filename ? __filename : import.meta.url;

export function readEvents(request: ReadRequest, options: { inThread?: boolean } = {}): AsyncGenerator<ReadEvent> {
  const entry = options.inThread ? null : workerEntry(here, 'populationReadWorker', 'populationReadWorker');
  return entry ? fromWorker(entry, request) : readRecords(request);
}

async function* fromWorker(entry: NonNullable<ReturnType<typeof workerEntry>>, request: ReadRequest): AsyncGenerator<ReadEvent> {
  const worker = new Worker(entry.url, { execArgv: entry.execArgv, workerData: { mark: READ_WORKER_MARK } });
  const queue: (ReaderMessage | { type: 'failed'; error: Error })[] = [];
  let wake: (() => void) | null = null;
  const arrive = (m: (typeof queue)[number]) => {
    queue.push(m);
    wake?.();
    wake = null;
  };
  worker.on('message', arrive);
  worker.on('error', (error) => arrive({ type: 'failed', error }));
  worker.on('exit', () => arrive({ type: 'failed', error: new Error('Das Lesen der Bevölkerungsdatei wurde unerwartet beendet; es wurde nichts geschrieben.') }));
  worker.postMessage(request);
  try {
    for (;;) {
      if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const m = queue.shift()!;
      if (m.type === 'failed') throw m.error;
      if (m.type === 'error') throw m.code ? new UserError(m.message, m.code) : new Error(m.message);
      if (m.type === 'batch') worker.postMessage({ type: 'ack' });
      yield m;
      if (m.type === 'end') return;
    }
  } finally {
    // Also when the writer stops early (a cancel, an error): the reader has nothing left to do.
    void worker.terminate();
  }
}
