/** The open plan, the app info and the list of recent plans. */
import { create } from 'zustand';
import type { AppInfo, PlanSummary, RecentPlan } from '../../shared/contract/schemas';
import { errorMessage, invoke } from '../api';

interface PlanState {
  info: AppInfo | null;
  current: PlanSummary | null;
  recent: RecentPlan[];
  /** True once `plan.current` has answered (so we do not flash the start screen). */
  loaded: boolean;
  loadError: string | null;
  /** Paths whose migration notice the planner has dismissed in this session. */
  dismissedMigrationNotices: string[];
  init: () => Promise<void>;
  setCurrent: (plan: PlanSummary | null) => void;
  refreshRecent: () => Promise<void>;
  dismissMigrationNotice: (path: string) => void;
}

export const usePlan = create<PlanState>((set, get) => ({
  info: null,
  current: null,
  recent: [],
  loaded: false,
  loadError: null,
  dismissedMigrationNotices: [],
  async init() {
    try {
      const [info, current] = await Promise.all([invoke('app.info', {}), invoke('plan.current', {})]);
      set({ info, current, loaded: true, loadError: null });
      if (!current) await get().refreshRecent();
    } catch (e) {
      set({ loaded: true, loadError: errorMessage(e) });
    }
  },
  setCurrent(plan) {
    set({ current: plan });
  },
  async refreshRecent() {
    try {
      set({ recent: await invoke('plan.recent', {}) });
    } catch {
      // the list is a convenience; an empty list is fine
      set({ recent: [] });
    }
  },
  dismissMigrationNotice(path) {
    set({ dismissedMigrationNotices: [...get().dismissedMigrationNotices, path] });
  },
}));

/** The folder of a file path (either separator); empty for a bare file name. */
export function dirOf(filePath: string): string {
  const i = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
  return i > 0 ? filePath.slice(0, i) : '';
}

/** Joins a directory and a file name with the separator the directory already uses. */
export function joinPath(dir: string, name: string): string {
  if (!dir) return name;
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}
