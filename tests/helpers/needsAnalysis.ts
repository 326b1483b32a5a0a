/**
 * The whole needs analysis of the plan open in a window (every region, year and scenario), as
 * db/needs/analysisLoader.ts computes it before `needs.analysis` trims it to what the page shows
 * (shared/needs/analysisView.ts). Tests of the calculations read it here; the channel's answer
 * is tested in tests/integration/needs/analysisCache.test.ts.
 */
import type { HostServices } from '../../db/api/context';
import { analysis } from '../../db/needs/planAnalysis';
import type { Analysis } from '../../shared/contract/needsSchemas';

export function fullAnalysis(services: HostServices, input: { year: number | null; scenarioId?: string | null }, windowId = 'w1'): Promise<Analysis> {
  return analysis(services.sessions.require(windowId), input.year, input.scenarioId ?? null);
}
