/** Schemas of the Bestandserhebung channels (shared/contract/stock.ts). */
import { z } from 'zod';
import { REGISTER_IDS } from '../stock/registers';

export const registerIdSchema = z.enum(REGISTER_IDS, { message: 'Unbekanntes Register.' });

export const registerValueSchema = z.union([z.string().max(20_000, 'Der Text ist zu lang.'), z.number(), z.boolean(), z.array(z.string().max(500)).max(5000), z.null()]);
export const registerValuesSchema = z.record(z.string().max(100), registerValueSchema);

const stockIdSchema = z.string().uuid({ message: 'Ungültige Kennung.' });

export const registerRecordSchema = z.object({
  id: z.string(),
  values: registerValuesSchema,
  isExample: z.boolean(),
  updatedAt: z.string(),
  deleted: z.boolean(),
});
export type RegisterRecord = z.infer<typeof registerRecordSchema>;

/** At most this many records per `stock.list` call: pick lists and name look-ups, never a whole register. */
export const LIST_MAX = 1000;

/** Some records of a register (`stock.list`), filtered and cut in SQL (db/stock/recordList.ts). */
export const listInputSchema = z.object({
  register: registerIdSchema,
  /** Only records in (or serving) this Gemeinde. */
  gemeindeId: z.string().max(100).nullable().optional(),
  /** Search in the record's name (case-insensitive, umlauts as typed): what a pick list matches. */
  text: z.string().max(200, 'Der Suchbegriff ist zu lang (höchstens 200 Zeichen).').optional(),
  /** Only these records: the items a pick list shows as chosen, the names a table shows. */
  ids: z.array(z.string().max(100)).max(LIST_MAX, `Höchstens ${LIST_MAX} Kennungen je Abruf.`).optional(),
  /** `entry` (default): in the order of entry; `title`: by the record's name, as a pick list reads. */
  order: z.enum(['entry', 'title']).optional(),
  limit: z.number().int().min(1, 'Mindestens 1 Eintrag je Abruf.').max(LIST_MAX, `Höchstens ${LIST_MAX} Einträge je Abruf.`),
});
export type ListInput = z.infer<typeof listInputSchema>;

/** The register table's page size at most: a page is what fits on the screen, not the register. */
export const REGISTER_PAGE_MAX = 500;

/** One page of a register (`stock.page`): filtered, sorted and cut in SQL (db/stock/registerPage.ts). */
export const pageInputSchema = z.object({
  register: registerIdSchema,
  /** Only records in (or serving) this Gemeinde. */
  gemeindeId: z.string().max(100).nullable().optional(),
  /** Full-text search over the record's texts, choices and the names it refers to (case-insensitive). */
  text: z.string().max(200, 'Der Suchbegriff ist zu lang (höchstens 200 Zeichen).').optional(),
  /** Value of the register's kind column (Angebotsart, Art …). */
  kind: z.string().max(100).nullable().optional(),
  sort: z.object({ key: z.string().max(100), direction: z.enum(['ascending', 'descending']) }).optional(),
  limit: z.number().int().min(1).max(REGISTER_PAGE_MAX, `Höchstens ${REGISTER_PAGE_MAX} Einträge je Seite.`),
  offset: z.number().int().min(0, 'Die Seite muss 1 oder größer sein.'),
});
export type PageInput = z.infer<typeof pageInputSchema>;

export const registerPageSchema = z.object({
  records: z.array(registerRecordSchema),
  /** Live records of the register. */
  total: z.number(),
  /** Records that pass search and filters. */
  matching: z.number(),
  /** Example records (Beispieldaten) of the register. */
  examples: z.number(),
  /** Sum of every quantity column of the table (Kapazität, Belegung, VZÄ) over the matching records. */
  sums: z.record(z.string(), z.number()),
});
export type RegisterPage = z.infer<typeof registerPageSchema>;

export const saveInputSchema = z.object({
  register: registerIdSchema,
  id: stockIdSchema.nullable(),
  values: registerValuesSchema,
});

export const recordRefSchema = z.object({ register: registerIdSchema, id: stockIdSchema });

