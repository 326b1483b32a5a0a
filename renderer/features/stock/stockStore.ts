/**
 * Reference data the register pages share: Gemeinden, their boundaries, offer types, and the
 * names of the Akteure on screen. Akteure are not loaded whole (a register can be large): the
 * tables ask for the names they show (`loadActorNames`), pick lists search (RecordPicker.tsx).
 */
import { create } from 'zustand';
import type { ChannelOutput } from '../../../shared/contract/channels';
import type { Gemeinde } from '../../../shared/contract/schemas';
import { LIST_MAX, type OfferTypeInfo } from '../../../shared/contract/stockSchemas';
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
  /** Names of the Akteure asked for so far, by id. */
  actorNames: ReadonlyMap<string, string>;
  offerTypes: OfferTypeInfo[];
  loaded: boolean;
  error: string | null;
  refresh: () => Promise<void>;
  loadGeometries: () => Promise<void>;
  /** Fetches the names of those of `ids` not known yet. */
  loadActorNames: (ids: readonly string[]) => Promise<void>;
  /** A name just seen in a pick list: the chosen item shows it at once. */
  rememberActorName: (id: string, name: string) => void;
}

/** Names of the Akteure `ids` (live ones; a deleted Akteur has none), LIST_MAX per call. */
async function fetchActorNames(ids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let i = 0; i < ids.length; i += LIST_MAX) {
    const chunk = ids.slice(i, i + LIST_MAX);
    for (const a of await invoke('stock.list', { register: 'akteure', ids: chunk, limit: chunk.length })) names.set(a.id, String(a.values.name ?? ''));
  }
  return names;
}

export const useStock = create<StockState>((set, get) => ({
  gemeinden: [],
  geometries: null,
  actorNames: new Map(),
  offerTypes: [],
  loaded: false,
  error: null,
  async refresh() {
    try {
      // The names known so far again: an Akteur may have been renamed or deleted (or the plan changed).
      const asked = new Set(get().actorNames.keys());
      const [gemeinden, fresh, offerTypes] = await Promise.all([invoke('district.gemeinden.list', {}), fetchActorNames([...asked]), invoke('stock.offerTypes', {})]);
      // Names a table loaded meanwhile (loadActorNames) for ids not asked here stay: its page
      // does not ask again, so dropping them would leave its column empty.
      const actorNames = new Map(fresh);
      for (const [id, name] of get().actorNames) if (!asked.has(id)) actorNames.set(id, name);
      set({ gemeinden: byName(gemeinden), actorNames, offerTypes, loaded: true, error: null });
    } catch (e) {
      set({ loaded: true, error: errorMessage(e) });
    }
  },
  async loadActorNames(ids) {
    const known = get().actorNames;
    const missing = [...new Set(ids)].filter((id) => !known.has(id));
    if (missing.length === 0) return;
    try {
      const found = await fetchActorNames(missing);
      set({ actorNames: new Map([...get().actorNames, ...found]) });
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },
  rememberActorName(id, name) {
    if (get().actorNames.get(id) !== name) set({ actorNames: new Map([...get().actorNames, [id, name]]) });
  },
  async loadGeometries() {
    try {
      set({ geometries: await invoke('district.gemeinden.geometries', {}) });
    } catch (e) {
      set({ error: errorMessage(e) });
    }
  },
}));
