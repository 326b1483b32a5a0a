/**
 * Runs one request in a worker_threads Worker and answers with its one result, so synchronous
 * work (pdfmake's layout, docx packing) does not pause the host's event loop: the window,
 * progress polling and cancel keep answering. Cancelling terminates the worker at once.
 *
 * Hazard: a worker needs its own entry file. Under tsx (CLI, tests, browser mode) that is the
 * .ts source loaded with tsx; in the Electron bundle it is a .cjs file next to main.cjs
 * (scripts/build-electron.ts). Where neither exists, `workerEntry` answers null and the caller
 * runs the work in-process (blocking the host for its duration).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { UserError } from '../../shared/contract/errors';
import { startWorker } from './startWorker';

export interface WorkerEntry {
  url: URL;
  execArgv: string[];
}

/**
 * What a worker posts back: progress steps, then one `done` or `error`. An error's `code` travels
 * with it; `user` marks a German message for the planner (UserError), otherwise the host words it
 * from the code (db/file/errors.ts, e.g. a full disk).
 */
export type WorkerMessage<P, R> =
  | { type: 'progress'; step: P }
  | { type: 'done'; result: R }
  | { type: 'error'; message: string; code?: string | null; user?: boolean }
  /** A worker started ahead (planJob.ts) has loaded and waits for its request. */
  | { type: 'ready' };

/** How a running worker learns of a cancel: ended at once, or told (`{ type: 'cancel' }`) so it can roll back and answer. */
export type WorkerCancel = 'terminate' | 'message';

let bundleDir: string | null = null;

/**
 * The bench: start every worker from its bundle in `dir` (scripts/workerBundles.ts), as the app
 * ships them, instead of from the sources under tsx. Workers nested in a bundled worker find
 * their bundles next to it by themselves.
 */
export function useBundledWorkers(dir: string | null): void {
  bundleDir = dir;
}

/**
 * The entry of a worker that sits next to `hostModule` (pass `import.meta.url` or `__filename`
 * of the calling module): `<tsName>.ts` under tsx, `<bundledName>.cjs` in the Electron bundle.
 */
export function workerEntry(hostModule: string, tsName: string, bundledName: string): WorkerEntry | null {
  const here = hostModule.startsWith('file:') ? fileURLToPath(hostModule) : hostModule;
  const chosen = bundleDir && path.join(bundleDir, `${bundledName}.cjs`);
  if (chosen && fs.existsSync(chosen)) return { url: pathToFileURL(chosen), execArgv: [] };
  if (here.endsWith('.ts')) return { url: pathToFileURL(path.join(path.dirname(here), `${tsName}.ts`)), execArgv: ['--import', 'tsx'] };
  const bundled = path.join(path.dirname(here), `${bundledName}.cjs`);
  return fs.existsSync(bundled) ? { url: pathToFileURL(bundled), execArgv: [] } : null;
}

export interface WorkerOptions {
  /** The worker's V8 heap sizes (e.g. a smaller young generation, what a worker's resident memory grows by first). */
  resourceLimits?: ResourceLimits;
  /** Buffers inside `request` that are moved to the worker (detached here) instead of copied. */
  transfer?: ArrayBuffer[];
  /** A worker of `entry` started ahead and still idle (planJob.ts), used instead of starting one. */
  started?: Worker;
}

export function runInWorker<Q, P, R>(
  entry: WorkerEntry,
  request: Q,
  signal: AbortSignal,
  onProgress: (step: P) => void = () => {},
  cancel: WorkerCancel = 'terminate',
  options: WorkerOptions = {},
): Promise<R> {
  const worker = options.started ?? startWorker(entry, options.resourceLimits ? { resourceLimits: options.resourceLimits } : {});
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', abort);
      void worker.terminate();
      fn();
    };
    const abort = () => {
      if (cancel === 'message') worker.postMessage({ type: 'cancel' });
      else settle(() => reject(new UserError('Abgebrochen. Es wurde keine Datei gespeichert.', 'cancelled')));
    };
    worker.on('message', (m: WorkerMessage<P, R>) => {
      if (m.type === 'progress') return onProgress(m.step);
      if (m.type === 'ready') return;
      if (m.type === 'done') return settle(() => resolve(m.result));
      const user = m.user ?? Boolean(m.code);
      settle(() => reject(user ? new UserError(m.message, m.code ?? undefined) : Object.assign(new Error(m.message), { code: m.code ?? undefined })));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    // A worker that ends without an answer (killed, out of memory): whatever it wrote was never committed.
    worker.on('exit', (code) => settle(() => reject(new Error(`Der Hintergrundprozess wurde unerwartet beendet (Code ${code}).`))));
    worker.postMessage(request, options.transfer ?? []);
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
}
