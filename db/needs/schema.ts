/**
 * Tables of issue #4: Bedarfsermittlung. Declared in shared/model/needs.ts (columns, labels,
 * parents); this file only names them for the feature.
 */
import { type RowsOf, tableNames } from '../../shared/model/columns';
import { NEEDS_TABLES as NEEDS_MODEL } from '../../shared/model/needs';

export type NeedsTables = RowsOf<typeof NEEDS_MODEL>;

/** The tracked (change-logged, tombstoned) tables of this feature. */
export const NEEDS_TABLES = tableNames(NEEDS_MODEL);

/** Tables of this feature that are local to one file (derived results, caches): not change-logged, never merged. */
export const NEEDS_LOCAL_TABLES = [] as const;
