/**
 * A full garbage collection between two phases of a job in a worker thread, so the next phase
 * starts from the memory the job still needs rather than from everything the last phase left.
 *
 * Why: a worker's V8 heap starts with an old-generation limit of hundreds of MB, so a job that
 * promotes a few tens of MB of short-lived data (a plan's lookups, duplicate checks, copies made
 * while reading a file) never meets a major collection; that garbage stays resident through the
 * phase that follows. The 50,000-offer import (issue #11) held 52 MB of heap while writing, of
 * which 23 MB live; after one collection here, 23–31 MB, and the process peak ≈ 20 MB lower.
 *
 * Node has no public "collect now" outside `--expose-gc` (refused in a worker's execArgv).
 * `vm.measureMemory({ execution: 'eager' })` is public and documented to start a collection at
 * once to measure the heap: ≈ 30 ms. (`v8.queryObjects`, used before, collects too but then
 * walks the whole heap: 220–300 ms of the import.) Both are still marked experimental: the
 * one-time warning is kept off the worker's stderr. On the main thread this does nothing (a full
 * collection there would pause the host).
 */
import vm from 'node:vm';
import { isMainThread } from 'node:worker_threads';

export async function collectFully(): Promise<void> {
  if (isMainThread || typeof vm.measureMemory !== 'function') return;
  // The warning is given as the call starts: silenced for the call only, not for whatever else
  // the worker does while the collection runs.
  const emitWarning = process.emitWarning;
  process.emitWarning = () => {};
  let measured: Promise<unknown> = Promise.resolve();
  try {
    measured = vm.measureMemory({ execution: 'eager' });
  } catch {
    // Only a help for the memory: the job goes on without it (so too below).
  } finally {
    process.emitWarning = emitWarning;
  }
  await measured.catch(() => undefined);
}
