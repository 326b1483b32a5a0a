/**
 * What callers ask of the cached analysis (analysisCache.ts `CachedAnalysis`): the page's view of
 * one selection, the full analysis of one year and scenario (report), the base-year need of a
 * rate set (calibration), the gaps measures are linked to. Answered where the cache lives: in the analysis worker
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
  /** The base year of the full analysis (the report reads the population of that year). */
  baseYear: object;
  /** The gaps measures are linked to (their live values); not the whole analysis. */
  gapFigures: { links: GapQuestion[] };
}

export interface GapQuestion {
  richtwertId: string;
  scenarioId: string;
  regionKey: string;
  year: number;
}

/** One linked gap as computed now, with the names the link's label shows; null = not computable (deleted, or no analysis). */
export type GapFigure = { richtwertLabel: string; regionName: string; scenarioName: string; required: number; stock: number; gap: number } | null;

export interface AnalysisAnswers {
  view: AnalysisView;
  full: Analysis;
  /** `expected` null when the plan has no base population. */
  calibration: { baseYear: number | null; kreisKey: string; expected: NeedBySetting | null };
  baseYear: number | null;
  gapFigures: GapFigure[];
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
    case 'baseYear':
      return projections.baseYear as AnalysisAnswers[K];
    case 'gapFigures':
      return q.links.map((link) => gapFigure(projections, link)) as AnalysisAnswers[K];
  }
}

/** Gaps do not depend on staffing: read from the projections as computed. */
function gapFigure(analysis: Analysis, link: GapQuestion): GapFigure {
  if (!analysis.ready) return null;
  const gap = analysis.gaps.find((g) => g.richtwertId === link.richtwertId && g.scenarioId === link.scenarioId);
  const row = gap?.rows.find((x) => x.key === link.regionKey && x.year === link.year);
  const regionName = analysis.regions.find((x) => x.key === link.regionKey)?.name;
  const scenarioName = analysis.scenarios.find((x) => x.id === link.scenarioId)?.name;
  if (!gap || !row || !regionName || !scenarioName) return null;
  return { richtwertLabel: gap.label, regionName, scenarioName, required: row.required, stock: row.stock, gap: row.gap };
}
