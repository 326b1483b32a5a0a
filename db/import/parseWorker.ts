/**
 * Worker thread entry for reading untrusted files (db/import/parseInWorker.ts starts it). It
 * receives one request, parses it with the limits it was given and answers with plain data, a
 * German refusal, or progress on the way. It never sees the plan file.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from '../jobs/backgroundPriority';
import { UserError } from '../../shared/contract/errors';
import { type ParseRequest, runParse } from './parseJobs';
import type { ParseLimits } from './parseLimits';

export type ParseMessage =
  | { type: 'progress'; done: number; total: number | null; message: string }
  | { type: 'done'; threadId: number; result: unknown }
  | { type: 'error'; message: string; code: string | null };

export const PARSE_WORKER_MARK = 'psp-parse-worker';

// Marked by workerData, so importing this file elsewhere (bundles, a test pool thread) does nothing.
if (parentPort && (workerData as { mark?: string } | null)?.mark === PARSE_WORKER_MARK) {
  lowerThreadPriority();
  const port = parentPort;
  port.once('message', ({ request, limits }: { request: ParseRequest; limits: ParseLimits }) => {
    runParse(request, limits, (done, total, message) => port.postMessage({ type: 'progress', done, total, message } satisfies ParseMessage)).then(
      (result) => port.postMessage({ type: 'done', threadId, result } satisfies ParseMessage),
      (error: unknown) =>
        port.postMessage({ type: 'error', message: (error as Error)?.message ?? String(error), code: error instanceof UserError ? error.code : null } satisfies ParseMessage),
    );
  });
}
