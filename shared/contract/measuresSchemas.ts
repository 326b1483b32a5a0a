/** Zod schemas of step 3 (measures, milestones, exports), with German validation messages. */
import { z } from 'zod';
import { isIsoDate } from '../measures/dates';
import { EVENT_KINDS, MEASURE_STATUSES, MILESTONE_STATUSES, PRECONDITION_KINDS, PRIORITIES, RESULT_KINDS } from '../measures/types';
import { fieldIdSchema } from '../catalog/fieldId';
import { filePathSchema, idSchema, overwriteSchema } from './schemas';

export { type FieldId, fieldIdSchema } from '../catalog/fieldId';

export const isoDateSchema = z
  .string()
  .trim()
  .refine(isIsoDate, 'Bitte ein gültiges Datum angeben (TT.MM.JJJJ).');

const text = (max: number, tooLong = `Die Angabe ist zu lang (höchstens ${max} Zeichen).`) => z.string().trim().max(max, tooLong);

const money = z
  .number({ message: 'Bitte einen Betrag in Euro angeben.' })
  
  .min(0, 'Kosten dürfen nicht negativ sein.')
  .max(1e12, 'Der Betrag ist zu groß.')
  .nullable();

/** Link ids may point to other features' rows, which need not be UUIDs we created: plain non-empty text. */
const linkIdSchema = z.string().trim().min(1, 'Ungültige Verknüpfung.').max(100, 'Ungültige Verknüpfung.');

export const measureInputSchema = z
  .object({
    fieldId: fieldIdSchema,
    title: z.string().trim().min(1, 'Bitte einen Titel für die Maßnahme angeben.').max(300, 'Der Titel ist zu lang (höchstens 300 Zeichen).'),
    description: text(10_000),
    responsibleActorId: linkIdSchema.nullable(),
    responsibleText: text(300),
    partners: text(2000),
    partnerActorIds: z.array(linkIdSchema).max(200),
    startDate: isoDateSchema.nullable(),
    endDate: isoDateSchema.nullable(),
    priority: z.enum(PRIORITIES, { message: 'Bitte eine Priorität wählen.' }),
    status: z.enum(MEASURE_STATUSES, { message: 'Bitte einen Status wählen.' }),
    costOnce: money,
    costYearly: money,
    fundingProgrammeId: linkIdSchema.nullable(),
    financingNote: text(2000),
    needIds: z.array(linkIdSchema).max(500),
    gemeindeIds: z.array(linkIdSchema).max(500),
    planningAreaIds: z.array(linkIdSchema).max(500),
  })
  .refine((m) => m.startDate === null || m.endDate === null || m.startDate <= m.endDate, {
    message: 'Das Ende der Maßnahme darf nicht vor ihrem Beginn liegen.',
    path: ['endDate'],
  });
export type MeasureInput = z.infer<typeof measureInputSchema>;

export const milestoneInputSchema = z
  .object({
    title: z.string().trim().min(1, 'Bitte einen Titel für den Meilenstein angeben.').max(300, 'Der Titel ist zu lang (höchstens 300 Zeichen).'),
    dueDate: isoDateSchema,
    responsible: text(300),
    status: z.enum(MILESTONE_STATUSES, { message: 'Bitte einen Status wählen.' }),
    doneOn: isoDateSchema.nullable(),
  })
  .refine((m) => m.status === 'erledigt' || m.doneOn === null, {
    message: 'Ein Erledigt-Datum gibt es nur für erledigte Meilensteine.',
    path: ['doneOn'],
  });
export type MilestoneInput = z.infer<typeof milestoneInputSchema>;

