/**
 * The one way an importer reads an untrusted file: in a worker thread (parseWorker.ts), under
 * the limits of parseLimits.ts. A zip or JSON bomb, a parse that hangs or runs out of memory
 * costs that worker, which is terminated; the host keeps answering and the plan is untouched.
 *
 * Hazard: the worker needs its own entry file, found as for the report worker
 * (db/report/render.ts): under tsx (CLI, tests, browser mode) the .ts source loaded with tsx,
 * in the Electron bundle dist-electron/parseWorker.cjs (scripts/build-electron.ts). Where
 * neither exists the parse runs in this process with the same size, row and depth limits, but
 * without the memory limit and the timeout.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import { UserError } from '../../shared/contract/errors';
import { startWorker } from '../jobs/startWorker';
import { workerEntry } from '../jobs/workerThread';
import { type ParseProgress, type ParseRequest, type ParseResults, runParse } from './parseJobs';
import { limitMessages, PARSE_LIMITS, type ParseLimits } from './parseLimits';
import { PARSE_WORKER_MARK, type ParseMessage } from './parseWorker';

const parseWorkerEntry = () => workerEntry(typeof __filename === 'string' && __filename ? __filename : import.meta.url, 'parseWorker', 'parseWorker');

export interface ParseOptions {
  onProgress?: ParseProgress;
  /** Aborting (a cancelled job) terminates the worker at once. */
  signal?: AbortSignal;
  /** Tests and the bad-input corpus lower limits; importers use PARSE_LIMITS. */
  limits?: Partial<ParseLimits>;
  /** Called with the thread that parsed: proof in tests that it was not the host's. */
  onThread?: (threadId: number) => void;
  /**
   * The caller hands the bytes over and will not read them again: a large array that fills its
   * own buffer is then moved to the worker instead of copied (copying 50 MB held the host's
   * event loop for up to 170 ms on a loaded machine). Never for Node's pooled small buffers.
   */
  handOver?: boolean;
}

const HAND_OVER_FROM = 1024 * 1024;

/**
 * The parse worker's young generation: an eighth of its heap limit, between 8 and 16 MB. A
 * parse keeps what it reads (rows, cells), so a large nursery only holds garbage longer and
 * stays resident: with 64 MB the worker of a 50,000-row CSV took ≈ 95 MB, pushing the import's
 * peak (host, plan job worker and this one at once) over 300 MB; the parse took no longer with 16.
 */
const youngGenerationMb = (limits: ParseLimits) => Math.min(16, Math.max(8, limits.maxHeapMb / 8));

function transferable(request: ParseRequest, handOver: boolean): ArrayBuffer[] {
  if (!handOver) return [];
  const bytes = request.kind === 'population' ? ('bytes' in request.source ? request.source.bytes : null) : request.bytes;
  if (!bytes || bytes.byteLength < HAND_OVER_FROM || bytes.byteOffset !== 0 || !(bytes.buffer instanceof ArrayBuffer) || bytes.byteLength !== bytes.buffer.byteLength) return [];
  return [bytes.buffer];
}

const shipped = new AsyncLocalStorage<true>();

/**
 * Runs `work` with the app's own sample files (db/sample/data): shipped with the app, so not
 * untrusted; parsed on this thread, which spares the sample plan a dozen worker starts.
 */
export function readingShippedFiles<T>(work: () => Promise<T>): Promise<T> {
  return shipped.run(true, work);
}

async function sizeOf(request: ParseRequest): Promise<number> {
  if (request.kind !== 'population') return request.bytes.length;
  return 'bytes' in request.source ? request.source.bytes.length : (await fs.promises.stat(request.source.path)).size;
}

export async function parseInWorker<R extends ParseRequest>(request: R, options: ParseOptions = {}): Promise<ParseResults[R['kind']]> {
  const limits: ParseLimits = { ...PARSE_LIMITS, ...options.limits };
  // Before any copy to a worker: a file over the limit is not read at all.
  if ((await sizeOf(request)) > limits.maxFileBytes) throw new UserError(limitMessages.tooLarge(request.fileName, limits), 'too-large');
  const entry = shipped.getStore() ? null : parseWorkerEntry();
  if (!entry) return runParse(request, limits, options.onProgress);

  const worker = startWorker(entry, {
    workerData: { mark: PARSE_WORKER_MARK },
    resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: youngGenerationMb(limits) },
  });
  return new Promise<ParseResults[R['kind']]>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, result?: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', abort);
      void worker.terminate();
      if (error) reject(error);
      else resolve(result as ParseResults[R['kind']]);
    };
    const abort = () => finish(new UserError('Abgebrochen. Es wurde nichts geändert.', 'cancelled'));
    const timer = setTimeout(() => finish(new UserError(limitMessages.timeout(), 'parse-timeout')), limits.timeoutMs);
    if (options.signal?.aborted) return abort();
    options.signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (m: ParseMessage) => {
      if (m.type === 'progress') options.onProgress?.(m.done, m.total, m.message);
      else if (m.type === 'done') {
        options.onThread?.(m.threadId);
        finish(null, m.result);
      } else finish(m.code ? new UserError(m.message, m.code) : new Error(m.message));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      // The heap limit: the file expands beyond what any real table needs (a bomb).
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(new UserError(limitMessages.tooLargeInMemory(request.fileName), 'too-large-in-memory'));
      else finish(error);
    });
    worker.on('exit', () => finish(new UserError(limitMessages.stopped(request.fileName), 'parse-stopped')));
    worker.postMessage({ request, limits }, transferable(request, options.handOver === true));
  });
}
