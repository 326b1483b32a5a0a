/** Tables of issue #4: Bedarfsermittlung; part of the planning file's Database type (db/schema.ts). */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the feature adds tables
export interface NeedsTables {}

/** The tracked (change-logged, tombstoned) tables of this feature. */
export const NEEDS_TABLES = [] as const;
