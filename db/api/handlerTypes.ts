import type { z } from 'zod';
import type { ChannelMap } from '../../shared/contract/channelMap';
import type { CallContext, PlanCallContext } from './context';
import type { PreparedAnswer } from './preparedAnswer';

/**
 * The handlers of a set of channels: validated input in, output of the declared shape out.
 * A plan channel's handler receives the open session; a `needsPlan: false` one does not. A
 * large output may come checked and serialised by a worker (preparedAnswer.ts).
 */
export type HandlersFor<M extends ChannelMap> = {
  [C in keyof M]: (input: z.output<M[C]['input']>, ctx: M[C] extends { needsPlan: false } ? CallContext : PlanCallContext) => Promise<z.output<M[C]['output']> | PreparedAnswer<z.output<M[C]['output']>>>;
};
