/**
 * Zod schemas of the values that cross the boundary between the renderer and the planning
 * file. Types are inferred from them, so the contract cannot drift from the validation.
 */
import { z } from 'zod';
import { TASK_STATES } from '../catalog/types';
import { agsProblem, kreisKeyProblem } from '../district/ags';

export const idSchema = z.string().uuid({ message: 'Ungültige Kennung.' });

/** A path on the local disk, as chosen in a file dialog or typed in browser mode. */
export const filePathSchema = z
  .string()
  .trim()
  .min(1, 'Bitte einen Dateipfad angeben.')
  .max(4096, 'Der Dateipfad ist zu lang.')
  .refine((p) => !p.includes('\0'), 'Der Dateipfad enthält ungültige Zeichen.');

/**
 * Replace an existing file at the path. The UI sets it only after the planner confirmed
 * „Die Datei … gibt es schon. Ersetzen?“; without it the host refuses (code 'file-exists').
 */
export const overwriteSchema = z.boolean().optional().default(false);

const yearSchema = z
  .number()
  .int('Bitte ein ganzes Jahr angeben.')
  .min(1990, 'Das Jahr muss zwischen 1990 und 2100 liegen.')
  .max(2100, 'Das Jahr muss zwischen 1990 und 2100 liegen.');

export const agsSchema = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const problem = agsProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const kreisKeySchema = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    if (v === '') return; // not yet set up
    const problem = kreisKeyProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const planMetaSchema = z.object({
  id: z.string(),
  title: z.string(),
  districtName: z.string(),
  kreisKey: z.string(),
  periodFrom: z.number().int().nullable(),
  periodTo: z.number().int().nullable(),
  organisation: z.string(),
  author: z.string(),
  updatedAt: z.string(),
});
export type PlanMeta = z.infer<typeof planMetaSchema>;

export const planMetaInputSchema = z
  .object({
    title: z.string().trim().min(1, 'Bitte einen Titel für den Plan angeben.').max(200, 'Der Titel ist zu lang (höchstens 200 Zeichen).'),
    districtName: z.string().trim().min(1, 'Bitte den Namen des Landkreises angeben.').max(200, 'Der Name ist zu lang.'),
    kreisKey: kreisKeySchema,
    periodFrom: yearSchema.nullable(),
    periodTo: yearSchema.nullable(),
    organisation: z.string().trim().max(200, 'Die Angabe ist zu lang.'),
    author: z.string().trim().max(200, 'Die Angabe ist zu lang.'),
  })
  .refine((m) => m.periodFrom === null || m.periodTo === null || m.periodFrom <= m.periodTo, {
    message: 'Das Ende des Planungszeitraums darf nicht vor dem Beginn liegen.',
    path: ['periodTo'],
  });
export type PlanMetaInput = z.infer<typeof planMetaInputSchema>;

