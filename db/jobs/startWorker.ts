/**
 * The one place a worker thread is started (plan jobs, layout, parsing, the needs analysis).
 *
 * Each start compiles the worker's bundle, megabytes of JavaScript: ≈ 130 ms CPU for the plan
 * job worker, on every import and merge. V8's code cache on disk (Node's module compile cache,
 * `module.enableCompileCache`) halves that from the second start on. It is switched on here,
 * before the first worker, and handed to workers through NODE_COMPILE_CACHE, which they inherit;
 * where it cannot be used (an older Node, NODE_DISABLE_COMPILE_CACHE, no writable folder) the
 * workers compile as before.
 */
import module from 'node:module';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { WorkerEntry } from './workerThread';

let cacheAsked = false;

function useCompileCache(): void {
  if (cacheAsked) return;
  cacheAsked = true;
  if (process.env.NODE_COMPILE_CACHE) return; // set by whoever started us: workers inherit it
  const enable = (module as { enableCompileCache?: () => { directory?: string } }).enableCompileCache;
  const directory = enable?.().directory;
  if (directory) process.env.NODE_COMPILE_CACHE = directory;
}

export function startWorker(entry: WorkerEntry, options: Omit<WorkerOptions, 'execArgv'> = {}): Worker {
  useCompileCache();
  return new Worker(entry.url, { ...options, execArgv: entry.execArgv });
}
