/** Handlers of issue #5: measures, milestones, participation (channels in shared/contract/measures.ts). */
import type { measuresChannels } from '../../shared/contract/measures';
import type { HandlersFor } from '../api/handlerTypes';
import * as gapLinks from './gapLinks';
import * as repo from './measures';
import * as monitoring from './monitoring';
import * as events from './participation';
import { assertMayWrite } from '../export/userFile';
import { exportPdf, pdfTarget } from './pdf';
import { exportFile } from './tabular';

export const measuresHandlers: HandlersFor<typeof measuresChannels> = {
  'measures.list': async ({ fieldId }, ctx) => repo.listMeasures(ctx.session, fieldId ?? undefined),
  'measures.get': async ({ id }, ctx) => repo.getMeasure(ctx.session, id),
  'measures.create': async (input, ctx) => repo.createMeasure(ctx.session, input),
  'measures.update': async ({ id, values }, ctx) => repo.updateMeasure(ctx.session, id, values),
  'measures.delete': async ({ id }, ctx) => {
    await repo.deleteMeasure(ctx.session, id);
    return null;
  },
  'measures.linkOptions': async (_input, ctx) => repo.linkOptions(ctx.session),

  'measures.milestones.create': async ({ measureId, values }, ctx) => repo.createMilestone(ctx.session, measureId, values),
  'measures.milestones.update': async ({ id, values }, ctx) => repo.updateMilestone(ctx.session, id, values),
  'measures.milestones.delete': async ({ id }, ctx) => {
    await repo.deleteMilestone(ctx.session, id);
    return null;
  },

  'measures.gapLinks.list': async ({ measureId }, ctx) => gapLinks.listGapLinks(ctx.session, measureId),
  'measures.gapLinks.add': async (input, ctx) => gapLinks.addGapLink(ctx.session, input),
  'measures.gapLinks.delete': async ({ id }, ctx) => {
    await gapLinks.deleteGapLink(ctx.session, id);
    return null;
  },
  'measures.preconditions.add': async ({ measureId, values }, ctx) => repo.addPrecondition(ctx.session, measureId, values),
  'measures.preconditions.update': async ({ id, values }, ctx) => repo.updatePrecondition(ctx.session, id, values),
  'measures.preconditions.delete': async ({ id }, ctx) => {
    await repo.deletePrecondition(ctx.session, id);
    return null;
  },

  'measures.indicators.list': async (_input, ctx) => repo.listIndicators(ctx.session),
  'measures.indicators.create': async ({ measureId, values }, ctx) => repo.createIndicator(ctx.session, measureId, values),
  'measures.indicators.update': async ({ id, values }, ctx) => repo.updateIndicator(ctx.session, id, values),
  'measures.indicators.delete': async ({ id }, ctx) => {
    await repo.deleteIndicator(ctx.session, id);
    return null;
  },
  'measures.indicators.addValue': async ({ indicatorId, values }, ctx) => repo.addIndicatorValue(ctx.session, indicatorId, values),
  'measures.indicators.deleteValue': async ({ id }, ctx) => repo.deleteIndicatorValue(ctx.session, id),

  'measures.events.list': async (_input, ctx) => events.listEvents(ctx.session),
  'measures.events.create': async (input, ctx) => events.saveEvent(ctx.session, null, input),
  'measures.events.update': async ({ id, values }, ctx) => events.saveEvent(ctx.session, id, values),
  'measures.events.delete': async ({ id }, ctx) => {
    await events.deleteEvent(ctx.session, id);
    return null;
  },
  'measures.results.add': async ({ eventId, values }, ctx) => events.addResult(ctx.session, eventId, values),
  'measures.results.update': async ({ id, values }, ctx) => events.updateResult(ctx.session, id, values),
  'measures.results.delete': async ({ id }, ctx) => events.deleteResult(ctx.session, id),
  'measures.results.toMeasure': async ({ id }, ctx) => events.ideaToMeasure(ctx.session, id),

  'measures.monitoring.summary': async ({ fieldId, today }, ctx) => monitoring.currentSummary(ctx.session, fieldId, today),
  'measures.monitoring.changes': async ({ since, fieldId }, ctx) => monitoring.changesSince(ctx.session, since, fieldId),
  'measures.reports.list': async (_input, ctx) => monitoring.listReports(ctx.session),
  'measures.reports.create': async (input, ctx) => monitoring.createReport(ctx.session, input),
  'measures.reports.delete': async ({ id }, ctx) => {
    await monitoring.deleteReport(ctx.session, id);
    return null;
  },

  'measures.exportFile': async (input, ctx) => exportFile(ctx.session, input, { openFiles: ctx.services.sessions.openRealPaths() }),

  'measures.exportPdf': async (input, ctx) => {
    const { session } = ctx;
    const openFiles = ctx.services.sessions.openRealPaths();
    // Asked before the job starts, so the planner can confirm replacing before the long work.
    if (input.path) assertMayWrite(pdfTarget(input.path), { overwrite: input.overwrite, openFiles });
    const jobId = ctx.services.jobs.start('measures.pdf', ctx.windowId, (job) => exportPdf(session, input, job, openFiles));
    return { jobId };
  },
};
