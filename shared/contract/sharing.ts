/** Channels of issue #6: share and merge. Merged into the one contract in ./channels.ts. */
import { z } from 'zod';
import type { ChannelMap } from './channelMap';
import { jobStartedSchema } from './jobs';
import { idSchema } from './schemas';
import * as s from './sharingSchemas';

export const sharingChannels = {
  /** Writes a copy for a colleague (same plan, own replica id), optionally without personal data. */
  'sharing.share': { input: s.shareInputSchema, output: s.shareResultSchema },
  /** Starts merging a returned file as a job; the job's result is `mergeResultSchema`. */
  'sharing.mergeStart': { input: s.mergeStartInputSchema, output: jobStartedSchema },
  'sharing.conflicts': { input: s.conflictsInputSchema, output: z.array(s.conflictSchema) },
  'sharing.resolve': { input: s.resolveInputSchema, output: z.object({ resolved: z.number().int() }) },
  'sharing.history': { input: z.object({}).strict(), output: z.array(s.mergeHistoryEntrySchema) },
  'sharing.undoMerge': { input: z.object({ mergeId: idSchema }), output: s.undoResultSchema },
  /** Brings an undone merge back ("Zusammenführung wiederherstellen"). */
  'sharing.redoMerge': { input: z.object({ mergeId: idSchema }), output: z.object({ reapplied: z.number().int(), skipped: z.number().int() }) },
  /** Different plans: the registers of another plan's file. */
  'sharing.registers': { input: s.mergeStartInputSchema, output: s.registersOutputSchema },
  /** Copies selected registers of another plan as a job; the result is `copyRegistersResultSchema`. */
  'sharing.copyRegisters': { input: s.copyRegistersInputSchema, output: jobStartedSchema },
} as const satisfies ChannelMap;
