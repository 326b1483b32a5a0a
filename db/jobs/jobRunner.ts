/**
 * Long work (large imports, projections, merges, PDF export) runs as a job: the handler
 * starts it and returns a job id at once; the renderer polls `jobs.status` for progress and
 * may call `jobs.cancel`. Jobs run in this process but yield to the event loop at every
 * `ctx.step()`, so the window, progress polling and cancel stay responsive.
 *
 * Hazard: a job that writes holds the plan's single connection for its whole transaction;
 * other queries on that plan wait until it ends. Progress and cancel never touch the
 * database, so they still answer. A cancelled or failed job throws inside its transaction,
 * which rolls back: nothing half-written remains.
 */
import { randomUUID } from 'node:crypto';
import { UserError } from '../../shared/contract/errors';
import { toUserError } from '../file/errors';
import type { JobStatus } from '../../shared/contract/jobs';

export interface JobContext {
  /** Reports progress; `total` null = unknown. */
  progress(done: number, total: number | null, message?: string): void;
  /** Yields to the event loop and throws when the job was cancelled. Call it every few hundred rows. */
  step(): Promise<void>;
  readonly signal: AbortSignal;
}

interface Job {
  status: JobStatus;
  windowId: string;
  controller: AbortController;
}

const KEEP_FINISHED_MS = 10 * 60 * 1000;

export class JobRunner {
  private readonly jobs = new Map<string, Job>();

  start<T>(kind: string, windowId: string, work: (ctx: JobContext) => Promise<T>): string {
    this.forgetOld();
    const id = randomUUID();
    const controller = new AbortController();
    const job: Job = {
      windowId,
      controller,
      status: { id, kind, state: 'running', done: 0, total: null, message: '', result: null, error: null, finishedAt: null },
    };
    this.jobs.set(id, job);
    let lastYield = Date.now();
    const ctx: JobContext = {
      signal: controller.signal,
      progress: (done, total, message) => {
        job.status = { ...job.status, done, total, message: message ?? job.status.message };
      },
      step: async () => {
        // Yield at most every ~15 ms: often enough to stay responsive, rarely enough to stay fast.
        if (Date.now() - lastYield > 15) {
          await new Promise((resolve) => setImmediate(resolve));
          lastYield = Date.now();
        }
        if (controller.signal.aborted) throw new UserError('Abgebrochen. Es wurde nichts geändert.', 'cancelled');
      },
    };
    // Start on the next turn so the caller gets the id before any work happens.
    setImmediate(() => {
      work(ctx).then(
        (result) => this.finish(job, { state: 'done', result: result ?? null }),
        (error: unknown) => {
          const cancelled = controller.signal.aborted;
          this.finish(job, {
            state: cancelled ? 'cancelled' : 'failed',
            // Technical text (SqliteError, ENOSPC, a stack overflow) goes to the log, German to the person.
            error: toUserError(error, 'Die Arbeit wurde abgebrochen, es wurde nichts geändert').message,
          });
        },
      );
    });
    return id;
  }

  status(id: string, windowId: string): JobStatus {
    return this.get(id, windowId).status;
  }

  cancel(id: string, windowId: string): void {
    this.get(id, windowId).controller.abort();
  }

  /** Resolves when the job has ended (for tests and for callers that must wait). */
  async wait(id: string, windowId: string): Promise<JobStatus> {
    for (;;) {
      const status = this.status(id, windowId);
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  private get(id: string, windowId: string): Job {
    const job = this.jobs.get(id);
    if (!job || job.windowId !== windowId) throw new UserError('Diesen Vorgang gibt es nicht (mehr).', 'no-job');
    return job;
  }

  private finish(job: Job, patch: Partial<JobStatus>): void {
    job.status = { ...job.status, ...patch, finishedAt: Date.now() };
  }

  private forgetOld(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) if (job.status.finishedAt !== null && now - job.status.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
  }
}
