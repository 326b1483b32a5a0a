/** Tables of issue #3: Bestandserhebung registers; part of the planning file's Database type (db/schema.ts). */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the feature adds tables
export interface StockTables {}

/** The tracked (change-logged, tombstoned) tables of this feature. */
export const STOCK_TABLES = [] as const;
