/** Schemas of issue #6: share and merge. */
import { z } from 'zod';
import { filePathSchema, idSchema, overwriteSchema } from './schemas';

export const shareInputSchema = z.object({
  path: filePathSchema.refine((p) => /\.sqlite$/i.test(p), 'Der Dateiname muss auf .sqlite enden.'),
  withoutPersonalData: z.boolean(),
  overwrite: overwriteSchema,
});
export const shareResultSchema = z.object({ path: z.string(), replicaId: z.string(), withoutPersonalData: z.boolean() });

export const mergeStartInputSchema = z.object({ path: filePathSchema });

/** The result of a merge job (`jobs.status` → result). mergeId null: nothing new in the file. */
export const mergeResultSchema = z.object({
  mergeId: z.string().nullable(),
  fileName: z.string(),
  received: z.number().int(),
  applied: z.number().int(),
  conflicts: z.number().int(),
});
export type MergeResult = z.infer<typeof mergeResultSchema>;

export const conflictKindSchema = z.enum(['field', 'edit_delete', 'duplicate', 'orphan', 'personal']);
export type ConflictKind = z.infer<typeof conflictKindSchema>;

export const conflictSchema = z.object({
  id: z.string(),
  mergeId: z.string(),
  kind: conflictKindSchema,
  table: z.string(),
  rowId: z.string(),
  /** Column, or '*' for a whole record. */
  column: z.string(),
  /** A short label of the record (e.g. the Gemeinde's name), from mine or theirs. */
  recordLabel: z.string(),
  base: z.unknown(),
  mine: z.unknown(),
  theirs: z.unknown(),
  mineAt: z.string().nullable(),
  theirsAt: z.string().nullable(),
  theirsReplica: z.string().nullable(),
  theirsFile: z.string(),
  choice: z.enum(['mine', 'theirs']).nullable(),
  resolvedAt: z.string().nullable(),
});
export type Conflict = z.infer<typeof conflictSchema>;

export const conflictsInputSchema = z.object({ mergeId: idSchema.nullable(), openOnly: z.boolean() });

export const resolveInputSchema = z.union([
  z.object({ choices: z.array(z.object({ conflictId: idSchema, choice: z.enum(['mine', 'theirs']) })).min(1, 'Keine Entscheidung angegeben.') }),
  z.object({ all: z.enum(['mine', 'theirs']), mergeId: idSchema.nullable() }),
]);

export const mergeHistoryEntrySchema = z.object({
  id: z.string(),
  mergedAt: z.string(),
  fileName: z.string(),
  theirReplica: z.string(),
  applied: z.number().int(),
  conflicts: z.number().int(),
  openConflicts: z.number().int(),
  received: z.number().int(),
  withoutPersonalData: z.boolean(),
  undoneAt: z.string().nullable(),
});
export type MergeHistoryEntry = z.infer<typeof mergeHistoryEntrySchema>;

export const undoResultSchema = z.object({ reverted: z.number().int(), skipped: z.number().int() });

/** Different plans: which registers (tables) the other file has, to copy some into this plan. */
export const registersOutputSchema = z.object({
  fileName: z.string(),
  planTitle: z.string(),
  samePlan: z.boolean(),
  registers: z.array(z.object({ table: z.string(), rows: z.number().int() })),
});
export const copyRegistersInputSchema = z.object({
  path: filePathSchema,
  tables: z.array(z.string().min(1)).min(1, 'Bitte mindestens ein Verzeichnis auswählen.'),
  gemeindeAgs: z.string().regex(/^\d{8}$/, 'Der Gemeindeschlüssel hat 8 Ziffern.').nullable(),
});
/** The result of a copy-registers job. */
export const copyRegistersResultSchema = z.object({ inserted: z.number().int(), duplicates: z.number().int(), skipped: z.number().int() });
