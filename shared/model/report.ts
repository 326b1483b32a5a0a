/** The planner's settings per report chapter (migration 0008): one live row per chapter id of shared/report/chapters.ts. */
import { integer, table, text } from './columns';

export const REPORT_TABLES = {
  report_chapter: table({
    name: 'report_chapter',
    label: 'Berichtskapitel',
    naturalKey: ['chapter_id'],
    columns: { chapter_id: text('Kapitel'), enabled: integer('Im Bericht'), own_text: text('Eigener Text') },
  }),
} as const;
