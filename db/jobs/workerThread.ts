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
import { Worker } from 'node:worker_threads';
import { UserError } from '../../shared/contract/errors';

export interface WorkerEntry {
  url: URL;
  execArgv: string[];
}

/** What a worker posts back: progress steps, then one `done` or `error`. */
export type WorkerMessage<P, R> = { type: 'progress'; step: P } | { type: 'done'; result: R } | { type: 'error'; message: string; code?: string };

let bundleDir: string | null = null;

/**
 * The bench: start every worker from its bundle in `dir` (scripts/workerBundles.ts), as the app
 * ships them, instead of from the sources under tsx. Workers nested in a bundled worker find
 * their bundles next to it by themselves.
 */
export function useBundledWorkers(dir: string): void {
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

export function runInWorker<Q, P, R>(entry: WorkerEntry, request: Q, signal: AbortSignal, onProgress: (step: P) => void = () => {}): Promise<R> {
  const worker = new Worker(entry.url, { execArgv: entry.execArgv });
  return new Promise<R>((resolve, reject) => {
    const finish = () => {
      signal.removeEventListener('abort', abort);
      void worker.terminate();
    };
    const abort = () => {
      finish();
      reject(new UserError('Abgebrochen. Es wurde keine Datei gespeichert.', 'cancelled'));
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    worker.on('message', (m: WorkerMessage<P, R>) => {
      if (m.type === 'progress') return onProgress(m.step);
      finish();
      if (m.type === 'done') resolve(m.result);
      else reject(m.code ? new UserError(m.message, m.code) : new Error(m.message));
    });
    worker.on('error', (error) => {
      finish();
      reject(error);
    });
    worker.postMessage(request);
  });
}
