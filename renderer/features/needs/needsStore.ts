/** State of the Bedarfsermittlung page: inputs and the computed analysis. */
import { create } from 'zustand';
import type { z } from 'zod';
import type { Analysis, CareStatistics, needStatementSchema, PopulationDataset, RateSetDto, richtwertSchema, ScenarioDto, staffingRatioSchema } from '../../../shared/contract/needsSchemas';
import { errorMessage, invoke } from '../../api';

interface NeedsState {
  loaded: boolean;
  error: string | null;
  year: number | null;
  analysis: Analysis | null;
  datasets: PopulationDataset[];
  rateSets: RateSetDto[];
  scenarios: ScenarioDto[];
  richtwerte: z.infer<typeof richtwertSchema>[];
  staffing: z.infer<typeof staffingRatioSchema>[];
  statements: z.infer<typeof needStatementSchema>[];
  careStatistics: CareStatistics | null;
  refresh: () => Promise<void>;
  setYear: (year: number | null) => Promise<void>;
}

export const useNeeds = create<NeedsState>((set, get) => ({
  loaded: false,
  error: null,
  year: null,
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
      const [analysis, datasets, rateSets, scenarios, richtwerte, staffing, statements, careStatistics] = await Promise.all([
        invoke('needs.analysis', { year: get().year }),
        invoke('needs.population.list', {}),
        invoke('needs.rateSets.list', {}),
        invoke('needs.scenarios.list', {}),
        invoke('needs.richtwerte.list', {}),
        invoke('needs.staffing.list', {}),
        invoke('needs.statements.list', { fieldId: null }),
        invoke('needs.careStatistics.get', {}),
      ]);
      set({ loaded: true, error: null, analysis, datasets, rateSets, scenarios, richtwerte, staffing, statements, careStatistics });
    } catch (e) {
      set({ loaded: true, error: errorMessage(e) });
    }
  },
  setYear: async (year) => {
    set({ year });
    await get().refresh();
  },
}));
