/** The planner's settings per report chapter (issue #10). Declared in shared/model/report.ts. */
import { type RowsOf, tableNames } from '../../shared/model/columns';
import { REPORT_TABLES as REPORT_MODEL } from '../../shared/model/report';

export type ReportTables = RowsOf<typeof REPORT_MODEL>;

/** The tracked (change-logged, tombstoned) tables of this feature. */
export const REPORT_TABLES = tableNames(REPORT_MODEL);

/** Tables of this feature that are local to one file: none. */
export const REPORT_LOCAL_TABLES = [] as const;
