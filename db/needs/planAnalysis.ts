/**
 * The needs analysis of an open plan, as its callers ask for it: the Bedarf page (one selection,
 * answered at once, or "wird berechnet" with progress while a large plan's first computation
 * runs), the report (the full analysis), gap links (their rows only), calibration (the base-year
 * need).
 * All share one computation per change of the plan (analysisClient.ts: worker or in-process).
 */
import type { Analysis, AnalysisView } from '../../shared/contract/needsSchemas';
import { NO_FIGURES, type AnalysisSelection } from '../../shared/needs/analysisView';
import type { RateSet } from '../../shared/needs/careRates';
import type { PlanSession } from '../session';
import type { PreparedAnswer } from '../api/preparedAnswer';
import { analysisQuery, analysisQueryPacked, analysisReadyWithin, analysisViewAnswer } from './analysisClient';
import type { Packed } from './packed';
import type { AnalysisAnswers, GapFigure, GapQuestion } from './analysisQueries';
import { getMainScenario } from './repository';

/**
 * How long `needs.analysis` waits for a computation before answering "wird berechnet": the
 * answer must come within 500 ms; the page asks again until the result is there.
 */
export const PAGE_WAIT_MS = 250;

/** What `needs.analysis` answers: the analysis for one selection, trimmed to what the page shows. */
export async function analysisForPage(session: PlanSession, selection: AnalysisSelection): Promise<AnalysisView | PreparedAnswer<AnalysisView>> {
  // Readiness first: while the worker reads, the session's lock is held and a query through
  // `session.db` (the Hauptszenario) would wait for it.
  const state = await analysisReadyWithin(session, PAGE_WAIT_MS);
  if (!state.ready) return computingView(selection, state.progress);
  const mainScenarioId = await getMainScenario(session);
  return analysisViewAnswer(session, { kind: 'view', selection, mainScenarioId });
}

/** `scenarioId` = the scenario of staffing and staff gap; null = the plan's Hauptszenario. */
export async function analysis(session: PlanSession, year: number | null, scenarioId: string | null = null): Promise<Analysis> {
  return analysisQuery(session, { kind: 'full', year, scenarioId: scenarioId ?? (await getMainScenario(session)) });
}

/**
 * The full analysis (as `analysis`) for the report's layout worker: packed as bytes when it comes
 * from the analysis worker, so the host never clones it (analysisClient.ts `Packed`).
 */
export async function analysisPacked(session: PlanSession, year: number | null): Promise<{ analysis: Packed<Analysis>; baseYear: number | null }> {
  const scenarioId = await getMainScenario(session);
  const analysis = await analysisQueryPacked(session, { kind: 'full', year, scenarioId });
  const baseYear = 'value' in analysis ? analysis.value.baseYear : await analysisQuery(session, { kind: 'baseYear' });
  return { analysis, baseYear };
}

/** The live values of the gaps measures are linked to (a few rows, not the whole analysis). */
export function gapFigures(session: PlanSession, links: GapQuestion[]): Promise<GapFigure[]> {
  return links.length === 0 ? Promise.resolve([]) : analysisQuery(session, { kind: 'gapFigures', links });
}

/** Base year and expected base-year need of `rateSet` (calibrate.ts). */
export function calibrationBase(session: PlanSession, rateSet: RateSet): Promise<AnalysisAnswers['calibration']> {
  return analysisQuery(session, { kind: 'calibration', rateSet });
}

/** The answer while the analysis is computed: not ready, nothing missing, how far it got. */
function computingView(selection: AnalysisSelection, progress: NonNullable<AnalysisView['computing']>): AnalysisView {
  return {
    ready: false,
    computing: progress,
    missing: [],
    ...NO_FIGURES,
    selection: { scenarioId: selection.scenarioId, year: selection.year, regionKey: selection.regionKey ?? 'kreis', richtwertId: selection.richtwertId },
    regionFigures: [],
  };
}
