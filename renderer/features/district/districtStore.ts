/** Gemeinden, their boundaries and the planning areas of the open plan. */
import { create } from 'zustand';
import type { ChannelOutput } from '../../../shared/contract/channels';
import type { Gemeinde, PlanningArea } from '../../../shared/contract/schemas';
import { errorMessage, invoke } from '../../api';

export type GemeindeGeometry = ChannelOutput<'district.gemeinden.geometries'>[number];
type Part = 'gemeinden' | 'areas' | 'geometries';

interface DistrictState {
  gemeinden: Gemeinde[];
  areas: PlanningArea[];
  geometries: GemeindeGeometry[];
  loaded: boolean;
  error: string | null;
  /** Loads the given parts (all by default); errors end up in `error`. */
  refresh: (parts?: Part[]) => Promise<void>;
  reset: () => void;
}

export const useDistrict = create<DistrictState>((set) => ({
  gemeinden: [],
  areas: [],
  geometries: [],
  loaded: false,
  error: null,
  async refresh(parts = ['gemeinden', 'areas', 'geometries']) {
    try {
      const [gemeinden, areas, geometries] = await Promise.all([
        parts.includes('gemeinden') ? invoke('district.gemeinden.list', {}) : null,
        parts.includes('areas') ? invoke('district.areas.list', {}) : null,
        parts.includes('geometries') ? invoke('district.gemeinden.geometries', {}) : null,
      ]);
      set((s) => ({
        gemeinden: gemeinden ?? s.gemeinden,
        areas: areas ?? s.areas,
        geometries: geometries ?? s.geometries,
        loaded: true,
        error: null,
      }));
    } catch (e) {
      set({ loaded: true, error: errorMessage(e) });
    }
  },
  reset() {
    set({ gemeinden: [], areas: [], geometries: [], loaded: false, error: null });
  },
}));
