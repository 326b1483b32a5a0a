/** Channels of issue #4: Bedarfsermittlung. Merged into the one contract in ./channels.ts. */
import type { ChannelMap } from './channelMap';

export const needsChannels = {} as const satisfies ChannelMap;
