/** Schemas of the Bedarfsermittlung channels (issue #4). German validation messages. */
import { z } from 'zod';
import { fieldIdSchema } from '../catalog/fieldId';
import { STAFF_CATEGORY_IDS } from '../stock/registers';

const id = z.string().uuid('Ungültige Kennung.');
const sexSchema = z.enum(['insgesamt', 'maennlich', 'weiblich']);
export const settingSchema = z.enum(['pflegegeld', 'ambulant', 'vollstationaer', 'teilstationaer']);
const bandKeySchema = z.string().regex(/^\d{1,3}(-\d{1,3}|\+)$/, 'Altersgruppe bitte als „75-80“ oder „90+“ angeben.');
const finite = (message: string) => z.number({ message }).finite(message);

/** The editable assumptions of the analysis, by what the planner calls them. */
export const assumptionKindSchema = z.enum(['rateSet', 'scenario', 'richtwert', 'staffing', 'statement']);
export type AssumptionKind = z.infer<typeof assumptionKindSchema>;

export const problemSchema = z.object({ line: z.number().nullable(), severity: z.enum(['fehler', 'hinweis']), message: z.string() });

export const populationFileSchema = z.object({
  fileName: z.string().min(1).max(500),
  contentBase64: z.string().max(80_000_000, 'Die Datei ist zu groß für diesen Import (höchstens 60 MB).'),
  kind: z.enum(['bestand', 'vorausberechnung']),
});

export const populationPreviewSchema = z.object({
  format: z.string(),
  tableCode: z.string().nullable(),
  title: z.string(),
  referenceDates: z.array(z.string()),
  licence: z.string().nullable(),
  stand: z.string().nullable(),
  encoding: z.string(),
  level: z.enum(['gemeinde', 'kreis']),
  kind: z.enum(['bestand', 'vorausberechnung']),
  years: z.array(z.number()),
  rows: z.array(z.object({ line: z.number(), key: z.string(), name: z.string(), level: z.enum(['gemeinde', 'kreis']), year: z.number(), total: z.number(), bands: z.number() })),
  problems: z.array(problemSchema),
  replaces: z.array(z.string()),
  canCommit: z.boolean(),
});
export type PopulationPreview = z.infer<typeof populationPreviewSchema>;

export const populationCommitResultSchema = z.object({ datasetId: z.string(), rows: z.number(), years: z.array(z.number()), level: z.enum(['gemeinde', 'kreis']) });

/** Official tables of the cohort model (deaths, births, migration, single years), several files at once. */
export const demographyImportSchema = z.object({
  files: z
    .array(z.object({ fileName: z.string().min(1).max(500), contentBase64: z.string().max(40_000_000, 'Eine Datei ist zu groß für diesen Import (höchstens 30 MB).') }))
    .min(1, 'Bitte mindestens eine Datei wählen.')
    .max(10, 'Höchstens 10 Dateien auf einmal.'),
});
export const demographyImportResultSchema = z.object({
  tables: z.array(z.object({ code: z.string(), label: z.string(), regions: z.number() })),
  ignored: z.array(z.string()),
});
export const demographyDatasetSchema = z.object({
  id: z.string(),
  tableCode: z.string(),
  label: z.string(),
  fileName: z.string(),
  reference: z.string().nullable(),
  stand: z.string().nullable(),
});

export const populationDatasetSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['bestand', 'vorausberechnung']),
  level: z.enum(['gemeinde', 'kreis']),
  format: z.string(),
  fileName: z.string(),
  tableCode: z.string().nullable(),
  referenceDate: z.string().nullable(),
  stand: z.string().nullable(),
  licence: z.string().nullable(),
  encoding: z.string(),
  rowCount: z.number(),
  years: z.array(z.number()),
  createdAt: z.string(),
});
export type PopulationDataset = z.infer<typeof populationDatasetSchema>;

export const rateValueSchema = z.object({ ageBand: bandKeySchema, sex: sexSchema, setting: settingSchema, rate: finite('Quote: bitte eine Zahl angeben.').min(0, 'Quoten sind nicht negativ.').max(1, 'Quoten höchstens 100 %.') });

