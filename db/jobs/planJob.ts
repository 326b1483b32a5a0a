/**
 * Runs a writing job of an open plan (planJobKinds.ts: an import's write phase, a merge) in a
 * worker thread with its own connection to the file (planJobWorker.ts), so the host's event loop
 * stays free: the window, `app.info`, progress polling and cancel answer while the job writes.
 *
 * The host's session waits meanwhile (`session.locked`): its own writes and kysely reads queue
 * asynchronously instead of meeting the worker's lock synchronously. Afterwards the host takes
 * the clock the worker persisted (`reloadClock`), so its next changes sort after the job's.
 *
 * Where no worker entry exists (a bundle without planJobWorker.cjs), the job runs in-process as
 * before; `inProcess` forces that (tests comparing both paths).
 */
import { Worker } from 'node:worker_threads';
import { UserError } from '../../shared/contract/errors';
import type { PlanSession } from '../session';
import type { JobContext } from './jobRunner';
import { planJobKinds, type PlanJobInput, type PlanJobKind, type PlanJobResult } from './planJobKinds';
import type { PlanJobMessage, PlanJobRequest } from './planJobWorker';
import { workerEntry, type WorkerEntry } from './workerThread';

const here = typeof __filename === 'string' && __filename ? __filename : import.meta.url;

export async function runPlanJob<K extends PlanJobKind>(
  session: PlanSession,
  kind: K,
  input: PlanJobInput<K>,
  job: JobContext,
  options: { inProcess?: boolean } = {},
): Promise<PlanJobResult<K>> {
  const entry = options.inProcess ? null : workerEntry(here, 'planJobWorker', 'planJobWorker');
  if (!entry) {
    const work = planJobKinds[kind] as (s: PlanSession, i: PlanJobInput<K>, j: JobContext) => Promise<PlanJobResult<K>>;
    return work(session, input, job);
  }
  const request: PlanJobRequest = { type: 'run', kind, realPath: session.realPath, backupDir: session.backupFolder, input };
  try {
    return (await session.locked(() => inWorker(entry, request, job))) as PlanJobResult<K>;
  } finally {
    if (session.isOpen) session.reloadClock();
  }
}

function inWorker(entry: WorkerEntry, request: PlanJobRequest, job: JobContext): Promise<unknown> {
  const worker = new Worker(entry.url, { execArgv: entry.execArgv });
  return new Promise((resolve, reject) => {
    let settled = false;
    const cancel = () => worker.postMessage({ type: 'cancel' });
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      job.signal.removeEventListener('abort', cancel);
      void worker.terminate();
      fn();
    };
    job.signal.addEventListener('abort', cancel, { once: true });
    worker.on('message', (m: PlanJobMessage) => {
      if (m.type === 'progress') return job.progress(m.done, m.total, m.message);
      if (m.type === 'done') return settle(() => resolve(m.result));
      settle(() => reject(m.user ? new UserError(m.message, m.code ?? undefined) : Object.assign(new Error(m.message), { code: m.code ?? undefined })));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    // A worker that ends without an answer (killed, out of memory): its transaction was never committed.
    worker.on('exit', (code) => settle(() => reject(new Error(`Der Hintergrundprozess wurde unerwartet beendet (Code ${code}).`))));
    worker.postMessage(request);
    if (job.signal.aborted) cancel();
  });
}
