/** Channels of issue #10: the Pflegestrukturbericht. Merged into the one contract in ./channels.ts. */
import { z } from 'zod';
import type { ChannelMap } from './channelMap';
import { jobStartedSchema } from './jobs';
import * as s from './reportSchemas';

export const reportChannels = {
  /** The chapters in report order with the planner's settings and what each would contain. */
  'report.outline': { input: z.object({ today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }), output: z.array(s.chapterOutlineSchema) },
  'report.chapters.save': { input: s.chapterSettingInputSchema.extend({ today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }), output: z.array(s.chapterOutlineSchema) },
  /** Starts the report as a job; the job's result is `reportResultSchema`. */
  'report.generate': { input: s.reportGenerateInputSchema, output: jobStartedSchema },
} as const satisfies ChannelMap;
