/**
 * What callers ask of the cached analysis (analysisCache.ts `CachedAnalysis`): the page's view of
 * one selection, the full analysis of one year and scenario (report, gap links), the base-year
 * need of a rate set (calibration). Answered where the cache lives: in the analysis worker
 * (analysisWorker.ts) for large plans, else in-process. Queries and answers are plain data, so
 * they cross the thread boundary by structured clone.
 */
import type { Analysis, AnalysisView } from '../../shared/contract/needsSchemas';
import { KREIS_KEY, withStaffing } from '../../shared/needs/analysis';
import { analysisView, type AnalysisSelection } from '../../shared/needs/analysisView';
import type { NeedBySetting, RateSet } from '../../shared/needs/careRates';
import type { CachedAnalysis } from './analysisCache';
import { expectedBaseYearNeed } from './expectedNeed';

interface Questions {
  /** `mainScenarioId`: the plan's Hauptszenario, read by the host. */
  view: { selection: AnalysisSelection; mainScenarioId: string | null };
  /** `scenarioId` = the scenario of staffing and staff gap, already resolved by the host. */
  full: { year: number | null; scenarioId: string | null };
  calibration: { rateSet: RateSet };
}

export interface AnalysisAnswers {
  view: AnalysisView;
  full: Analysis;
  /** `expected` null when the plan has no base population. */
  calibration: { baseYear: number | null; kreisKey: string; expected: NeedBySetting | null };
}

export type AnalysisQueryKind = keyof Questions;
export type AnalysisQuery<K extends AnalysisQueryKind = AnalysisQueryKind> = { [Q in K]: { kind: Q } & Questions[Q] }[K];

export function answerQuery<K extends AnalysisQueryKind>(cached: CachedAnalysis, query: AnalysisQuery<K>): AnalysisAnswers[K] {
  const { inputs, projections } = cached;
  const q = query as AnalysisQuery;
  switch (q.kind) {
    case 'view': {
      // Staffing by region only for the Kreis: the page shows no other.
      const full = withStaffing(projections, { ...inputs, year: q.selection.year, scenarioId: q.selection.scenarioId ?? q.mainScenarioId }, new Set([KREIS_KEY]));
      return analysisView(full, q.selection, q.mainScenarioId) as AnalysisAnswers[K];
    }
    case 'full':
      return withStaffing(projections, { ...inputs, year: q.year, scenarioId: q.scenarioId }) as AnalysisAnswers[K];
    case 'calibration':
      return {
        baseYear: inputs.baseYear,
        kreisKey: inputs.kreisKey,
        expected: inputs.baseYear === null ? null : expectedBaseYearNeed(inputs, q.rateSet),
      } as AnalysisAnswers[K];
  }
}
