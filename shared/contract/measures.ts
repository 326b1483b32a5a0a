/** Channels of issue #5: measures, milestones, participation. Merged into the one contract in ./channels.ts. */
import { z } from 'zod';
import type { ChannelMap } from './channelMap';
import { jobStartedSchema } from './jobs';
import * as m from './measuresSchemas';
import { idSchema } from './schemas';

const byId = z.object({ id: idSchema });

export const measuresChannels = {
  'measures.list': { input: z.object({ fieldId: m.fieldIdSchema.nullable() }), output: z.array(m.measureSchema) },
  'measures.get': { input: byId, output: m.measureDetailSchema },
  'measures.create': { input: m.measureInputSchema, output: m.measureDetailSchema },
  'measures.update': { input: z.object({ id: idSchema, values: m.measureInputSchema }), output: m.measureDetailSchema },
  'measures.delete': { input: byId, output: z.null() },
  'measures.linkOptions': { input: z.object({}).strict(), output: m.linkOptionsSchema },

  'measures.milestones.create': { input: z.object({ measureId: idSchema, values: m.milestoneInputSchema }), output: m.milestoneSchema },
  'measures.milestones.update': { input: z.object({ id: idSchema, values: m.milestoneInputSchema }), output: m.milestoneSchema },
  'measures.milestones.delete': { input: byId, output: z.null() },

  /** Computed gaps a measure answers, with their current values (measureId null = of all measures). */
  'measures.gapLinks.list': { input: z.object({ measureId: idSchema.nullable() }), output: z.array(m.gapLinkSchema) },
  'measures.gapLinks.add': { input: m.gapLinkInputSchema, output: m.gapLinkSchema },
  'measures.gapLinks.delete': { input: byId, output: z.null() },
  'measures.preconditions.add': { input: z.object({ measureId: idSchema, values: m.preconditionInputSchema }), output: m.preconditionSchema },
  'measures.preconditions.update': { input: z.object({ id: idSchema, values: m.preconditionInputSchema }), output: m.preconditionSchema },
  'measures.preconditions.delete': { input: byId, output: z.null() },

  'measures.indicators.list': { input: z.object({}).strict(), output: z.array(m.indicatorSchema) },
  'measures.indicators.create': { input: z.object({ measureId: idSchema, values: m.indicatorInputSchema }), output: m.indicatorSchema },
  'measures.indicators.update': { input: z.object({ id: idSchema, values: m.indicatorInputSchema }), output: m.indicatorSchema },
  'measures.indicators.delete': { input: byId, output: z.null() },
  'measures.indicators.addValue': { input: z.object({ indicatorId: idSchema, values: m.indicatorValueInputSchema }), output: m.indicatorSchema },
  'measures.indicators.deleteValue': { input: byId, output: m.indicatorSchema },

  'measures.events.list': { input: z.object({}).strict(), output: z.array(m.participationEventSchema) },
  'measures.events.create': { input: m.participationEventInputSchema, output: m.participationEventSchema },
  'measures.events.update': { input: z.object({ id: idSchema, values: m.participationEventInputSchema }), output: m.participationEventSchema },
  'measures.events.delete': { input: byId, output: z.null() },
  'measures.results.add': { input: z.object({ eventId: idSchema, values: m.participationResultInputSchema }), output: m.participationEventSchema },
  'measures.results.update': { input: z.object({ id: idSchema, values: m.participationResultInputSchema }), output: m.participationEventSchema },
  'measures.results.delete': { input: byId, output: m.participationEventSchema },
  /** "Idee in Maßnahme übernehmen". */
  'measures.results.toMeasure': { input: byId, output: m.measureDetailSchema },

  'measures.monitoring.summary': { input: z.object({ fieldId: m.fieldIdSchema.nullable(), today: m.isoDateSchema }), output: m.monitoringSummarySchema },
  'measures.monitoring.changes': { input: z.object({ since: m.isoDateSchema, fieldId: m.fieldIdSchema.nullable() }), output: z.array(m.changeSinceSchema) },
  'measures.reports.list': { input: z.object({}).strict(), output: z.array(m.reportSchema) },
  'measures.reports.create': { input: m.reportInputSchema, output: m.reportSchema },
  'measures.reports.delete': { input: byId, output: z.null() },

  /** Measures as CSV or XLSX, milestones as iCalendar: saved to `path` (if given) and returned as bytes. */
  'measures.exportFile': { input: m.fileExportInputSchema, output: m.fileExportResultSchema },

  /** Starts the PDF export as a job; the job's result is `pdfExportResultSchema`. */
  'measures.exportPdf': { input: m.pdfExportInputSchema, output: jobStartedSchema },
} as const satisfies ChannelMap;
