/**
 * Runs the layout in a worker thread when one can be started (renderWorker.ts, through
 * db/jobs/workerThread.ts), else in this process. Cancelling terminates the worker at once.
 *
 * Hazard: the worker needs its own entry file: the .ts source under tsx (CLI, tests, browser
 * mode), dist-electron/reportWorker.cjs in the Electron bundle (scripts/build-electron.ts).
 * Where neither exists, the layout runs in-process and blocks the host for its duration.
 */
import { runInWorker, workerEntry } from '../jobs/workerThread';
import { type RenderedFiles, type RenderRequest, type RenderStep, renderFiles } from './renderWorker';

export async function renderInWorker(request: RenderRequest, signal: AbortSignal, onProgress: (step: RenderStep) => void, options: { inProcess?: boolean } = {}): Promise<RenderedFiles> {
  const entry = options.inProcess ? null : workerEntry(typeof __filename === 'string' && __filename ? __filename : import.meta.url, 'renderWorker', 'reportWorker');
  if (!entry) return renderFiles(request, onProgress);
  return runInWorker<RenderRequest, RenderStep, RenderedFiles>(entry, request, signal, onProgress);
}
