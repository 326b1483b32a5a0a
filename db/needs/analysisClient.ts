/**
 * Host side of the analysis worker (analysisWorker.ts): one long-lived worker per open plan,
 * started on the first analysis of a large plan and ended when the plan closes. The host only
 * relays: it decides when the worker must reload (the plan's change stamp differs from the one
 * the worker last read at), holds the session's lock while the worker reads, and passes queries
 * and answers through (structured clone, no JSON).
 *
 * Small plans (most Kreise: tens of Gemeinden) are computed in-process and cached by
 * analysisCache.ts: there the whole analysis takes less time than starting a worker. So does
 * every host where the worker's entry file is missing (db/jobs/workerThread.ts `workerEntry`).
 */
import type { Worker } from 'node:worker_threads';
import type { AnalysisView } from '../../shared/contract/needsSchemas';
import { UserError } from '../../shared/contract/errors';
import { PreparedAnswer } from '../api/preparedAnswer';
import { startWorker } from '../jobs/startWorker';
import { workerEntry, type WorkerEntry } from '../jobs/workerThread';
import type { PlanSession } from '../session';
import { cachedAnalysis, changeStamp } from './analysisCache';
import { loadPlanAnalysis } from './analysisLoader';
import type { Packed } from './packed';
import { answerQuery, type AnalysisAnswers, type AnalysisQuery, type AnalysisQueryKind } from './analysisQueries';
import type { AnalysisWorkerData, AnalysisWorkerReply, AnalysisWorkerRequest } from './analysisWorker';

export interface AnalysisProgress {
  done: number;
  total: number;
  message: string;
}

/** Tunables; tests lower `workerFromGemeinden` to run small plans through the worker. */
export const analysisWorkerOptions = {
  /**
   * From this many Gemeinden on, the analysis runs in the worker. In-process it holds the host
   * for its whole length: ≈ 0.45 ms CPU per Gemeinde on the two-core bench machine (150
   * Gemeinden ≈ 60 ms, 400 ≈ 170 ms), so only plans well inside the 100 ms answer goal stay here.
   */
  workerFromGemeinden: 120,
};

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Request = AnalysisWorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

class AnalysisWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private dead: Error | null = null;
  /** The change stamp the worker's result belongs to, and when that result is there. */
  stamp: string | null = null;
  ready: Promise<void> = Promise.resolve();
  isReady = false;
  progress: AnalysisProgress | null = null;

  constructor(entry: WorkerEntry, filePath: string) {
    this.worker = startWorker(entry, { workerData: { filePath } satisfies AnalysisWorkerData });
    // An idle worker must not keep a CLI or test process alive.
    this.worker.unref();
    this.worker.on('message', (m: AnalysisWorkerReply) => this.receive(m));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', () => this.fail(new Error('Der Hintergrundprozess der Bedarfsermittlung wurde beendet.')));
  }

  get alive(): boolean {
    return this.dead === null;
  }

  send(request: Request): Promise<unknown> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id } as AnalysisWorkerRequest);
    });
  }

  close(): void {
    this.fail(new UserError('Die Planungsdatei ist bereits geschlossen.', 'closed'));
    void this.worker.terminate();
  }

  private receive(m: AnalysisWorkerReply): void {
    if (m.type === 'progress') {
      this.progress = { done: m.done, total: m.total, message: m.message };
      return;
    }
    const waiting = this.pending.get(m.id);
    this.pending.delete(m.id);
    if (m.type === 'answer') waiting?.resolve(m.value);
    else waiting?.reject(m.code ? new UserError(m.message, m.code) : new Error(m.message));
  }

  private fail(error: Error): void {
    this.dead ??= error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}

const workers = new WeakMap<PlanSession, AnalysisWorker>();
const loads = new WeakMap<PlanSession, number>();
const countLoad = (session: PlanSession) => loads.set(session, (loads.get(session) ?? 0) + 1);

/** Whether the plan's analysis runs in its worker (for tests). */
export function analysisInWorker(session: PlanSession): boolean {
  return workers.get(session)?.alive ?? false;
}

/** How often the plan's analysis was loaded and computed since it was opened (for tests). */
export function analysisLoads(session: PlanSession): number {
  return loads.get(session) ?? 0;
}

const entryOf = (): WorkerEntry | null => workerEntry(typeof __filename === 'string' && __filename ? __filename : import.meta.url, 'analysisWorker', 'needsAnalysisWorker');

