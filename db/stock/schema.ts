/** Tables of issue #3: Bestandserhebung registers; part of the planning file's Database type (db/schema.ts). */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the feature adds tables
export interface StockTables {}

/** The tracked (change-logged, tombstoned) tables of this feature. */
export const STOCK_TABLES = [] as const;

/** Tables of this feature that are local to one file (derived results, caches): not change-logged, never merged. */
export const STOCK_LOCAL_TABLES = [] as const;

/** Personal data (DSGVO) per tracked table: columns left out when sharing without personal data. */
export const STOCK_PERSONAL_COLUMNS: Record<string, readonly string[]> = {};
