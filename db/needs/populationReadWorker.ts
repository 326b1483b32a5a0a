/**
 * Worker thread that reads a population file for the import's write (populationRead.ts) while
 * the plan job writes what it already sent: started by populationReader.ts. It posts each batch
 * and waits for the writer's acknowledgement once WINDOW batches are on their way, so a reader
 * faster than the writer never piles the file up in the writer's message queue (memory stays
 * flat in file size).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../../shared/contract/errors';
import { readRecords, type ReadEvent, type ReadRequest } from './populationRead';

export const READ_WORKER_MARK = 'psp-population-read-worker';

/** Batches (read chunks, ~300 lines each) on their way to the writer before the reader waits. */
export const WINDOW = 4;

export type ReaderMessage = ReadEvent | { type: 'error'; message: string; code: string | null };

// Marked by workerData, so importing this file elsewhere (a bundle, a test pool thread) does nothing.
if (parentPort && (workerData as { mark?: string } | null)?.mark === READ_WORKER_MARK) {
  const port = parentPort;
  let unacked = 0;
  let wake: (() => void) | null = null;
  port.on('message', (m: { type: 'ack' }) => {
    if (m.type !== 'ack') return;
    unacked--;
    wake?.();
    wake = null;
  });
  port.once('message', (request: ReadRequest) => {
    void (async () => {
      try {
        for await (const event of readRecords(request)) {
          port.postMessage(event satisfies ReaderMessage);
          if (event.type !== 'batch') continue;
          unacked++;
          while (unacked >= WINDOW) await new Promise<void>((resolve) => (wake = resolve));
        }
      } catch (error) {
        port.postMessage({ type: 'error', message: (error as Error)?.message ?? String(error), code: error instanceof UserError ? (error.code ?? null) : null } satisfies ReaderMessage);
      }
    })();
  });
}