/** The plan's worker, started on first use; null = compute in-process (small plan, no entry). */
function workerFor(session: PlanSession): AnalysisWorker | null {
  const running = workers.get(session);
  if (running?.alive) return running;
  const { n } = session.sqlite.prepare('SELECT count(*) AS n FROM gemeinde WHERE deleted_at IS NULL').get() as { n: number };
  if (n < analysisWorkerOptions.workerFromGemeinden) return null;
  const entry = entryOf();
  if (!entry) return null;
  const worker = new AnalysisWorker(entry, session.realPath);
  workers.set(session, worker);
  session.onClose(() => worker.close());
  return worker;
}

/**
 * Makes the worker's result that of the plan as it is now. The stamp is read before the data,
 * so a write racing the reload can only make the result look older than it is (reloaded on the
 * next call), never newer. The worker reads while the host holds the session's lock: host
 * writes then wait asynchronously for it instead of blocking the host on SQLITE_BUSY.
 */
function refresh(session: PlanSession, worker: AnalysisWorker): Promise<void> {
  const stamp = changeStamp(session);
  if (worker.stamp === stamp) return worker.ready;
  worker.stamp = stamp;
  worker.isReady = false;
  worker.progress = null;
  countLoad(session);
  const previous = worker.ready;
  const ready = (async () => {
    // Take the lock only when the worker is free to read: a computation still running for an
    // older stamp would otherwise keep the host's writes waiting for its whole length.
    await previous.catch(() => {});
    await session.locked(() => worker.send({ type: 'read' }));
    await worker.send({ type: 'compute' });
  })();
  worker.ready = ready;
  ready.then(
    () => {
      if (worker.ready === ready) worker.isReady = true;
    },
    () => {
      // A failed load is retried by the next call.
      if (worker.ready === ready) worker.stamp = null;
    },
  );
  return ready;
}

/** Answers `query` from the plan's analysis as it is now; waits for a (re)computation. */
export async function analysisQuery<K extends AnalysisQueryKind>(session: PlanSession, query: AnalysisQuery<K>): Promise<AnalysisAnswers[K]> {
  const worker = workerFor(session);
  if (!worker) {
    const cached = await cachedAnalysis(session, () => {
      countLoad(session);
      return loadPlanAnalysis(session);
    });
    return answerQuery(cached, query);
  }
  await refresh(session, worker);
  return (await worker.send({ type: 'query', query: query as AnalysisQuery })) as AnalysisAnswers[K];
}

/**
 * The page's view of the plan's analysis as it is now: from the worker checked and serialised
 * there (the host's thread would spend tens of ms cloning and checking a Germany-scale view),
 * in-process as a value that dispatch checks.
 */
export async function analysisViewAnswer(session: PlanSession, query: AnalysisQuery<'view'>): Promise<AnalysisView | PreparedAnswer<AnalysisView>> {
  const worker = workerFor(session);
  if (!worker) return analysisQuery(session, query);
  await refresh(session, worker);
  return new PreparedAnswer((await worker.send({ type: 'query', query, form: 'checked-json' })) as Uint8Array);
}

/** `analysisQuery`, packed: from the worker as bytes, in-process as the value. */
export async function analysisQueryPacked<K extends AnalysisQueryKind>(session: PlanSession, query: AnalysisQuery<K>): Promise<Packed<AnalysisAnswers[K]>> {
  const worker = workerFor(session);
  if (!worker) return { value: await analysisQuery(session, query) };
  await refresh(session, worker);
  return { v8: (await worker.send({ type: 'query', query: query as AnalysisQuery, form: 'v8' })) as Uint8Array };
}

/**
 * Whether the plan's analysis as it is now is there within `waitMs` (starting its computation
 * if need be); when not, how far it got. In-process plans are always ready (computed here).
 */
export async function analysisReadyWithin(session: PlanSession, waitMs: number): Promise<{ ready: true } | { ready: false; progress: AnalysisProgress }> {
  const worker = workerFor(session);
  if (!worker) return { ready: true };
  const ready = refresh(session, worker);
  if (worker.isReady) return { ready: true };
  let timer: NodeJS.Timeout | undefined;
  const inTime = await Promise.race([ready.then(() => true), new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), waitMs)))]).finally(() => clearTimeout(timer));
  if (inTime) return { ready: true };
  return { ready: false, progress: worker.progress ?? { done: 0, total: 3, message: 'Die Berechnung wird gestartet' } };
}
