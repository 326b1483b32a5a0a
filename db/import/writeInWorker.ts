/**
 * For import handlers that answer with the import's result instead of a job id (Gemeinden,
 * Pflegestatistik, demography tables): the write phase still runs as a plan job in a worker
 * (db/jobs/planJob.ts), so the host keeps answering while a large file is written. As before,
 * without progress; the call waits for the result.
 */
import type { JobContext } from '../jobs/jobRunner';
import { runPlanJob } from '../jobs/planJob';
import type { PlanJobInput, PlanJobKind, PlanJobResult } from '../jobs/planJobKinds';
import type { PlanSession } from '../session';

const quiet: JobContext = { progress: () => {}, step: async () => {}, signal: new AbortController().signal };

/** `input` must be data made for this call (decoded by the handler): the worker gets a copy. */
export function writeInWorker<K extends PlanJobKind>(session: PlanSession, kind: K, input: PlanJobInput<K>): Promise<PlanJobResult<K>> {
  return runPlanJob(session, kind, input, quiet);
}
