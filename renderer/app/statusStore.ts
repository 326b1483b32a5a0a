/**
 * Messages for the live regions at the bottom of the window: short confirmations
 * ("Gespeichert"), errors, and an optional action such as "Rückgängig".
 */
import { create } from 'zustand';

export interface StatusAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface StatusMessage {
  id: number;
  text: string;
  kind: 'info' | 'error';
  action: StatusAction | null;
}

interface StatusState {
  message: StatusMessage | null;
  show: (text: string, options?: { kind?: 'info' | 'error'; action?: StatusAction; durationMs?: number }) => void;
  clear: (id?: number) => void;
}

let nextId = 1;
let timer: ReturnType<typeof setTimeout> | null = null;

export const useStatus = create<StatusState>((set, get) => ({
  message: null,
  show(text, options = {}) {
    const id = nextId++;
    const kind = options.kind ?? 'info';
    set({ message: { id, text, kind, action: options.action ?? null } });
    if (timer) clearTimeout(timer);
    // Errors stay until replaced; confirmations fade, an undo offer after its time is up.
    const duration = options.durationMs ?? (kind === 'error' ? null : options.action ? 10_000 : 4_000);
    timer = duration === null ? null : setTimeout(() => get().clear(id), duration);
  },
  clear(id) {
    if (id === undefined || get().message?.id === id) set({ message: null });
  },
}));

export const showStatus = (text: string, options?: Parameters<StatusState['show']>[1]) => useStatus.getState().show(text, options);
export const showError = (text: string) => useStatus.getState().show(text, { kind: 'error' });
