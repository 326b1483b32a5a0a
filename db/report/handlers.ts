/** Handlers of issue #10 (channels in shared/contract/report.ts). */
import type { reportChannels } from '../../shared/contract/report';
import { buildReport, type ChapterOutline } from '../../shared/report/build';
import type { HandlersFor } from '../api/handlerTypes';
import type { PlanSession } from '../session';
import { generateReport } from './job';
import { loadReportParts } from './load';
import { renderInWorker } from './render';
import { saveChapterSetting } from './settings';

/**
 * The chapter list of the report page. Building it means building the whole document: ≈ 0.9 ms
 * CPU per Gemeinde (150 Gemeinden ≈ 130 ms). A plan whose analysis runs in its worker (from 120
 * Gemeinden on, analysisClient.ts) has it built in the layout worker, like the files.
 */
async function outline(session: PlanSession, today: string): Promise<ChapterOutline[]> {
  const parts = await loadReportParts(session, today);
  if ('value' in parts.analysis) return buildReport({ ...parts, analysis: parts.analysis.value }).outline;
  const done = await renderInWorker({ data: parts, pdf: false, docx: false, outline: true }, new AbortController().signal, () => {});
  return done.outline!;
}

export const reportHandlers: HandlersFor<typeof reportChannels> = {
  'report.outline': async ({ today }, ctx) => outline(ctx.session, today),
  'report.chapters.save': async ({ today, ...setting }, ctx) => {
    const { session } = ctx;
    await saveChapterSetting(session, setting);
    return outline(session, today);
  },
  'report.generate': async (input, ctx) => {
    const { session } = ctx;
    return { jobId: ctx.services.jobs.start('report.generate', ctx.windowId, (job) => generateReport(session, input, job)) };
  },
};
