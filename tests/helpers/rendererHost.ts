/**
 * The renderer's `window.api` answered by a real host: every invoke goes through `dispatch`
 * (validation included) to services in a scratch folder, with real SQLite plan files on disk.
 * So store and hook tests exercise the same contract the Electron preload and browser mode do.
 */
import { beforeAll } from 'vitest';
import type { HostServices } from '../../db/api/context';
import type { PlanApi } from '../../shared/contract/channels';
import { call, useTestServices } from './services';

export function useRendererHost(windowId = 'w1'): { readonly dir: string; readonly services: HostServices; readonly channels: string[] } {
  const { dir, services } = useTestServices();
  const channels: string[] = [];
  beforeAll(() => {
    // renderer/api caches the first api it sees; this one object serves the whole file.
    const api: PlanApi = {
      invoke: (channel, input) => {
        channels.push(channel);
        return call(services, channel, input, windowId);
      },
    };
    window.api = api;
  });
  return { dir, services, channels };
}
