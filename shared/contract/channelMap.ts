import type { z } from 'zod';

/** One channel: a zod schema for its input and one for its output. */
export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

export type ChannelMap = Record<string, ChannelSpec>;
