/** Channels of issue #5: measures, milestones, participation. Merged into the one contract in ./channels.ts. */
import type { ChannelMap } from './channelMap';

export const measuresChannels = {} as const satisfies ChannelMap;
