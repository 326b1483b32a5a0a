/** Channels of issue #3: Bestandserhebung registers. Merged into the one contract in ./channels.ts. */
import type { ChannelMap } from './channelMap';

export const stockChannels = {} as const satisfies ChannelMap;
