/**
 * The reads of a large merge done on the other core while the merge works (changedHereRead.ts).
 *
 * - **Their entries folded** (mergeFold.ts), ≈ 200 ms of 100,000 entries: while the merge's
 *   thread appends the same entries to my log (≈ 300 ms). The fold reads only the two logs as
 *   committed, which the merge's append does not change for any other connection before the
 *   commit; it writes a file of its own that the merge has attached (FOLD) and reads once told
 *   `folded`. The one thing the merge waits for; should the worker fail, it folds by itself.
 * - **"Changed here"**: which columns my entries change that their file does not know
 *   (mergeBatch.ts `changedHere`), the merge's largest read of my file: per record all my entries
 *   since the share, fetched by record (≈ 160 ms). With the same function, batch by batch in the
 *   order the merge takes the records, each batch posted as it goes, so it keeps ahead of the
 *   loop. A merge batch whose records have not all arrived (not yet, or a record read by hlc for a
 *   copy restored from a backup) is read by the merge itself, as before; nothing waits for it.
 *
 * The worker closes each connection before it answers, and the merge ends it before its commit
 * (`end`): the commit never waits for this reader's lock.
 */
import fs from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../jobs/startWorker';
import { runInWorker, workerEntry, type WorkerEntry } from '../jobs/workerThread';
import type { AheadPart, ChangedHerePart, ChangedHereRequest } from './changedHereRead';

/**
 * When it is worth a thread: a copy of 16 MB or more (some 30,000 entries), known before it is
 * copied, so the worker can start at once; and 10,000 entries or more since the last exchange,
 * known once it is attached (merging the same file again reads nothing). Below that the merge's
 * own reads cost less than starting a thread (≈ 25 ms).
 */
export interface AheadFrom {
  bytes: number;
  entries: number;
}
export const AHEAD_FROM: AheadFrom = { bytes: 16 * 1024 ** 2, entries: 10_000 };

/** What the merge asks per batch (mergeBatch.ts readBatch). */
export interface ChangedHereAhead {
  /** Whether their entries were folded into the file asked for (`fold` of the request); false when not asked, or when the worker failed or was ended first. */
  folded: Promise<boolean>;
  /** The columns changed here of each of `ids`, or null when the answer so far does not cover them all. */
  of(tbl: string, ids: readonly string[]): Map<string, Set<string>> | null;
  /** Whether the worker posted its whole answer (false: it failed or was ended); the merge never waits for this. */
  answered: Promise<boolean>;
  /** Ends the worker if it still reads, and waits until it has ended (its connection closed). */
  end(): Promise<void>;
}

const here = typeof __filename === 'string' && __filename ? __filename : import.meta.url;

/** A worker started for one merge, not yet asked. */
export interface ChangedHereWorker {
  entry: WorkerEntry;
  worker: Worker;
}

/**
 * Starts the worker for a merge of the file at `theirFile`, before that file is copied and
 * read, so it has loaded when asked. Null for a small file, or where no worker entry exists.
 * A worker that is never asked must be ended (`worker.terminate()`).
 */
export function startChangedHereWorker(theirFile: string, fromBytes = AHEAD_FROM.bytes): ChangedHereWorker | null {
  let size: number;
  try {
    size = fs.statSync(theirFile).size;
  } catch {
    return null; // the merge itself says what is wrong with the file
  }
  if (size < fromBytes) return null;
  const entry = workerEntry(here, 'changedHereWorker', 'changedHereWorker');
  return entry ? { entry, worker: startWorker(entry) } : null;
}

/**
 * Asks the started worker; its batches arrive while the merge's thread yields (job.step). An
 * error of the worker only means the merge reads everything itself.
 */
export function askChangedHere(started: ChangedHereWorker, request: ChangedHereRequest, signal: AbortSignal): ChangedHereAhead {
  // The worker's batches by their records (as JSON): where the merge's batch is the same (the
  // common case: both take the same records in the same order), it is answered from that part alone.
  const byList = new Map<string, ChangedHerePart>();
  const arrived: ChangedHerePart[] = [];
  // Otherwise from an index of every record arrived so far, brought up to date when asked.
  const tables = new Map<string, { covered: Set<string>; changed: Map<string, string[]> }>();
  let indexed = 0;
  let foldDone: (done: boolean) => void = () => undefined;
  const folded = new Promise<boolean>((resolve) => (foldDone = resolve));
  const add = (step: AheadPart) => {
    if (step.kind === 'folded') return foldDone(step.ok);
    const part: ChangedHerePart = { tbl: step.tbl, list: step.list, changed: step.changed };
    byList.set(`${part.tbl}\n${part.list}`, part);
    arrived.push(part);
  };
  const changedOf = (part: ChangedHerePart) => JSON.parse(part.changed) as [string, string[]][];
  const answered = runInWorker<ChangedHereRequest, AheadPart, null>(started.entry, request, signal, add, 'terminate', { started: started.worker }).then(
    () => true,
    () => false,
  );
  // Settled with the worker at the latest (a no-op once folded).
  void answered.then(() => foldDone(false));
  return {
    folded,
    of(tbl, ids) {
      // That part covers exactly these records, and lists those with columns changed here.
      const same = byList.get(`${tbl}\n${JSON.stringify(ids)}`);
      if (same) return new Map(changedOf(same).map(([id, cols]) => [id, new Set(cols)]));
      for (; indexed < arrived.length; indexed++) {
        const part = arrived[indexed]!;
        let table = tables.get(part.tbl);
        if (!table) tables.set(part.tbl, (table = { covered: new Set(), changed: new Map() }));
        for (const id of JSON.parse(part.list) as string[]) table.covered.add(id);
        for (const [id, cols] of changedOf(part)) table.changed.set(id, cols);
      }
      const table = tables.get(tbl);
      if (!table || !ids.every((id) => table.covered.has(id))) return null;
      const out = new Map<string, Set<string>>();
      for (const id of ids) {
        const cols = table.changed.get(id);
        if (cols) out.set(id, new Set(cols));
      }
      return out;
    },
    answered,
    end: async () => {
      await started.worker.terminate();
      await answered;
    },
  };
}
