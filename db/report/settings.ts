/** The planner's per-chapter settings of the report (table report_chapter), read and written through the change writer. */
import { randomUUID } from 'node:crypto';
import { type ChapterSetting, defaultChapterSetting, isReportChapterId, REPORT_CHAPTER_IDS, type ReportChapterId } from '../../shared/report/chapters';
import type { PlanSession } from '../session';

/** One setting per chapter, in report order; chapters the planner never touched get the defaults. */
export async function listChapterSettings(session: PlanSession): Promise<ChapterSetting[]> {
  const rows = await session.db.selectFrom('report_chapter').selectAll().where('deleted_at', 'is', null).orderBy('created_at').execute();
  const byChapter = new Map<string, ChapterSetting>();
  // After a merge two rows may exist for one chapter: the one changed last wins on screen.
  for (const r of [...rows].sort((a, b) => a.updated_at.localeCompare(b.updated_at))) {
    if (isReportChapterId(r.chapter_id)) byChapter.set(r.chapter_id, { chapterId: r.chapter_id, enabled: r.enabled === 1, ownText: r.own_text });
  }
  return REPORT_CHAPTER_IDS.map((id) => byChapter.get(id) ?? defaultChapterSetting(id));
}

export async function saveChapterSetting(session: PlanSession, setting: { chapterId: ReportChapterId; enabled: boolean; ownText: string }): Promise<ChapterSetting[]> {
  await session.write(async (w, trx) => {
    const existing = await trx
      .selectFrom('report_chapter')
      .select('id')
      .where('chapter_id', '=', setting.chapterId)
      .where('deleted_at', 'is', null)
      .orderBy('updated_at', 'desc')
      .executeTakeFirst();
    const values = { enabled: setting.enabled ? 1 : 0, own_text: setting.ownText };
    if (existing) await w.update('report_chapter', existing.id, values);
    else await w.insert('report_chapter', { id: randomUUID(), chapter_id: setting.chapterId, ...values });
  });
  return listChapterSettings(session);
}
