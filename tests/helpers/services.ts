import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { useScratchDir } from './files';
import { dispatch } from '../../db/api/dispatch';
import { createServices } from '../../db/api/services';
import type { HostServices } from '../../db/api/context';
import { answerValue } from '../../shared/contract/answer';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';

export const SAMPLE_DATA_DIR = path.join(import.meta.dirname, '..', '..', 'db', 'sample', 'data');

export function testServices(userDataDir: string): HostServices {
  return createServices({ host: 'web', version: 'test', userDataDir, sampleDataDir: SAMPLE_DATA_DIR, defaultPlanDir: userDataDir, dialogs: null });
}

/** Calls a channel exactly as a host does (validation included); throws the German message. */
export async function call<C extends ChannelName>(services: HostServices, channel: C, input: ChannelInput<C>, windowId = 'w1'): Promise<ChannelOutput<C>> {
  const response = await dispatch(channel, input, { windowId, services });
  if (!response.ok) throw Object.assign(new Error(response.error.message), { code: response.error.code });
  return answerValue(response) as ChannelOutput<C>;
}

/**
 * Host services in a scratch folder for one test file: made before the first test, closed and
 * removed after the last. `const { dir, services } = useTestServices()` at the top of a file;
 * `services` stands in for the real ones and may be used from beforeAll on.
 */
export function useTestServices(): { readonly dir: string; readonly services: HostServices } {
  // Registered first, so the folder outlives the services: hooks after the tests run in reverse.
  const { dir } = useScratchDir();
  let current: HostServices | null = null;
  beforeAll(() => {
    current = testServices(path.join(dir, 'userdata'));
  });
  afterAll(() => {
    current?.sessions.closeAll();
    current = null;
  });
  const services = new Proxy({} as HostServices, {
    get(_target, key) {
      if (!current) throw new Error('useTestServices: the services exist only from beforeAll until the last test of the file.');
      return Reflect.get(current, key, current);
    },
  });
  return { dir, services };
}