export const rateSetSchema = z.object({
  id: z.string(),
  name: z.string(),
  source: z.string(),
  note: z.string(),
  isDefault: z.boolean(),
  /** Calibration factor per care setting; 1 = uncalibrated. */
  factors: z.object({ pflegegeld: z.number(), ambulant: z.number(), vollstationaer: z.number(), teilstationaer: z.number() }),
  calibrationNote: z.string().nullable(),
  calibrationYear: z.number().nullable(),
  rateYear: z.number().nullable(),
  values: z.array(rateValueSchema),
});
export type RateSetDto = z.infer<typeof rateSetSchema>;

export const rateSetInputSchema = z.object({
  id: id.nullable(),
  name: z.string().trim().min(1, 'Bitte einen Namen angeben.').max(200),
  source: z.string().trim().min(1, 'Bitte die Quelle der Quoten angeben (z. B. Pflegestatistik des Landes 2023).').max(1000),
  note: z.string().max(4000),
  rateYear: z.number().int('Jahr der Quoten: ganze Zahl.').min(1995, 'Jahr der Quoten ab 1995.').max(2100, 'Jahr der Quoten bis 2100.').nullable().optional(),
  values: z.array(rateValueSchema).min(1, 'Bitte mindestens eine Quote angeben.'),
});

const observedCount = (label: string) => finite(`${label}: bitte eine Zahl angeben.`).min(0, `${label}: nicht negativ.`).nullable();
export const observedSchema = z.object({
  pflegegeld: observedCount('nur Pflegegeld'),
  ambulant: observedCount('ambulant'),
  vollstationaer: observedCount('vollstationär'),
  teilstationaer: observedCount('teilstationär'),
});
export const calibrateInputSchema = z.object({
  id,
  /** Observed Pflegebedürftige per setting in the base year; null = take them from the imported Pflegestatistik. */
  observed: observedSchema.nullable(),
  label: z.string().trim().max(500),
  /** true = back to factors 1. */
  reset: z.boolean().optional(),
}).refine((v) => v.reset || v.observed === null || v.label.length > 0, { message: 'Bitte angeben, woher die Zahlen stammen (z. B. Pflegestatistik 2015, Kreis).', path: ['label'] });
const needNumbers = z.object({ pflegegeld: z.number(), ambulant: z.number(), vollstationaer: z.number(), teilstationaer: z.number() });
export const calibrateResultSchema = z.object({ factors: needNumbers, expected: needNumbers, observed: observedSchema, year: z.number(), notCalibrated: z.array(settingSchema) });

/** Demographic assumptions of a cohort-component scenario (shared/needs/cohortScenario.ts). */
export const cohortSpecSchema = z.object({
  migration: z.enum(['keine', 'beobachtet', 'gedaempft', 'eingabe'], { message: 'Bitte eine Annahme zur Wanderung wählen.' }),
  damping: finite('Dämpfung: bitte eine Zahl zwischen 0 und 1.').min(0, 'Dämpfung mindestens 0.').max(1, 'Dämpfung höchstens 1 (= wie beobachtet).'),
  netPerYear: finite('Wanderungssaldo: bitte eine Zahl (Personen pro Jahr).').min(-1_000_000, 'Wanderungssaldo höchstens −1.000.000 pro Jahr.').max(1_000_000, 'Wanderungssaldo höchstens 1.000.000 pro Jahr.'),
  mortalityDecline: finite('Rückgang der Sterblichkeit: bitte eine Zahl (Prozent pro Jahr).').min(-5, 'Höchstens −5 % pro Jahr.').max(5, 'Höchstens 5 % pro Jahr.'),
});

export const scenarioMethodSchema = z.enum(['konstant', 'wachstum', 'tabelle', 'kohorte'], { message: 'Bitte eine Methode wählen.' });

export const scenarioSchema = z.object({
  id: z.string(),
  name: z.string(),
  method: scenarioMethodSchema,
  cohort: cohortSpecSchema.nullable(),
  growth: z.record(z.string(), z.number()),
  rateTrend: z.number(),
  rateSetId: z.string().nullable(),
  endYear: z.number(),
  projectionDatasetId: z.string().nullable(),
  rateTrendUntil: z.number().nullable(),
  ratePreset: z.string().nullable(),
});
export type ScenarioDto = z.infer<typeof scenarioSchema>;

