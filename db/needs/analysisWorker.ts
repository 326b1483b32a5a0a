/**
 * The analysis worker of one open plan (analysisClient.ts starts it): a worker thread with its
 * own read-only connection to the plan file that loads the analysis inputs, computes every
 * scenario's projection and keeps the result, so the seconds a Germany-scale plan takes never
 * pause the host. It answers queries (analysisQueries.ts) from that result.
 *
 * Messages are handled one after the other, in order:
 * - `read`: copies the plan file into memory (`serialize`: one read transaction, page by page,
 *   tens of milliseconds for a Germany-scale plan). The host sends it while it holds the
 *   session's lock, so no host write waits (synchronously, rollback journal) on our read lock,
 *   and host queries wait for the copy only, not for the loading.
 * - `compute`: loads the inputs from that copy and computes the projections; they replace the
 *   cached result.
 * - `query`: answers from the cached result; large answers as bytes the host passes on unread
 *   (`AnswerForm`).
 */
import { lowerThreadPriority } from '../jobs/backgroundPriority';
import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import Sqlite from 'better-sqlite3';
import { UserError } from '../../shared/contract/errors';
import { analysisViewSchema } from '../../shared/contract/needsSchemas';
import { computeProjections } from '../../shared/needs/analysis';
import { encodeAnswer } from '../api/preparedAnswer';
import { kyselyFor } from '../file/connection';
import type { PlanSession } from '../session';
import type { CachedAnalysis } from './analysisCache';
import { loadAnalysisInputs, type AnalysisInputs } from './analysisLoader';
import { answerQuery, type AnalysisQuery } from './analysisQueries';

/**
 * `form` of a query's answer when not a value: `checked-json`, the page's view checked against
 * the contract and serialised (db/api/preparedAnswer.ts); `v8`, an answer the host passes on to
 * another worker unread (the report's analysis, analysisClient.ts `Packed`). Both as bytes handed over.
 */
export type AnswerForm = 'checked-json' | 'v8';
export type AnalysisWorkerRequest = { id: number } & ({ type: 'read' } | { type: 'compute' } | { type: 'query'; query: AnalysisQuery; form?: AnswerForm });

export type AnalysisWorkerReply =
  | { type: 'answer'; id: number; value: unknown }
  | { type: 'failed'; id: number; message: string; code?: string }
  | { type: 'progress'; done: number; total: number; message: string };

export interface AnalysisWorkerData {
  filePath: string;
}

/** The steps the Bedarf page shows while the analysis is computed. */
export const ANALYSIS_STEPS = 3;

if (parentPort) {
  lowerThreadPriority();
  const port = parentPort;
  const { filePath } = workerData as AnalysisWorkerData;
  const sqlite = new Sqlite(filePath, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  let snapshot: Buffer | null = null;
  let cached: CachedAnalysis | null = null;
  let failure: { message: string; code?: string } | null = null;
  const progress = (done: number, message: string) => port.postMessage({ type: 'progress', done, total: ANALYSIS_STEPS, message } satisfies AnalysisWorkerReply);

  const handle = async (request: AnalysisWorkerRequest): Promise<unknown> => {
    switch (request.type) {
      case 'read': {
        // The previous result stays until `compute` replaces it: a query the host sent just
        // before this reload still gets an answer (of the plan as it was when it asked).
        progress(0, 'Die Planungsdatei wird gelesen');
        snapshot = sqlite.serialize();
        return null;
      }
      case 'compute': {
        if (!snapshot) throw new Error('analysis worker: compute before read');
        const copy = new Sqlite(snapshot);
        snapshot = null;
        let inputs: AnalysisInputs;
        try {
          progress(1, 'Bevölkerung und Annahmen werden geladen');
          // The loaders take a session but only read through `db`.
          inputs = await loadAnalysisInputs({ db: kyselyFor(copy), sqlite: copy } as unknown as PlanSession, null);
        } finally {
          copy.close();
        }
        progress(2, 'Die Szenarien werden vorausberechnet');
        cached = { inputs, projections: computeProjections(inputs) };
        failure = null;
        progress(ANALYSIS_STEPS, 'Fertig');
        return null;
      }
      case 'query':
        if (failure) throw new UserError(failure.message, failure.code ?? 'analysis-failed');
        if (!cached) throw new Error('analysis worker: query before compute');
        if (request.form === 'checked-json' && request.query.kind === 'view') return encodeAnswer(analysisViewSchema, answerQuery(cached, request.query));
        if (request.form === 'v8') return ownBytes(v8.serialize(answerQuery(cached, request.query)));
        return answerQuery(cached, request.query);
    }
  };

  // One request at a time, in order: a query sent after `compute` sees its result.
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (request: AnalysisWorkerRequest) => {
    queue = queue.then(() =>
      handle(request).then(
        // Prepared bytes are handed over, not copied.
        (value) => port.postMessage({ type: 'answer', id: request.id, value } satisfies AnalysisWorkerReply, value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : []),
        (error: unknown) => {
          const e = error as { message?: string; code?: string };
          if (request.type !== 'query') failure = { message: e?.message ?? String(error), code: e?.code };
          port.postMessage({ type: 'failed', id: request.id, message: e?.message ?? String(error), code: e?.code } satisfies AnalysisWorkerReply);
        },
      ),
    );
  });
}

/** Bytes in an ArrayBuffer of their own, so it can be handed over (small buffers share Node's pool). */
function ownBytes(b: Uint8Array): Uint8Array {
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : b.slice();
}
