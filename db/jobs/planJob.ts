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
import { isMainThread, type Worker } from 'node:worker_threads';
import type { PlanSession } from '../session';
import type { JobContext } from './jobRunner';
import { planJobCrossings, planJobKinds, type PlanJobInput, type PlanJobKind, type PlanJobResult } from './planJobKinds';
import type { PlanJobProgress, PlanJobRequest } from './planJobWorker';
import { startWorker } from './startWorker';
import { runInWorker, workerEntry, type WorkerEntry } from './workerThread';

const here = typeof __filename === 'string' && __filename ? __filename : import.meta.url;

/**
 * The plan job worker's young generation (MB). V8's default lets a worker's nursery grow to
 * tens of MB before the first scavenge, and it stays resident; a job keeps few short-lived objects
 * alive at once (a batch of rows). 50,000-offer import: the worker's heap 115 → 48 MB with the
 * lean plan of db/stock/importFile.ts, of which the nursery 16 → 8 MB; no slower.
 */
const YOUNG_GENERATION_MB = 8;
const LIMITS = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };

/**
 * The next job's worker, started ahead. Starting the thread and compiling the worker's bundle
 * take ≈ 100 ms (the first worker of a process: more), which every import and merge waited for.
 * While a plan is open (db/sessions.ts), a worker is therefore started ahead, and again a while
 * after each job. It waits idle: no connection, nothing running, not keeping the process alive
 * (unref), about 50 MB of memory. Only the bundled worker (the app, the bench): under tsx
 * (tests, browser mode) a worker compiles every source module, which nobody should pay for
 * before a job needs it.
 */
let spare: { url: string; worker: Worker; ready: Promise<void> } | null = null;
/** Whether a plan is open, so that a worker ahead is of use. */
let wanted = false;
/** Plan jobs running in workers now: no worker is started ahead meanwhile (memory). */
let running = 0;
/** After a job: the next worker once the app is idle again, not while the window refreshes. */
const NEXT_AHEAD_AFTER_MS = 2000;

/** A plan is open: have the next job's worker started ahead. */
export function preparePlanJobWorker(): void {
  wanted = true;
  startAhead();
}

/** No plan is open any more: the worker started ahead ends. */
export function dropPlanJobWorker(): void {
  wanted = false;
  const held = spare;
  spare = null;
  void held?.worker.terminate();
}

/** Whether a worker started ahead waits for the next job. */
export const hasPlanJobWorkerAhead = (): boolean => spare !== null;

function startAhead(): void {
  if (!wanted || spare || running > 0 || !isMainThread) return;
  const entry = workerEntry(here, 'planJobWorker', 'planJobWorker');
  if (!entry || entry.execArgv.length > 0) return;
  const worker = startWorker(entry, { resourceLimits: LIMITS, workerData: { ahead: true } });
  const ready = new Promise<void>((resolve) => {
    worker.once('message', () => resolve());
    worker.once('exit', () => resolve());
  });
  const held = { url: entry.url.href, worker, ready };
  const drop = () => {
    if (spare === held) spare = null;
  };
  worker.on('error', drop).on('exit', drop).unref();
  spare = held;
}

/** The worker started ahead for `entry`, if one is idle. */
function takeSpare(entry: WorkerEntry): Worker | undefined {
  const held = spare;
  spare = null;
  if (!held) return undefined;
  if (held.url !== entry.url.href) {
    void held.worker.terminate();
    return undefined;
  }
  held.worker.ref();
  return held.worker;
}

/** Settles once the worker started ahead has loaded (at once if there is none): the bench waits for it as a planner's first minute with an open plan would. */
export async function planJobWorkerReady(): Promise<void> {
  const held = spare;
  if (!held) return;
  // Held meanwhile: an unref'd worker alone would let a process that only waits for it end.
  held.worker.ref();
  await held.ready;
  if (spare === held) held.worker.unref();
}

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
  running++;
  try {
    // Cancel is a message: the job throws at its next step inside its transaction, which rolls back.
    const run = () => runInWorker<PlanJobRequest, PlanJobProgress, PlanJobResult<K>>(entry, request, job.signal, (p) => job.progress(p.done, p.total, p.message), 'message', {
        resourceLimits: LIMITS,
        transfer,
        started: takeSpare(entry),
      });
    return await session.locked(run);
  } finally {
    running--;
    if (session.isOpen) session.reloadClock();
    setTimeout(startAhead, NEXT_AHEAD_AFTER_MS).unref();
  }
}
