/**
 * Runs the layout in a worker thread when one can be started (renderWorker.ts), else in this
 * process. Cancelling terminates the worker at once.
 *
 * Hazard: the worker needs its own entry file. Under tsx (CLI, tests, browser mode) that is the
 * .ts source loaded with tsx; in the Electron bundle it is dist-electron/reportWorker.cjs
 * (scripts/build-electron.ts). Where neither exists, the layout runs in-process and blocks the
 * host for its duration, as the Meilensteinplan export does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../../shared/contract/errors';
import { type RenderMessage, type RenderRequest, renderFiles } from './renderWorker';

type Done = Extract<RenderMessage, { type: 'done' }>;

function workerEntry(): { url: URL; execArgv: string[] } | null {
  const here = typeof __filename === 'string' && __filename ? __filename : fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return { url: pathToFileURL(path.join(path.dirname(here), 'renderWorker.ts')), execArgv: ['--import', 'tsx'] };
  const bundled = path.join(path.dirname(here), 'reportWorker.cjs');
  return fs.existsSync(bundled) ? { url: pathToFileURL(bundled), execArgv: [] } : null;
}

export async function renderInWorker(request: RenderRequest, signal: AbortSignal, onProgress: (step: 'pdf' | 'docx') => void, options: { inProcess?: boolean } = {}): Promise<Done> {
  const entry = options.inProcess ? null : workerEntry();
  if (!entry) return renderFiles(request, onProgress);
  const worker = new Worker(entry.url, { execArgv: entry.execArgv });
  return new Promise<Done>((resolve, reject) => {
    const abort = () => {
      void worker.terminate();
      reject(new UserError('Abgebrochen. Es wurde keine Datei gespeichert.', 'cancelled'));
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    worker.on('message', (m: RenderMessage) => {
      if (m.type === 'progress') onProgress(m.step);
      else {
        signal.removeEventListener('abort', abort);
        void worker.terminate();
        if (m.type === 'done') resolve(m);
        else reject(new Error(m.message));
      }
    });
    worker.on('error', (error) => {
      signal.removeEventListener('abort', abort);
      reject(error);
    });
    worker.postMessage(request);
  });
}
