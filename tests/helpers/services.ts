import path from 'node:path';
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