export const offerTypeSchema = z.object({
  id: z.string(),
  label: z.string(),
  sector: z.string(),
  capacityUnit: z.enum(['plaetze', 'klienten']),
  color: z.string(),
  builtin: z.boolean(),
});
export type OfferTypeInfo = z.infer<typeof offerTypeSchema>;

export const summaryItemSchema = z.object({
  register: registerIdSchema,
  count: z.number(),
  lines: z.array(z.string()),
});
export type SummaryItem = z.infer<typeof summaryItemSchema>;

export const gemeindeStockSchema = z.object({
  gemeinde: z.object({ id: z.string(), ags: z.string(), name: z.string() }),
  sections: z.array(z.object({ register: registerIdSchema, records: z.array(registerRecordSchema) })),
});
export type GemeindeStock = z.infer<typeof gemeindeStockSchema>;

/** At most this many places on the offer map; the rest are counted (`pointsOmitted`). */
export const MAP_POINTS_MAX = 5000;

/** The offers for the map and the charts (`stock.offerMap`), aggregated in SQL (db/stock/offerMap.ts). */
export const offerMapSchema = z.object({
  /** Live offers per Gemeinde and offer type (Gemeinde null: none recorded). */
  groups: z.array(
    z.object({
      gemeindeId: z.string().nullable(),
      typeId: z.string(),
      count: z.number(),
      /** Sum of the capacities (empty counts as 0). */
      capacity: z.number(),
      /** Offers of the group with coordinates. */
      located: z.number(),
    }),
  ),
  /** Offers with coordinates, one point per offer type and place (coordinates rounded to about 10 m). */
  points: z.array(z.object({ typeId: z.string(), lat: z.number(), lon: z.number(), count: z.number(), name: z.string() })),
  /** Places beyond MAP_POINTS_MAX, not in `points`. */
  pointsOmitted: z.number(),
});
export type OfferMap = z.infer<typeof offerMapSchema>;

export const exportInputSchema = z.object({ register: registerIdSchema, format: z.enum(['csv', 'xlsx']) });
export const surveyInputSchema = z.object({ register: registerIdSchema, prefilled: z.boolean(), gemeindeId: z.string().max(100).nullable() });
export const fileOutputSchema = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });
export type FileOutput = z.infer<typeof fileOutputSchema>;

export const stockImportInputSchema = z.object({
  register: registerIdSchema,
  fileName: z.string().max(500),
  contentBase64: z.string().max(80_000_000, 'Die Datei ist zu groß für diesen Import (höchstens 60 MB).'),
  /** Column header → field key ('' = ignore). Null: suggest by header names. */
  mapping: z.record(z.string().max(300), z.string().max(100)).nullable(),
  /** Take the valid rows and leave the rows with errors out (they are listed); default: all or nothing. */
  skipInvalid: z.boolean().optional(),
});
export type StockImportInput = z.infer<typeof stockImportInputSchema>;

export const stockImportRowSchema = z.object({
  line: z.number(),
  title: z.string(),
  status: z.enum(['neu', 'aktualisiert', 'unveraendert', 'fehler']),
  errors: z.array(z.string()),
});

export const stockImportPreviewSchema = z.object({
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.string()),
  /** File-level problems (missing required column, unreadable file); any of them blocks the import. */
  problems: z.array(z.string()),
  rows: z.array(stockImportRowSchema),
  /** Rows beyond the first 1,000 are counted, not listed. */
  totalRows: z.number(),
  counts: z.object({ neu: z.number(), aktualisiert: z.number(), unveraendert: z.number(), fehler: z.number() }),
  encoding: z.string(),
  canCommit: z.boolean(),
});
export type StockImportPreview = z.infer<typeof stockImportPreviewSchema>;

export const stockImportResultSchema = z.object({
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  /** Rows left out because of errors (only with skipInvalid): line and first error. */
  skipped: z.array(z.object({ line: z.number(), title: z.string(), error: z.string() })).optional(),
});

/** Inhabitants 65+ per Gemeinde id from the plan's latest Gemeinde population table. */
export const population65Schema = z.object({ year: z.number().nullable(), source: z.string().nullable(), byGemeinde: z.record(z.string(), z.number()) });
export type Population65 = z.infer<typeof population65Schema>;
