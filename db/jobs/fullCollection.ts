/**
 * A full garbage collection between two phases of a job in a worker thread, so the next phase
 * starts from the memory the job still needs rather than from everything the last phase left.
 *
 * Why: a worker's V8 heap starts with an old-generation limit of hundreds of MB, so a job that
 * promotes a few tens of MB of short-lived data (a plan's lookups, duplicate checks, copies made
 * while reading a file) never meets a major collection; that garbage stays resident through the
 * phase that follows. The 50,000-offer import (issue #11) held 52 MB of heap while writing, of
 * which 23 MB live; after one collection here, 23–31 MB, and the process peak 19 MB lower.
 *
 * Node has no public "collect now" outside `--expose-gc` (refused in a worker's execArgv);
 * `v8.queryObjects` is public and documented to search the heap after a full collection, which is
 * the collection used here (its search of an unused class finds nothing and costs one heap walk).
 * It is still marked experimental: its one-time warning is kept off the worker's stderr. On the
 * main thread this does nothing (a full collection there would pause the host).
 */
import v8 from 'node:v8';
import { isMainThread } from 'node:worker_threads';

/** A class with no instances: what the search looks for. */
class PhaseEnd {}

export function collectFully(): void {
  if (isMainThread || typeof v8.queryObjects !== 'function') return;
  const emitWarning = process.emitWarning;
  process.emitWarning = () => {};
  try {
    v8.queryObjects(PhaseEnd);
  } finally {
    process.emitWarning = emitWarning;
  }
}
