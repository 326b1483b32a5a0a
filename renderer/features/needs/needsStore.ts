/**
 * State of the Bedarfsermittlung: inputs, the computed analysis, and the one scenario-and-year
 * selection every needs view, chart, map and export shows (kept while switching tabs and pages).
 */
import { create } from 'zustand';
import type { z } from 'zod';
import type { AnalysisView, CareStatistics, needStatementSchema, PopulationDataset, RateSetDto, richtwertSchema, ScenarioDto, staffingRatioSchema } from '../../../shared/contract/needsSchemas';
import { errorMessage, invoke } from '../../api';

interface NeedsState {
  loaded: boolean;
  error: string | null;
  year: number | null;
  /** The scenario the planner looks at; null = the plan's Hauptszenario. */
  scenarioId: string | null;
  /** The plan-wide Hauptszenario (stored in the plan); null = the first scenario. */
  mainScenarioId: string | null;
  /** The region of the chart over the years ('kreis', an AGS or 'bereich:<id>'). */
  regionKey: string;
  /** The Richtwert whose gaps the results show. */
  richtwertId: string | null;
  /** The analysis for the selection above, trimmed to what the page shows (shared/needs/analysisView.ts). */
  analysis: AnalysisView | null;
  datasets: PopulationDataset[];
  rateSets: RateSetDto[];
  scenarios: ScenarioDto[];
  richtwerte: z.infer<typeof richtwertSchema>[];
  staffing: z.infer<typeof staffingRatioSchema>[];
  statements: z.infer<typeof needStatementSchema>[];
  careStatistics: CareStatistics | null;
  refresh: () => Promise<void>;
  setYear: (year: number | null) => Promise<void>;
  setScenario: (scenarioId: string | null) => Promise<void>;
  setRegion: (regionKey: string) => Promise<void>;
  setRichtwert: (richtwertId: string) => Promise<void>;
  saveMainScenario: (scenarioId: string) => Promise<void>;
}

/** How often the page asks again while a large plan's analysis is computed in the background. */
const COMPUTING_POLL_MS = 500;
let pollTimer: ReturnType<typeof setTimeout> | null = null;

export const useNeeds = create<NeedsState>((set, get) => ({
  loaded: false,
  error: null,
  year: null,
  scenarioId: null,
  mainScenarioId: null,
  regionKey: 'kreis',
  richtwertId: null,
  analysis: null,
  datasets: [],
  rateSets: [],
  scenarios: [],
  richtwerte: [],
  staffing: [],
  statements: [],
  careStatistics: null,
  refresh: async () => {
    try {
      const [analysis, datasets, rateSets, scenarios, richtwerte, staffing, statements, careStatistics, main] = await Promise.all([
        invoke('needs.analysis', { year: get().year, scenarioId: get().scenarioId, regionKey: get().regionKey, richtwertId: get().richtwertId }),
        invoke('needs.population.list', {}),
        invoke('needs.rateSets.list', {}),
        invoke('needs.scenarios.list', {}),
        invoke('needs.richtwerte.list', {}),
        invoke('needs.staffing.list', {}),
        invoke('needs.statements.list', { fieldId: null }),
        invoke('needs.careStatistics.get', {}),
        invoke('needs.mainScenario.get', {}),
      ]);
      // A selected scenario that was deleted falls back to the Hauptszenario.
      const scenarioId = scenarios.some((s) => s.id === get().scenarioId) ? get().scenarioId : null;
      set({ loaded: true, error: null, analysis, datasets, rateSets, scenarios, richtwerte, staffing, statements, careStatistics, mainScenarioId: main.scenarioId, scenarioId });
      // Still computing: ask again (one timer at a time) until the result is there.
      if (analysis.computing && pollTimer === null) {
        pollTimer = setTimeout(() => {
          pollTimer = null;
          void get().refresh();
        }, COMPUTING_POLL_MS);
      }
    } catch (e) {
      set({ loaded: true, error: errorMessage(e) });
    }
  },
  setYear: async (year) => {
    set({ year });
    await get().refresh();
  },
  setScenario: async (scenarioId) => {
    set({ scenarioId });
    await get().refresh();
  },
  setRegion: async (regionKey) => {
    set({ regionKey });
    await get().refresh();
  },
  setRichtwert: async (richtwertId) => {
    set({ richtwertId });
    await get().refresh();
  },
  saveMainScenario: async (scenarioId) => {
    await invoke('needs.mainScenario.save', { scenarioId });
    set({ scenarioId: null });
    await get().refresh();
  },
}));

type AnalysisScenario = AnalysisView['scenarios'][number];

/** The scenario every view shows: the selected one, else the Hauptszenario, else the first. */
export function selectedScenario(analysis: AnalysisView, scenarioId: string | null, mainScenarioId: string | null): AnalysisScenario | undefined {
  return analysis.scenarios.find((s) => s.id === scenarioId) ?? analysis.scenarios.find((s) => s.id === mainScenarioId) ?? analysis.scenarios[0];
}

/** The scenario and year every needs view shows, from the one selection. */
export function useSelection(): { scenario: AnalysisScenario | undefined; year: number | null; isMain: boolean } {
  const analysis = useNeeds((s) => s.analysis);
  const scenarioId = useNeeds((s) => s.scenarioId);
  const mainScenarioId = useNeeds((s) => s.mainScenarioId);
  const year = useNeeds((s) => s.year);
  if (!analysis) return { scenario: undefined, year: null, isMain: false };
  const scenario = selectedScenario(analysis, scenarioId, mainScenarioId);
  const shownYear = analysis.selection.year ?? year ?? analysis.years.at(-1) ?? null;
  return { scenario, year: shownYear, isMain: scenario !== undefined && (scenario.id === mainScenarioId || (mainScenarioId === null && scenario.id === analysis.scenarios[0]?.id)) };
}
