/**
 * The analysis worker of one open plan (analysisClient.ts starts it): a worker thread with its
 * own read-only connection to the plan file that loads the analysis inputs, computes every
 * scenario's projection and keeps the result, so the seconds a Germany-scale plan takes never
 * pause the host. It answers queries (analysisQueries.ts) from that result.
 *
 * Messages are handled one after the other, in order:
 * - `read`: loads the inputs in one read transaction. The host sends it while it holds the
 *   session's lock, so no host write waits (synchronously, rollback journal) on our read lock.
 * - `compute`: computes the projections of the inputs just read; they replace the cached result.
 * - `query`: answers from the cached result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Sqlite from 'better-sqlite3';
import { UserError } from '../../shared/contract/errors';
import { computeProjections } from '../../shared/needs/analysis';
import { kyselyFor } from '../file/connection';
import type { PlanSession } from '../session';
import type { CachedAnalysis } from './analysisCache';
import { loadAnalysisInputs, type AnalysisInputs } from './analysisLoader';
import { answerQuery, type AnalysisQuery } from './analysisQueries';

export type AnalysisWorkerRequest = { id: number } & ({ type: 'read' } | { type: 'compute' } | { type: 'query'; query: AnalysisQuery });

export type AnalysisWorkerReply =
  | { type: 'answer'; id: number; value: unknown }
  | { type: 'failed'; id: number; message: string; code?: string }
  | { type: 'progress'; done: number; total: number; message: string };

export interface AnalysisWorkerData {
  filePath: string;
}

/** The steps the host shows while the first analysis is computed (shared/needs progress). */
export const ANALYSIS_STEPS = 3;

if (parentPort) {
  const port = parentPort;
  const { filePath } = workerData as AnalysisWorkerData;
  const sqlite = new Sqlite(filePath, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  // The loaders take a session but only read through `db`; this connection cannot write.
  const reader = { db: kyselyFor(sqlite), sqlite } as unknown as PlanSession;
  let read: AnalysisInputs | null = null;
  let cached: CachedAnalysis | null = null;
  let failure: { message: string; code?: string } | null = null;
  const progress = (done: number, message: string) => port.postMessage({ type: 'progress', done, total: ANALYSIS_STEPS, message } satisfies AnalysisWorkerReply);

  const handle = async (request: AnalysisWorkerRequest): Promise<unknown> => {
    switch (request.type) {
      case 'read': {
        progress(0, 'Bevölkerung und Annahmen werden gelesen');
        cached = null;
        failure = null;
        sqlite.exec('BEGIN');
        try {
          read = await loadAnalysisInputs(reader, null);
        } finally {
          sqlite.exec('COMMIT');
        }
        progress(1, 'Vorausberechnung der Szenarien');
        return null;
      }
      case 'compute': {
        if (!read) throw new Error('analysis worker: compute before read');
        const inputs = read;
        read = null;
        cached = { inputs, projections: computeProjections(inputs) };
        progress(ANALYSIS_STEPS, 'Fertig');
        return null;
      }
      case 'query':
        if (failure) throw new UserError(failure.message, failure.code ?? 'analysis-failed');
        if (!cached) throw new Error('analysis worker: query before compute');
        return answerQuery(cached, request.query);
    }
  };

  // One request at a time, in order: a query sent after `compute` sees its result.
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (request: AnalysisWorkerRequest) => {
    queue = queue.then(() =>
      handle(request).then(
        (value) => port.postMessage({ type: 'answer', id: request.id, value } satisfies AnalysisWorkerReply),
        (error: unknown) => {
          const e = error as { message?: string; code?: string };
          if (request.type !== 'query') failure = { message: e?.message ?? String(error), code: e?.code };
          port.postMessage({ type: 'failed', id: request.id, message: e?.message ?? String(error), code: e?.code } satisfies AnalysisWorkerReply);
        },
      ),
    );
  });
}
