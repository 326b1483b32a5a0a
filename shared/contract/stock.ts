/** Channels of issue #3: Bestandserhebung registers. Merged into the one contract in ./channels.ts. */
import { z } from 'zod';
import { fieldIdSchema } from '../catalog/fieldId';
import type { ChannelMap } from './channelMap';
import { jobStartedSchema } from './jobs';
import * as s from './stockSchemas';

const none = z.object({}).strict();

export const stockChannels = {
  /** Some live records (filtered, at most LIST_MAX): pick lists and names. Tables use `stock.page`, the map `stock.offerMap`. */
  'stock.list': { input: s.listInputSchema, output: z.array(s.registerRecordSchema) },
  'stock.page': { input: s.pageInputSchema, output: s.registerPageSchema },
  'stock.offerMap': { input: none, output: s.offerMapSchema },
  'stock.get': { input: s.recordRefSchema, output: s.registerRecordSchema },
  'stock.save': { input: s.saveInputSchema, output: s.registerRecordSchema },
  'stock.delete': { input: s.recordRefSchema, output: z.null() },
  'stock.restore': { input: s.recordRefSchema, output: s.registerRecordSchema },
  'stock.offerTypes': { input: none, output: z.array(s.offerTypeSchema) },
  'stock.summary': { input: z.object({ fieldId: fieldIdSchema }), output: z.array(s.summaryItemSchema) },
  'stock.population65': { input: none, output: s.population65Schema },
  'stock.gemeinde': { input: z.object({ gemeindeId: z.string().max(100) }), output: s.gemeindeStockSchema },
  'stock.export': { input: s.exportInputSchema, output: s.fileOutputSchema },
  'stock.survey': { input: s.surveyInputSchema, output: s.fileOutputSchema },
  'stock.import.preview': { input: s.stockImportInputSchema, output: s.stockImportPreviewSchema },
  /** A job (large files take a while): its result is a `stockImportResultSchema`. */
  'stock.import.commit': { input: s.stockImportInputSchema, output: jobStartedSchema },
} as const satisfies ChannelMap;
