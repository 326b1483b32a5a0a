/** Channels of issue #6: share and merge. Merged into the one contract in ./channels.ts. */
import type { ChannelMap } from './channelMap';

export const sharingChannels = {} as const satisfies ChannelMap;