export const milestoneSchema = z.object({
  id: z.string(),
  measureId: z.string(),
  title: z.string(),
  dueDate: z.string(),
  responsible: z.string(),
  status: z.enum(MILESTONE_STATUSES),
  doneOn: z.string().nullable(),
  updatedAt: z.string(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const preconditionSchema = z.object({
  id: z.string(),
  measureId: z.string(),
  kind: z.enum(PRECONDITION_KINDS),
  label: z.string(),
  done: z.boolean(),
  note: z.string(),
});
export type Precondition = z.infer<typeof preconditionSchema>;

export const preconditionInputSchema = z.object({
  label: z.string().trim().min(1, 'Bitte die Voraussetzung benennen.').max(300, 'Die Angabe ist zu lang (höchstens 300 Zeichen).'),
  done: z.boolean(),
  note: text(2000),
});

export const indicatorValueSchema = z.object({ id: z.string(), measuredOn: z.string(), value: z.number(), note: z.string() });
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const indicatorSchema = z.object({
  id: z.string(),
  measureId: z.string(),
  name: z.string(),
  unit: z.string(),
  baseline: z.number().nullable(),
  targetValue: z.number().nullable(),
  targetDate: z.string().nullable(),
  values: z.array(indicatorValueSchema),
});
export type Indicator = z.infer<typeof indicatorSchema>;

const optionalNumber = z.number({ message: 'Bitte eine Zahl angeben.' }).nullable();

export const indicatorInputSchema = z.object({
  name: z.string().trim().min(1, 'Bitte den Namen des Indikators angeben.').max(300, 'Der Name ist zu lang (höchstens 300 Zeichen).'),
  unit: text(50),
  baseline: optionalNumber,
  targetValue: optionalNumber,
  targetDate: isoDateSchema.nullable(),
});
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;

export const indicatorValueInputSchema = z.object({
  measuredOn: isoDateSchema,
  value: z.number({ message: 'Bitte einen Messwert angeben.' }),
  note: text(1000),
});

/** A measure as listed in the Meilensteinplan: the row, its resolved names, its milestones. */
export const measureSchema = z.object({
  id: z.string(),
  fieldId: fieldIdSchema,
  title: z.string(),
  description: z.string(),
  responsibleActorId: z.string().nullable(),
  responsibleText: z.string(),
  /** What to show as responsible: the actor's name (if linked and present) and/or the free text. */
  responsibleLabel: z.string(),
  partners: z.string(),
  partnerActorIds: z.array(z.string()),
  /** Partner actors' names and the free text, for display and export. */
  partnersLabel: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  priority: z.enum(PRIORITIES),
  status: z.enum(MEASURE_STATUSES),
  costOnce: z.number().nullable(),
  costYearly: z.number().nullable(),
  fundingProgrammeId: z.string().nullable(),
  financingNote: z.string(),
  needIds: z.array(z.string()),
  gemeindeIds: z.array(z.string()),
  planningAreaIds: z.array(z.string()),
  milestones: z.array(milestoneSchema),
  preconditionsDone: z.number().int(),
  preconditionsTotal: z.number().int(),
  updatedAt: z.string(),
});
export type Measure = z.infer<typeof measureSchema>;

export const measureDetailSchema = z.object({
  measure: measureSchema,
  preconditions: z.array(preconditionSchema),
  indicators: z.array(indicatorSchema),
});
export type MeasureDetail = z.infer<typeof measureDetailSchema>;

const optionSchema = z.object({ id: z.string(), label: z.string() });
export type LinkOption = z.infer<typeof optionSchema>;

/** What a measure can be linked to; lists are empty while the owning feature's tables are missing. */
export const linkOptionsSchema = z.object({
  actors: z.array(optionSchema),
  fundingProgrammes: z.array(optionSchema),
  needStatements: z.array(optionSchema.extend({ fieldId: fieldIdSchema })),
  gemeinden: z.array(optionSchema),
  /** With their member Gemeinden, so the Gemeinde filter also finds measures linked to a Planungsbereich. */
  planningAreas: z.array(optionSchema.extend({ gemeindeIds: z.array(z.string()) })),
});
export type LinkOptions = z.infer<typeof linkOptionsSchema>;

export const PDF_KINDS = ['meilensteinplan', 'monitoring'] as const;
export const pdfExportInputSchema = z.object({
  kind: z.enum(PDF_KINDS),
  pageSize: z.enum(['A4', 'A3']),
  /** Where to save the file; null = only return the bytes for a download. */
  path: filePathSchema.nullable(),
  overwrite: overwriteSchema,
  today: isoDateSchema,
});
export type PdfExportInput = z.input<typeof pdfExportInputSchema>;

export const pdfExportResultSchema = z.object({
  path: z.string().nullable(),
  fileName: z.string(),
  bytes: z.number().int(),
  pages: z.number().int(),
  base64: z.string(),
});
export type PdfExportResult = z.infer<typeof pdfExportResultSchema>;

export { idSchema };

// ---- Beteiligung (participation) ----

export const participationGroupSchema = z.object({ id: z.string(), name: z.string(), moderators: z.string() });
export const participationResultSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  groupId: z.string().nullable(),
  kind: z.enum(RESULT_KINDS),
  text: z.string(),
  fieldId: fieldIdSchema.nullable(),
  measureId: z.string().nullable(),
  /** Title of the measure made from this idea, while it exists. */
  measureTitle: z.string().nullable(),
});
export type ParticipationResult = z.infer<typeof participationResultSchema>;

export const participationEventSchema = z.object({
  id: z.string(),
  kind: z.enum(EVENT_KINDS),
  title: z.string(),
  eventDate: z.string().nullable(),
  place: z.string(),
  organisations: z.string(),
  notes: z.string(),
  groups: z.array(participationGroupSchema),
  results: z.array(participationResultSchema),
});
export type ParticipationEvent = z.infer<typeof participationEventSchema>;

export const participationEventInputSchema = z.object({
  kind: z.enum(EVENT_KINDS, { message: 'Bitte die Art der Veranstaltung wählen.' }),
  title: z.string().trim().min(1, 'Bitte einen Titel für die Veranstaltung angeben.').max(300, 'Der Titel ist zu lang (höchstens 300 Zeichen).'),
  eventDate: isoDateSchema.nullable(),
  place: text(300),
  organisations: text(5000),
  notes: text(10_000),
  /** Working groups; rows with an id are updated, without one created, missing ones deleted. */
  groups: z
    .array(
      z.object({
        id: idSchema.nullable(),
        name: z.string().trim().min(1, 'Bitte jeder Arbeitsgruppe einen Namen geben.').max(300, 'Der Name der Arbeitsgruppe ist zu lang.'),
        moderators: text(500),
      }),
    )
    .max(50, 'Höchstens 50 Arbeitsgruppen je Veranstaltung.'),
});
export type ParticipationEventInput = z.infer<typeof participationEventInputSchema>;

export const participationResultInputSchema = z.object({
  groupId: idSchema.nullable(),
  kind: z.enum(RESULT_KINDS, { message: 'Bitte wählen: Herausforderung oder Idee.' }),
  text: z.string().trim().min(1, 'Bitte das Ergebnis beschreiben.').max(2000, 'Der Text ist zu lang (höchstens 2000 Zeichen).'),
  fieldId: fieldIdSchema.nullable(),
});
export type ParticipationResultInput = z.infer<typeof participationResultInputSchema>;

// ---- Monitoring ----

const statusCounts = z.object(Object.fromEntries(MEASURE_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof MEASURE_STATUSES)[number], z.ZodNumber>);

export const monitoringSummarySchema = z.object({
  takenOn: z.string(),
  fieldId: fieldIdSchema.nullable(),
  counts: statusCounts,
  overdue: z.number().int(),
  measures: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      fieldId: fieldIdSchema,
      status: z.enum(MEASURE_STATUSES),
      overdue: z.number().int(),
      preconditionsDone: z.number().int(),
      preconditionsTotal: z.number().int(),
    }),
  ),
  indicators: z.array(
    z.object({ id: z.string(), measureId: z.string(), name: z.string(), unit: z.string(), latest: z.number().nullable(), attainment: z.number().nullable() }),
  ),
});

