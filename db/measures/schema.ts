/** Tables of issue #5: measures, milestones, participation. Declared in shared/model/measures.ts. */
import { type RowsOf, tableNames } from '../../shared/model/columns';
import { MEASURES_TABLES as MEASURES_MODEL } from '../../shared/model/measures';

export type MeasuresTables = RowsOf<typeof MEASURES_MODEL>;
export type MeasureTable = MeasuresTables['measure'];
export type MilestoneTable = MeasuresTables['milestone'];

/** The tracked (change-logged, tombstoned) tables of this feature. */
export const MEASURES_TABLES = tableNames(MEASURES_MODEL);

/** Tables of this feature that are local to one file (derived results, caches): not change-logged, never merged. */
export const MEASURES_LOCAL_TABLES = [] as const;
