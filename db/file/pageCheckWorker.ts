/**
 * Worker thread of verifyPlanAlongside (verify.ts): the full read of a file (pageCheck.ts) on
 * the other core while the thread that started it goes on. Answers with the problems found.
 */
import { parentPort } from 'node:worker_threads';
import { IDLE_NICE, lowerThreadPriority } from '../jobs/backgroundPriority';
import type { WorkerMessage } from '../jobs/workerThread';
import { pageProblemsOf } from './pageCheck';

export interface PageCheckRequest {
  filePath: string;
  privateCopy: boolean;
}

if (parentPort) {
  // Gives way to the merge it runs beside, which awaits the verdict only before its commit.
  lowerThreadPriority(IDLE_NICE);
  const port = parentPort;
  port.once('message', (request: PageCheckRequest) => {
    void pageProblemsOf(request.filePath, request.privateCopy).then((result) => port.postMessage({ type: 'done', result } satisfies WorkerMessage<never, string[]>));
  });
}
