import type { z } from 'zod';

/**
 * One channel: a zod schema for its input and one for its output. A channel works on the
 * window's open plan unless it says `needsPlan: false` (opening, creating, app info, …);
 * dispatch refuses the others while no plan is open and hands their handler the session.
 */
export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  needsPlan?: false;
}

export type ChannelMap = Record<string, ChannelSpec>;