export const planSummarySchema = z.object({
  path: z.string(),
  fileName: z.string(),
  meta: planMetaSchema,
  /** False until the planner has entered title and district (set-up form). */
  isSetUp: z.boolean(),
  /** Set when the file was migrated on open; names the backup that was made first. */
  migratedFrom: z.object({ version: z.number(), backupPath: z.string() }).nullable(),
  /** German notices from opening the file, e.g. that a change interrupted by a crash was undone. */
  notices: z.array(z.string()),
  isSample: z.boolean(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const recentPlanSchema = z.object({
  path: z.string(),
  title: z.string(),
  districtName: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentPlan = z.infer<typeof recentPlanSchema>;

export const gemeindeKindSchema = z.enum(['gemeinde', 'gemeindefrei']);

export const gemeindeSchema = z.object({
  id: z.string(),
  ags: z.string(),
  name: z.string(),
  kind: gemeindeKindSchema,
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  hasGeometry: z.boolean(),
  updatedAt: z.string(),
});
export type Gemeinde = z.infer<typeof gemeindeSchema>;

const latSchema = z.number().min(-90, 'Breitengrad zwischen -90 und 90.').max(90, 'Breitengrad zwischen -90 und 90.');
const lonSchema = z.number().min(-180, 'Längengrad zwischen -180 und 180.').max(180, 'Längengrad zwischen -180 und 180.');

export const gemeindeInputSchema = z.object({
  ags: agsSchema,
  name: z.string().trim().min(1, 'Bitte den Namen der Gemeinde angeben.').max(200, 'Der Name ist zu lang.'),
  kind: gemeindeKindSchema.default('gemeinde'),
  lat: latSchema.nullable().default(null),
  lon: lonSchema.nullable().default(null),
});
export type GemeindeInput = z.input<typeof gemeindeInputSchema>;

export const planningAreaSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  gemeindeIds: z.array(z.string()),
  updatedAt: z.string(),
});
export type PlanningArea = z.infer<typeof planningAreaSchema>;

export const planningAreaInputSchema = z.object({
  name: z.string().trim().min(1, 'Bitte einen Namen für den Planungsbereich angeben.').max(200, 'Der Name ist zu lang.'),
  description: z.string().trim().max(2000, 'Die Beschreibung ist zu lang.').default(''),
  gemeindeIds: z.array(idSchema).max(20000),
});

export const importFormatSchema = z.enum(['genesis', 'geojson']);

/** File contents travel base64-encoded so both hosts (IPC and HTTP) carry them alike. */
export const importFileSchema = z.object({
  format: importFormatSchema,
  fileName: z.string().max(500),
  contentBase64: z.string().max(80_000_000, 'Die Datei ist zu groß für diesen Import (höchstens 60 MB).'),
  kreisKey: z.string().regex(/^\d{5}$/, 'Kreisschlüssel: genau 5 Ziffern.').nullable(),
  /** Also create the Samt-/Verbandsgemeinden of the table as Planungsbereiche (GENESIS only). */
  createAreas: z.boolean().optional(),
});

export const importRowStatusSchema = z.enum(['neu', 'aktualisiert', 'unveraendert']);

export const importPreviewSchema = z.object({
  /** Samt-/Verbandsgemeinden found (GENESIS), offered as Planungsbereiche; `exists` = an area of that name is there. */
  areas: z.array(z.object({ name: z.string(), members: z.number(), exists: z.boolean() })),
  kreisKey: z.string().nullable(),
  kreisName: z.string().nullable(),
  kreise: z.array(z.object({ key: z.string(), name: z.string(), count: z.number() })),
  encoding: z.string(),
  rows: z.array(
    z.object({
      line: z.number().nullable(),
      ags: z.string(),
      name: z.string(),
      kind: gemeindeKindSchema,
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      hasGeometry: z.boolean(),
      population: z.number().nullable(),
      status: importRowStatusSchema,
    }),
  ),
  problems: z.array(z.object({ line: z.number().nullable(), severity: z.enum(['fehler', 'hinweis']), message: z.string() })),
  source: z.object({
    format: z.string(),
    table: z.string().nullable(),
    referenceDate: z.string().nullable(),
    stand: z.string().nullable(),
    licence: z.string().nullable(),
  }),
  canCommit: z.boolean(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({ inserted: z.number(), updated: z.number(), unchanged: z.number(), areas: z.number().optional() });

export const taskStateSchema = z.enum(TASK_STATES);

export const taskRecordSchema = z.object({
  taskId: z.string(),
  state: taskStateSchema,
  note: z.string(),
  date: z.string().nullable(),
  updatedAt: z.string(),
});
export type TaskRecord = z.infer<typeof taskRecordSchema>;

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT.');

export const taskUpdateSchema = z.object({
  taskId: z.string().min(1).max(200),
  state: taskStateSchema.optional(),
  note: z.string().max(10000, 'Die Notiz ist zu lang (höchstens 10.000 Zeichen).').optional(),
  date: isoDateSchema.nullable().optional(),
});

export const changeEntrySchema = z.object({
  seq: z.number(),
  hlc: z.string(),
  replicaId: z.string(),
  table: z.string(),
  rowId: z.string(),
  column: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  op: z.string(),
  txId: z.string(),
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  schemaVersion: z.number(),
  host: z.enum(['electron', 'web']),
  nativeDialogs: z.boolean(),
  defaultPlanDir: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
