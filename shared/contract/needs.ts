/** Channels of issue #4: Bedarfsermittlung. Merged into the one contract in ./channels.ts. */
import { z } from 'zod';
import { fieldIdSchema } from '../catalog/fieldId';
import type { ChannelMap } from './channelMap';
import { jobStartedSchema } from './jobs';
import * as s from './needsSchemas';

const none = z.object({}).strict();
const ref = z.object({ id: z.string().uuid('Ungültige Kennung.') });

export const needsChannels = {
  'needs.population.preview': { input: s.populationFileSchema, output: jobStartedSchema },
  'needs.population.commit': { input: s.populationFileSchema, output: jobStartedSchema },
  'needs.population.list': { input: none, output: z.array(s.populationDatasetSchema) },
  'needs.population.delete': { input: ref, output: z.null() },
  'needs.demography.import': { input: s.demographyImportSchema, output: s.demographyImportResultSchema },
  'needs.demography.list': { input: none, output: z.array(s.demographyDatasetSchema) },
  'needs.rateSets.list': { input: none, output: z.array(s.rateSetSchema) },
  'needs.rateSets.save': { input: s.rateSetInputSchema, output: s.rateSetSchema },
  'needs.rateSets.calibrate': { input: s.calibrateInputSchema, output: s.calibrateResultSchema },
  'needs.rateSets.delete': { input: ref, output: z.null() },
  'needs.careStatistics.preview': { input: s.careStatisticFileSchema, output: s.careStatisticPreviewSchema },
  'needs.careStatistics.commit': { input: s.careStatisticFileSchema, output: s.careStatisticCommitSchema },
  'needs.careStatistics.get': { input: none, output: s.careStatisticsSchema },
  'needs.careStatistics.delete': { input: ref, output: z.null() },
  'needs.scenarios.list': { input: none, output: z.array(s.scenarioSchema) },
  'needs.scenarios.save': { input: s.scenarioInputSchema, output: s.scenarioSchema },
  'needs.scenarios.delete': { input: ref, output: z.null() },
  'needs.richtwerte.list': { input: none, output: z.array(s.richtwertSchema) },
  'needs.richtwerte.save': { input: s.richtwertInputSchema, output: s.richtwertSchema },
  'needs.richtwerte.delete': { input: ref, output: z.null() },
  'needs.staffing.list': { input: none, output: z.array(s.staffingRatioSchema) },
  'needs.staffing.save': { input: s.staffingRatioInputSchema, output: s.staffingRatioSchema },
  'needs.staffing.delete': { input: ref, output: z.null() },
  'needs.statements.list': { input: z.object({ fieldId: fieldIdSchema.nullable() }), output: z.array(s.needStatementSchema) },
  'needs.statements.save': { input: s.needStatementInputSchema, output: s.needStatementSchema },
  'needs.statements.delete': { input: ref, output: z.null() },
  /** Brings back a deleted assumption ("Rückgängig" after a delete). */
  'needs.restore': { input: z.object({ kind: s.assumptionKindSchema, id: z.string().uuid('Ungültige Kennung.') }), output: z.null() },
  /** The plan-wide main scenario (Hauptszenario) every view starts with; null = the first scenario. */
  'needs.mainScenario.get': { input: none, output: z.object({ scenarioId: z.string().nullable() }) },
  'needs.mainScenario.save': { input: z.object({ scenarioId: z.string().uuid('Ungültige Kennung.').nullable() }), output: z.object({ scenarioId: z.string().nullable() }) },
  'needs.settings.get': { input: none, output: s.settingsSchema },
  'needs.settings.save': { input: s.settingsSchema, output: s.settingsSchema },
  'needs.analysis': { input: s.analysisInputSchema, output: s.analysisViewSchema },
  'needs.export.xlsx': { input: s.tableExportInputSchema, output: s.tableExportOutputSchema },
} as const satisfies ChannelMap;