export const scenarioInputSchema = z.object({
  id: id.nullable(),
  name: z.string().trim().min(1, 'Bitte einen Namen für das Szenario angeben.').max(200),
  method: scenarioMethodSchema,
  /** Method 'kohorte': the demographic assumptions; omitted = the defaults. */
  cohort: cohortSpecSchema.nullable().optional(),
  growth: z.record(z.string().regex(/^(\*|\d{1,3}(-\d{1,3}|\+))$/, 'Altersgruppe bitte als „75-80“, „90+“ oder „*“ angeben.'), finite('Veränderung: bitte eine Zahl.').min(-20, 'Höchstens −20 % pro Jahr.').max(20, 'Höchstens +20 % pro Jahr.')),
  rateTrend: finite('Trend der Quoten: bitte eine Zahl.').min(-10, 'Höchstens −10 % pro Jahr.').max(10, 'Höchstens +10 % pro Jahr.'),
  rateSetId: id.nullable(),
  endYear: z.number().int('Zieljahr: ganze Zahl.').min(2000, 'Zieljahr ab 2000.').max(2100, 'Zieljahr bis 2100.'),
  projectionDatasetId: id.nullable(),
  rateTrendUntil: z.number().int('Trend bis: ganze Zahl.').min(1995, 'Trend bis: ab 1995.').max(2100, 'Trend bis: höchstens 2100.').nullable().optional(),
  ratePreset: z.string().max(50).nullable().optional(),
});

const richtwertBasisSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('faelle'), setting: settingSchema, share: z.number().min(0).max(1), occupancy: z.number().gt(0, 'Auslastung muss größer als 0 sein.').max(1, 'Auslastung höchstens 100 %.') }),
  z.object({ kind: z.literal('einwohner'), minAge: z.number().int().min(0).max(100), per: z.number().positive('Bezugsgröße muss größer als 0 sein.'), value: z.number().min(0) }),
]);
export const richtwertSchema = z.object({ id: z.string(), offerType: z.string(), label: z.string(), basis: richtwertBasisSchema });
export const richtwertInputSchema = z.object({
  id: id.nullable(),
  offerType: z.string().trim().min(1, 'Bitte die Angebotsart wählen.').max(100),
  label: z.string().trim().min(1, 'Bitte eine Bezeichnung angeben.').max(200),
  basis: richtwertBasisSchema,
});

export const staffingRatioSchema = z.object({
  id: z.string(),
  label: z.string(),
  minAge: z.number(),
  steps: z.array(z.object({ fromYear: z.number(), peoplePerVze: z.number() })),
  /** Tätigkeitsbereich of the posts counted as Ist; '' = all posts. */
  staffCategory: z.enum(['', ...STAFF_CATEGORY_IDS]),
});
export const staffingRatioInputSchema = z.object({
  id: id.nullable(),
  label: z.string().trim().min(1, 'Bitte eine Bezeichnung angeben.').max(200),
  minAge: z.number().int().min(0).max(100),
  steps: z.array(z.object({ fromYear: z.number().int().min(1990).max(2100), peoplePerVze: z.number().positive('Schlüssel: Personen je VZÄ muss größer als 0 sein.') })).min(1, 'Bitte mindestens eine Stufe angeben.'),
  staffCategory: z.enum(['', ...STAFF_CATEGORY_IDS], { message: 'Bitte einen Tätigkeitsbereich der Personalstellen wählen.' }),
});

export const needStatementSchema = z.object({
  id: z.string(),
  fieldId: fieldIdSchema,
  title: z.string(),
  description: z.string().nullable(),
  gemeindeId: z.string().nullable(),
  priority: z.enum(['hoch', 'mittel', 'niedrig']),
  source: z.string().nullable(),
  sourceDate: z.string().nullable(),
});
export const needStatementInputSchema = z.object({
  id: id.nullable(),
  fieldId: fieldIdSchema,
  title: z.string().trim().min(1, 'Bitte den Bedarf kurz benennen.').max(300),
  description: z.string().max(4000).nullable(),
  gemeindeId: z.string().max(100).nullable(),
  priority: z.enum(['hoch', 'mittel', 'niedrig']),
  source: z.string().max(500).nullable(),
  sourceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum als JJJJ-MM-TT.').nullable(),
});

