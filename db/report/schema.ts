/** Table of issue #10: the planner's settings per report chapter; part of the planning file's Database type (db/schema.ts). */
import type { TrackedColumns } from '../schema';

/**
 * Berichtskapitel-Einstellung: whether a chapter of the Pflegestrukturbericht is included and
 * the planner's own text for it. One live row per chapter id (shared/report/chapters.ts);
 * chapters without a row are included, without own text.
 */
export interface ReportChapterTable extends TrackedColumns {
  chapter_id: string;
  enabled: number;
  own_text: string;
}

export interface ReportTables {
  report_chapter: ReportChapterTable;
}

/** The tracked (change-logged, tombstoned) tables of this feature. */
export const REPORT_TABLES = ['report_chapter'] as const;

/** Tables of this feature that are local to one file: none. */
export const REPORT_LOCAL_TABLES = [] as const;

/** Personal data (DSGVO) per tracked table: none (own texts are report prose, not contact data). */
export const REPORT_PERSONAL_COLUMNS: Record<string, readonly string[]> = {};
