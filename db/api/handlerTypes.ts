import type { z } from 'zod';
import type { ChannelMap } from '../../shared/contract/channelMap';
import type { CallContext } from './context';

/** The handlers of a set of channels: validated input in, output of the declared shape out. */
export type HandlersFor<M extends ChannelMap> = {
  [C in keyof M]: (input: z.output<M[C]['input']>, ctx: CallContext) => Promise<z.output<M[C]['output']>>;
};
