/** Long-running work (jobs): progress, result and cancel, shared by every feature. */
import { z } from 'zod';
import type { ChannelMap } from './channelMap';

export const jobStatusSchema = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.number(),
  total: z.number().nullable(),
  message: z.string(),
  /** The job's result once done; its shape is declared by the channel that started the job. */
  result: z.unknown(),
  error: z.string().nullable(),
  finishedAt: z.number().nullable(),
});
export type JobStatus = z.infer<typeof jobStatusSchema>;

/** What a channel that starts a job returns. */
export const jobStartedSchema = z.object({ jobId: z.string() });

export const jobsChannels = {
  'jobs.status': { input: z.object({ jobId: z.string().uuid() }), output: jobStatusSchema, needsPlan: false },
  'jobs.cancel': { input: z.object({ jobId: z.string().uuid() }), output: z.null(), needsPlan: false },
} as const satisfies ChannelMap;
