/** Measures of the open plan and the link options, shared by the Meilensteinplan and the step panels. */
import { create } from 'zustand';
import type { LinkOptions, Measure } from '../../../shared/contract/measuresSchemas';
import { errorMessage, invoke } from '../../api';

interface MeasuresState {
  measures: Measure[];
  options: LinkOptions;
  loaded: boolean;
  error: string | null;
  refresh: () => Promise<void>;
  /** Replaces one measure in place (e.g. dates edited in the list) so the chart updates at once. */
  patch: (measure: Measure) => void;
}

const emptyOptions: LinkOptions = { actors: [], fundingProgrammes: [], needStatements: [], gemeinden: [], planningAreas: [] };

export const useMeasures = create<MeasuresState>((set, get) => ({
  measures: [],
  options: emptyOptions,
  loaded: false,
  error: null,
  async refresh() {
    try {
      const [measures, options] = await Promise.all([invoke('measures.list', { fieldId: null }), invoke('measures.linkOptions', {})]);
      set({ measures, options, loaded: true, error: null });
    } catch (e) {
      set({ loaded: true, error: errorMessage(e) });
    }
  },
  patch(measure) {
    set({ measures: get().measures.map((m) => (m.id === measure.id ? measure : m)) });
  },
}));
