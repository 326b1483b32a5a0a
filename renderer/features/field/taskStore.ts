/**
 * Task records of the open plan (Bearbeitungsstand). Changes show at once and are saved
 * right away; when saving fails the previous state comes back and the German message shows.
 */
import { create } from 'zustand';
import type { TaskState } from '../../../shared/catalog/types';
import type { TaskRecord } from '../../../shared/contract/schemas';
import { errorMessage, invoke } from '../../api';
import { showError, showStatus } from '../../app/statusStore';
import { fieldTexts } from './texts';

export interface TaskUpdate {
  state?: TaskState;
  note?: string;
  date?: string | null;
}

interface TaskStoreState {
  records: Record<string, TaskRecord>;
  loaded: boolean;
  error: string | null;
  load: () => Promise<void>;
  reset: () => void;
  setTask: (taskId: string, update: TaskUpdate) => Promise<boolean>;
}

const emptyRecord = (taskId: string): TaskRecord => ({ taskId, state: 'offen', note: '', date: null, updatedAt: '' });

/** Latest request per task, so an older failing request does not undo a newer change. */
const latest = new Map<string, number>();
let counter = 0;

export const useTasks = create<TaskStoreState>((set, get) => ({
  records: {},
  loaded: false,
  error: null,
  async load() {
    try {
      const list = await invoke('method.tasks', {});
      set({ records: Object.fromEntries(list.map((r) => [r.taskId, r])), loaded: true, error: null });
    } catch (e) {
      set({ loaded: true, error: errorMessage(e) });
    }
  },
  reset() {
    set({ records: {}, loaded: false, error: null });
  },
  async setTask(taskId, update) {
    const before = get().records[taskId];
    const request = ++counter;
    latest.set(taskId, request);
    set((s) => ({ records: { ...s.records, [taskId]: { ...(s.records[taskId] ?? emptyRecord(taskId)), ...update } } }));
    try {
      const saved = await invoke('method.setTask', { taskId, ...update });
      if (latest.get(taskId) === request) set((s) => ({ records: { ...s.records, [taskId]: saved } }));
      showStatus(fieldTexts.saved);
      return true;
    } catch (e) {
      if (latest.get(taskId) === request) {
        set((s) => {
          const records = { ...s.records };
          if (before) records[taskId] = before;
          else delete records[taskId];
          return { records };
        });
      }
      showError(errorMessage(e));
      return false;
    }
  },
}));

/** The record of a task, or the implicit "offen" record when none was saved yet. */
export function useTaskRecord(taskId: string): TaskRecord {
  const record = useTasks((s) => s.records[taskId]);
  return record ?? emptyRecord(taskId);
}
