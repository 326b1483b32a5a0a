/** Participation events of the open plan. */
import { create } from 'zustand';
import type { ParticipationEvent } from '../../../shared/contract/measuresSchemas';
import { errorMessage, invoke } from '../../api';

interface ParticipationState {
  events: ParticipationEvent[];
  loaded: boolean;
  error: string | null;
  refresh: () => Promise<void>;
}

export const useParticipation = create<ParticipationState>((set) => ({
  events: [],
  loaded: false,
  error: null,
  async refresh() {
    try {
      set({ events: await invoke('measures.events.list', {}), loaded: true, error: null });
    } catch (e) {
      set({ loaded: true, error: errorMessage(e) });
    }
  },
}));
