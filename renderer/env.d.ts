import type { PlanApi } from '../shared/contract/channels';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode (the shim in api/ takes over). */
    api?: PlanApi;
  }
}

export {};