export const reportSchema = z.object({ id: z.string(), title: z.string(), fieldId: fieldIdSchema.nullable(), takenOn: z.string(), summary: monitoringSummarySchema });
export type Report = z.infer<typeof reportSchema>;

export const reportInputSchema = z.object({
  title: z.string().trim().min(1, 'Bitte den Berichtsstand benennen, z. B. „Bericht Sozialausschuss 1. Quartal 2026“.').max(200, 'Der Name ist zu lang (höchstens 200 Zeichen).'),
  fieldId: fieldIdSchema.nullable(),
  today: isoDateSchema,
});

export const changeSinceSchema = z.object({
  table: z.string(),
  rowId: z.string(),
  /** Title of the changed measure, milestone, event … (as it is now, or as it was when deleted). */
  label: z.string(),
  /** Title of the measure a milestone, link or indicator belongs to. */
  measureTitle: z.string().nullable(),
  lastChange: z.string(),
  ops: z.array(z.enum(['insert', 'update', 'delete', 'restore'])),
  columns: z.array(z.string()),
});
export type ChangeSince = z.infer<typeof changeSinceSchema>;

// ---- Table and calendar exports ----

export const fileExportInputSchema = z.object({
  kind: z.enum(['csv', 'xlsx', 'ics'], { message: 'Bitte ein Format wählen.' }),
  path: filePathSchema.nullable(),
  overwrite: overwriteSchema,
  today: isoDateSchema,
});
export const fileExportResultSchema = z.object({ path: z.string().nullable(), fileName: z.string(), bytes: z.number().int(), base64: z.string() });
export type FileExportResult = z.infer<typeof fileExportResultSchema>;

/** The coordinates of a computed gap a measure answers (issue #14). */
export const gapLinkInputSchema = z.object({
  measureId: idSchema,
  richtwertId: z.string().uuid('Bitte einen Richtwert wählen.'),
  regionKey: z.string().trim().min(1, 'Bitte ein Gebiet wählen.').max(100),
  year: z.number().int('Jahr: ganze Zahl.').min(1990, 'Jahr ab 1990.').max(2100, 'Jahr bis 2100.'),
  scenarioId: z.string().uuid('Bitte ein Szenario wählen.'),
});

/** A gap link with the gap recomputed from today's data; `found` false when its Richtwert, scenario or region is gone. */
export const gapLinkSchema = z.object({
  id: z.string(),
  measureId: z.string(),
  richtwertId: z.string(),
  regionKey: z.string(),
  year: z.number(),
  scenarioId: z.string(),
  found: z.boolean(),
  /** German, e.g. "Vollstationäre Pflegeplätze, Lüchow (Wendland), 2030, Szenario Status quo". */
  label: z.string(),
  required: z.number().nullable(),
  stock: z.number().nullable(),
  gap: z.number().nullable(),
});
export type GapLink = z.infer<typeof gapLinkSchema>;
