/**
 * Worker thread of a large merge (changedHereAhead.ts, changedHereRead.ts): folds their new
 * entries into the file the merge attached for that, then reads which columns my entries change
 * that their file does not know, each on a connection of its own, and posts both as progress;
 * `done` once its connections are closed.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerMessage } from '../jobs/workerThread';
import { readAhead, type AheadPart, type ChangedHereRequest } from './changedHereRead';

if (parentPort) {
  const port = parentPort;
  const post = (message: WorkerMessage<AheadPart, null>) => port.postMessage(message);
  port.once('message', (request: ChangedHereRequest) => {
    try {
      readAhead(request, (step) => post({ type: 'progress', step }));
      post({ type: 'done', result: null });
    } catch (error) {
      // All the merge does with it: fold and read every batch itself.
      const code = (error as { code?: unknown })?.code;
      post({ type: 'error', message: (error as Error)?.message ?? String(error), code: typeof code === 'string' ? code : null, user: false });
    }
  });
}