export const settingsSchema = z.object({
  detourFactor: z.number().min(1, 'Umwegfaktor mindestens 1.').max(3, 'Umwegfaktor höchstens 3.'),
  thresholdKm: z.number().positive('Schwelle muss größer als 0 km sein.').max(200),
  reachOfferType: z.string().max(100),
  staffPerCase: z.array(z.object({ setting: settingSchema, vzePerCase: z.number().min(0).max(5), fachkraftShare: z.number().min(0).max(1) })),
});
export type NeedsSettings = z.infer<typeof settingsSchema>;

export const explanationSchema = z.object({ inputs: z.array(z.string()), sources: z.array(z.string()), assumptions: z.array(z.string()), formula: z.string() });
export type ExplanationDto = z.infer<typeof explanationSchema>;

const needSchema = z.object({ pflegegeld: z.number(), ambulant: z.number(), vollstationaer: z.number(), teilstationaer: z.number() });

/** `scenarioId` chooses the scenario of staffing and staff gap (null = the Hauptszenario). */
export const analysisInputSchema = z.object({
  year: z.number().int().nullable(),
  scenarioId: z.string().nullable().optional(),
  /** The region of the chart over the years ('kreis', an AGS or 'bereich:<id>'); missing = the Kreis. */
  regionKey: z.string().max(200).nullable().optional(),
  /** The Richtwert whose gaps are sent per region; missing = the first. */
  richtwertId: z.string().max(200).nullable().optional(),
});

const regionYearSchema = z.object({ key: z.string(), year: z.number(), population: z.record(z.string(), z.number()), need: needSchema });

export const analysisSchema = z.object({
  ready: z.boolean(),
  /** Why no analysis can be made yet (German), when not ready. */
  missing: z.array(z.string()),
  /** What the planner must know before relying on the numbers (German), e.g. uncalibrated rates. */
  warnings: z.array(z.string()),
  baseYear: z.number().nullable(),
  years: z.array(z.number()),
  bands: z.array(z.string()),
  regions: z.array(z.object({ key: z.string(), name: z.string(), level: z.enum(['gemeinde', 'bereich', 'kreis']), gemeindeId: z.string().nullable() })),
  populationSource: explanationSchema,
  /** Base-year population by sex and fine band for the pyramid (Kreis). */
  pyramid: z.array(z.object({ band: z.string(), maennlich: z.number(), weiblich: z.number() })),
  scenarios: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      rows: z.array(regionYearSchema),
      explanation: explanationSchema,
    }),
  ),
  gaps: z.array(
    z.object({
      richtwertId: z.string(),
      label: z.string(),
      offerType: z.string(),
      scenarioId: z.string(),
      rows: z.array(z.object({ key: z.string(), year: z.number(), required: z.number(), stock: z.number(), gap: z.number() })),
      explanation: explanationSchema,
    }),
  ),
  staffing: z.array(
    z.object({
      ratioId: z.string(),
      label: z.string(),
      rows: z.array(z.object({ key: z.string(), year: z.number(), targetGroup: z.number(), ratio: z.number().nullable(), soll: z.number(), ist: z.number(), difference: z.number() })),
      explanation: explanationSchema,
    }),
  ),
  staffGap: z.object({
    year: z.number(),
    rows: z.array(z.object({ setting: settingSchema, cases: z.number(), requiredFachkraft: z.number(), requiredHilfskraft: z.number(), currentFachkraft: z.number(), currentHilfskraft: z.number(), gapFachkraft: z.number(), gapHilfskraft: z.number() })),
    explanation: explanationSchema,
  }).nullable(),
  reachability: z.object({
    offerType: z.string(),
    rows: z.array(z.object({ ags: z.string(), distance: z.number().nullable(), population80: z.number(), beyond: z.boolean() })),
    shareBeyond: z.number(),
    explanation: explanationSchema,
  }).nullable(),
});
export type Analysis = z.infer<typeof analysisSchema>;

