/** Tables of issue #5: measures, milestones, participation; part of the planning file's Database type (db/schema.ts). */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the feature adds tables
export interface MeasuresTables {}

/** The tracked (change-logged, tombstoned) tables of this feature. */
export const MEASURES_TABLES = [] as const;

/** Tables of this feature that are local to one file (derived results, caches): not change-logged, never merged. */
export const MEASURES_LOCAL_TABLES = [] as const;

/** Personal data (DSGVO) per tracked table: columns left out when sharing without personal data. */
export const MEASURES_PERSONAL_COLUMNS: Record<string, readonly string[]> = {};
