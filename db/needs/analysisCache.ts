/**
 * The costly part of the needs analysis (reading all population rows, building the cohort
 * model, projecting every scenario), kept per open plan until the plan changes. The Bedarf
 * page, the report, gap links and calibration all ask for it; on a Germany-scale plan each
 * computation takes seconds, a cache hit nothing.
 *
 * Invalidation: the key is the connection's `total_changes()` (every row an INSERT, UPDATE or
 * DELETE on this connection touched since it opened: every write of the plan goes through the
 * session's connection) together with `PRAGMA data_version` (changes by any other connection).
 * Both only grow, and both are read before the data, so a write racing the load can only make
 * the entry look older than it is (recomputed next time), never newer.
 */
import type { Analysis } from '../../shared/contract/needsSchemas';
import type { AnalysisInputs } from '../../shared/needs/analysis';
import { cachedStatement } from '../statementCache';
import type { PlanSession } from '../session';

export interface CachedAnalysis {
  /** Inputs as loaded (year null, no scenario chosen): callers must not change them. */
  inputs: AnalysisInputs;
  /** computeProjections of the inputs: every scenario, gaps, reachability; no staffing. */
  projections: Analysis;
}

interface Entry {
  stamp: string;
  value: Promise<CachedAnalysis>;
}

const entries = new WeakMap<PlanSession, Entry>();

/** The plan's change stamp: differs after any write to the file. */
export function changeStamp(session: PlanSession): string {
  const { n } = cachedStatement(session.sqlite, 'SELECT total_changes() AS n').get() as { n: number };
  const version = session.sqlite.pragma('data_version', { simple: true }) as number;
  return `${n}:${version}`;
}

/** The cached analysis of `session`, computed by `compute` when the plan changed since. */
export function cachedAnalysis(session: PlanSession, compute: () => Promise<CachedAnalysis>): Promise<CachedAnalysis> {
  const stamp = changeStamp(session);
  const hit = entries.get(session);
  if (hit && hit.stamp === stamp) return hit.value;
  // The promise is stored at once, so concurrent callers share one computation.
  const value = compute();
  const entry = { stamp, value };
  entries.set(session, entry);
  value.catch(() => {
    if (entries.get(session) === entry) entries.delete(session);
  });
  return value;
}
