/** Tables of issue #5: measures, milestones, participation; part of the planning file's Database type (db/schema.ts). */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the feature adds tables
export interface MeasuresTables {}

/** The tracked (change-logged, tombstoned) tables of this feature. */
export const MEASURES_TABLES = [] as const;
