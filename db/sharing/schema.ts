/** Tables of issue #6: share and merge; part of the planning file's Database type (db/schema.ts). */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the feature adds tables
export interface SharingTables {}

/** The tracked (change-logged, tombstoned) tables of this feature. */
export const SHARING_TABLES = [] as const;
