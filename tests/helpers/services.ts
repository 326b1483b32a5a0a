import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
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
  const state = {} as { dir: string; services: HostServices };
  beforeAll(() => {
    state.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psp-test-'));
    state.services = testServices(path.join(state.dir, 'userdata'));
  });
  afterAll(() => {
    state.services.sessions.closeAll();
    fs.rmSync(state.dir, { recursive: true, force: true });
  });
  return state;
}
