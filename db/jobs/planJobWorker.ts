/**
 * Worker thread of a plan job (planJob.ts): opens its own connection to the plan the host holds
 * open, runs one job of planJobKinds.ts on it and answers with progress, then its result or its
 * error. Cancel arrives as a message; the job sees it at its next `step()` and throws inside its
 * transaction, which rolls back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from './backgroundPriority';
import { UserError } from '../../shared/contract/errors';
import { PlanSession } from '../session';
import type { JobContext } from './jobRunner';
import type { WorkerMessage } from './workerThread';
import { planJobKinds, type PlanJobKind } from './planJobKinds';

export interface PlanJobRequest {
  type: 'run';
  kind: PlanJobKind;
  realPath: string;
  backupDir: string;
  input: unknown;
}

export interface PlanJobProgress {
  done: number;
  total: number | null;
  message: string | undefined;
}

type PlanJobMessage = WorkerMessage<PlanJobProgress, unknown>;

async function run(request: PlanJobRequest, controller: AbortController, post: (m: PlanJobMessage) => void): Promise<unknown> {
  const session = PlanSession.attach(request.realPath, request.backupDir);
  let lastYield = Date.now();
  const job: JobContext = {
    signal: controller.signal,
    progress: (done, total, message) => post({ type: 'progress', step: { done, total, message } }),
    // As the host's job runner: yield now and then, here so that a cancel message gets through.
    step: async () => {
      if (Date.now() - lastYield > 15) {
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = Date.now();
      }
      if (controller.signal.aborted) throw new UserError('Abgebrochen. Es wurde nichts geändert.', 'cancelled');
    },
  };
  try {
    const work = planJobKinds[request.kind] as (s: PlanSession, input: unknown, job: JobContext) => Promise<unknown>;
    return await work(session, request.input, job);
  } finally {
    session.close();
  }
}

if (parentPort) {
  lowerThreadPriority();
  const port = parentPort;
  const controller = new AbortController();
  const post = (m: PlanJobMessage) => port.postMessage(m);
  // Started ahead of its job (planJob.ts): loaded now.
  if ((workerData as { ahead?: boolean } | undefined)?.ahead) post({ type: 'ready' });
  port.on('message', (m: PlanJobRequest | { type: 'cancel' }) => {
    if (m.type === 'cancel') return controller.abort();
    run(m, controller, post).then(
      (result) => post({ type: 'done', result }),
      (error: unknown) => {
        const code = (error as { code?: unknown })?.code;
        post({ type: 'error', message: (error as Error)?.message ?? String(error), code: typeof code === 'string' ? code : null, user: error instanceof UserError });
      },
    );
  });
}