/** One region in the selected scenario and year: what the map and the Gemeinde table show. */
const regionFigureSchema = z.object({ key: z.string(), population: z.number(), population80: z.number(), need: needSchema, needBaseYear: z.number().nullable() });
export type RegionFigure = z.infer<typeof regionFigureSchema>;

/**
 * What `needs.analysis` answers: the analysis as the Bedarf page shows it for one selection
 * (shared/needs/analysisView.ts). Every scenario keeps the rows of the Kreis and of the selected
 * region over all years; the selected scenario and year come as one figure per region; gap rows
 * only of the selected scenario, year and Richtwert; staffing for the Kreis. On a Germany-scale plan the
 * whole analysis is hundreds of megabytes, this a few.
 */
export const analysisViewSchema = analysisSchema.extend({
  /**
   * Set while a large plan's analysis is still computed (in the background): then `ready` is
   * false, `missing` empty, and the page asks again until the result is there.
   */
  computing: z.object({ done: z.number(), total: z.number(), message: z.string() }).nullable().optional(),
  selection: z.object({ scenarioId: z.string().nullable(), year: z.number().nullable(), regionKey: z.string(), richtwertId: z.string().nullable() }),
  regionFigures: z.array(regionFigureSchema),
});
export type AnalysisView = z.infer<typeof analysisViewSchema>;

export const tableExportInputSchema = z.object({
  fileName: z.string().trim().min(1).max(120).regex(/^[\w.-]+$/, 'Dateiname: nur Buchstaben, Ziffern, Punkt, Binde- und Unterstrich.'),
  sheet: z.string().trim().min(1).max(31),
  header: z.array(z.string().max(200)).min(1).max(100),
  rows: z.array(z.array(z.union([z.string().max(2000), z.number(), z.null()])).max(100)).max(200_000),
});
export const tableExportOutputSchema = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });

export const careStatisticFileSchema = z.object({
  fileName: z.string().min(1).max(500),
  contentBase64: z.string().max(20_000_000, 'Die Datei ist zu groß für diesen Import (höchstens 15 MB).'),
});

const careSexSchema = z.enum(['insgesamt', 'maennlich', 'weiblich']);
const careLevelSchema = z.enum(['deutschland', 'land', 'kreis']);
export const careStatisticRowSchema = z.object({ regionKey: z.string(), regionName: z.string(), level: careLevelSchema, year: z.number(), sex: careSexSchema, values: z.record(z.string(), z.number().nullable()) });

export const careStatisticPreviewSchema = z.object({
  tableCode: z.string().nullable(),
  kind: z.enum(['pflegebeduerftige', 'einrichtungen']).nullable(),
  title: z.string(),
  referenceDates: z.array(z.string()),
  stand: z.string().nullable(),
  licence: z.string().nullable(),
  encoding: z.string(),
  rows: z.array(careStatisticRowSchema),
  problems: z.array(problemSchema),
  replaces: z.array(z.string()),
  canCommit: z.boolean(),
});
export type CareStatisticPreview = z.infer<typeof careStatisticPreviewSchema>;

export const careStatisticCommitSchema = z.object({ datasetId: z.string(), rows: z.number(), years: z.array(z.number()) });

export const careStatisticDatasetSchema = z.object({
  id: z.string(),
  tableCode: z.string(),
  kind: z.enum(['pflegebeduerftige', 'einrichtungen']),
  fileName: z.string(),
  referenceDate: z.string().nullable(),
  stand: z.string().nullable(),
  licence: z.string().nullable(),
  encoding: z.string(),
  rowCount: z.number(),
  createdAt: z.string(),
});

/** The official figures of the plan's Kreis (with Land and Germany) and the stock register beside them. */
export const careStatisticsSchema = z.object({
  datasets: z.array(careStatisticDatasetSchema),
  rows: z.array(careStatisticRowSchema),
  /** Totals of the stock register (step 1) for the same measures as 22411-01-01-4. */
  stock: z.object({ pflegedienste: z.number(), personalPflegedienste: z.number(), pflegeheime: z.number(), plaetze: z.number(), personalPflegeheime: z.number() }),
});
export type CareStatistics = z.infer<typeof careStatisticsSchema>;
