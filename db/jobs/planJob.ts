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
import type { PlanSession } from '../session';
import type { JobContext } from './jobRunner';
import { planJobCrossings, planJobKinds, type PlanJobInput, type PlanJobKind, type PlanJobResult } from './planJobKinds';
import type { PlanJobProgress, PlanJobRequest } from './planJobWorker';
import { runInWorker, workerEntry } from './workerThread';

const here = typeof __filename === 'string' && __filename ? __filename : import.meta.url;

/**
 * The plan job worker's young generation (MB). V8's default lets a worker's nursery grow to
 * tens of MB before the first scavenge, and it stays resident; a job keeps few short-lived objects
 * alive at once (a batch of rows). 50,000-offer import: the worker's heap 115 → 48 MB with the
 * lean plan of db/stock/importFile.ts, of which the nursery 16 → 8 MB; no slower.
 */
const YOUNG_GENERATION_MB = 8;

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
    // A job may let its input's fields go once read (planJobKinds.ts): in a worker it has its own
    // copy; here a shallow one, so the caller's object stays as it was.
    return work(session, { ...input }, job);
  }
  const crossing = planJobCrossings[kind] as ((input: PlanJobInput<K>) => { input: PlanJobInput<K>; transfer: ArrayBuffer[] }) | undefined;
  const { input: sent, transfer } = crossing ? crossing(input) : { input, transfer: [] };
  const request: PlanJobRequest = { type: 'run', kind, realPath: session.realPath, backupDir: session.backupFolder, input: sent };
  try {
    // Cancel is a message: the job throws at its next step inside its transaction, which rolls back.
    const run = () => runInWorker<PlanJobRequest, PlanJobProgress, PlanJobResult<K>>(entry, request, job.signal, (p) => job.progress(p.done, p.total, p.message), 'message', {
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
        transfer,
      });
    return await session.locked(run);
  } finally {
    if (session.isOpen) session.reloadClock();
  }
}
