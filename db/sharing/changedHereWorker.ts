/**
 * Worker thread of a large merge (changedHereAhead.ts, changedHereRead.ts): reads which columns my entries change
 * that their file does not know, on a read-only connection of its own, and posts it batch by
 * batch as progress; `done` once its connection is closed.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerMessage } from '../jobs/workerThread';
import { readChangedHere, type ChangedHerePart, type ChangedHereRequest } from './changedHereRead';

if (parentPort) {
  const port = parentPort;
  const post = (message: WorkerMessage<ChangedHerePart, null>) => port.postMessage(message);
  port.once('message', (request: ChangedHereRequest) => {
    try {
      readChangedHere(request, (step) => post({ type: 'progress', step }));
      post({ type: 'done', result: null });
    } catch (error) {
      // All the merge does with it: read every batch itself.
      const code = (error as { code?: unknown })?.code;
      post({ type: 'error', message: (error as Error)?.message ?? String(error), code: typeof code === 'string' ? code : null, user: false });
    }
  });
}
