import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { useScratchDir } from './files';
import { dispatch } from '../../db/api/dispatch';
import { createServices } from '../../db/api/services';
import type { HostServices } from '../../db/api/context';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';

export const SAMPLE_DATA_DIR = path.join(import.meta.dirname, '..', '..', 'db', 'sample', 'data');

export function testServices(userDataDir: string): HostServices {
  return createServices({ host: 'web', version: 'test', userDataDir, sampleDataDir: SAMPLE_DATA_DIR, defaultPlanDir: userDataDir, dialogs: null });
}

/** Calls a channel exactly as a host does (validation included); throws the German message. */
export async function call<C extends ChannelName>(services: HostServices, channel: C, input: ChannelInput<C>, windowId = 'w1'): Promise<ChannelOutput<C>> {
  const response = await dispatch(channel, input, { windowId, services });
  if (!response.ok) throw Object.assign(new Error(response.error.message), { code: response.error.code });
  return response.value as ChannelOutput<C>;
}

/**
 * Host services in a scratch folder for one test file: created before the first test, closed and
 * removed after the last. Read `dir` and `services` inside tests (they exist from beforeAll on).
 */
export function useTestServices(): { readonly dir: string; readonly services: HostServices } {
  // Registered first, so the folder outlives the services: hooks after the tests run in reverse.
  const scratch = useScratchDir();
  let services: HostServices | undefined;
  beforeAll(() => {
    services = testServices(path.join(scratch.dir, 'userdata'));
  });
  afterAll(() => {
    services?.sessions.closeAll();
  });
  return {
    get dir() {
      return scratch.dir;
    },
    get services() {
      if (!services) throw new Error('useTestServices: services exist only inside tests and hooks (from beforeAll on).');
      return services;
    },
  };
}
