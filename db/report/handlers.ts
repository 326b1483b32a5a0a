/** Handlers of issue #10 (channels in shared/contract/report.ts). */
import type { reportChannels } from '../../shared/contract/report';
import { buildReport } from '../../shared/report/build';
import type { HandlersFor } from '../api/handlerTypes';
import type { PlanSession } from '../session';
import { generateReport } from './job';
import { loadReportData } from './load';
import { saveChapterSetting } from './settings';

async function outline(session: PlanSession, today: string) {
  return buildReport(await loadReportData(session, today)).outline;
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
