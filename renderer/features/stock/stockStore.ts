/** Reference data the register pages share: Gemeinden, their boundaries, Akteure, offer types. */
import { create } from 'zustand';
import type { ChannelOutput } from '../../../shared/contract/channels';
import type { Gemeinde } from '../../../shared/contract/schemas';
import type { OfferTypeInfo, RegisterRecord } from '../../../shared/contract/stockSchemas';
import { errorMessage, invoke } from '../../api';
import { byName } from '../../components/sorting';
import { childrenOf } from '../../../shared/model';
import { REGISTERS, type RegisterDef } from '../../../shared/stock/registers';

export type Geometry = ChannelOutput<'district.gemeinden.geometries'>[number];

/** Whether other registers choose records of `def` (Akteure, Angebotsarten): the shared lists must be reloaded after a change. */
export const feedsReferenceData = (def: RegisterDef): boolean => childrenOf(def.table).some((c) => REGISTERS.some((r) => r.table === c.table));

interface StockState {
  gemeinden: Gemeinde[];
  geometries: Geometry[] | null;
  actors: RegisterRecord[];
  offerTypes: OfferTypeInfo[];
  loaded: boolean;
  error: string | null;
  refresh: () => Promise<void>;
  loadGeometries: () => Promise<void>;
}

export const useStock = create<StockState>((set) => ({
  gemeinden: [],
  geometries: null,
  actors: [],
  offerTypes: [],
  loaded: false,
  error: null,
  async refresh() {
    try {
      const [gemeinden, actors, offerTypes] = await Promise.all([
        invoke('district.gemeinden.list', {}),
        invoke('stock.list', { register: 'akteure' }),
        invoke('stock.offerTypes', {}),
      ]);
      set({ gemeinden: byName(gemeinden), actors, offerTypes, loaded: true, error: null });
    } catch (e) {
      set({ loaded: true, error: errorMessage(e) });
    }
  },
  async loadGeometries() {
    try {
      set({ geometries: await invoke('district.gemeinden.geometries', {}) });
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },
}));
