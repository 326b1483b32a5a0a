/** Handlers of issue #5: measures, milestones, participation (channels in shared/contract/measures.ts). */
import type { measuresChannels } from '../../shared/contract/measures';
import type { CallContext } from '../api/context';
import type { HandlersFor } from '../api/handlerTypes';
import * as gapLinks from './gapLinks';
import * as repo from './measures';
import * as monitoring from './monitoring';
import * as events from './participation';
import { assertMayWrite } from '../export/userFile';
import { exportPdf, pdfTarget } from './pdf';
import { exportFile } from './tabular';

const current = (ctx: CallContext) => ctx.services.sessions.require(ctx.windowId);

export const measuresHandlers: HandlersFor<typeof measuresChannels> = {
  'measures.list': async ({ fieldId }, ctx) => repo.listMeasures(current(ctx), fieldId ?? undefined),
  'measures.get': async ({ id }, ctx) => repo.getMeasure(current(ctx), id),
  'measures.create': async (input, ctx) => repo.createMeasure(current(ctx), input),
  'measures.update': async ({ id, values }, ctx) => repo.updateMeasure(current(ctx), id, values),
  'measures.delete': async ({ id }, ctx) => {
    await repo.deleteMeasure(current(ctx), id);
    return null;
  },
  'measures.linkOptions': async (_input, ctx) => repo.linkOptions(current(ctx)),

  'measures.milestones.create': async ({ measureId, values }, ctx) => repo.createMilestone(current(ctx), measureId, values),
  'measures.milestones.update': async ({ id, values }, ctx) => repo.updateMilestone(current(ctx), id, values),
  'measures.milestones.delete': async ({ id }, ctx) => {
    await repo.deleteMilestone(current(ctx), id);
    return null;
  },

  'measures.gapLinks.list': async ({ measureId }, ctx) => gapLinks.listGapLinks(current(ctx), measureId),
  'measures.gapLinks.add': async (input, ctx) => gapLinks.addGapLink(current(ctx), input),
  'measures.gapLinks.delete': async ({ id }, ctx) => {
    await gapLinks.deleteGapLink(current(ctx), id);
    return null;
  },
  'measures.preconditions.add': async ({ measureId, values }, ctx) => repo.addPrecondition(current(ctx), measureId, values),
  'measures.preconditions.update': async ({ id, values }, ctx) => repo.updatePrecondition(current(ctx), id, values),
  'measures.preconditions.delete': async ({ id }, ctx) => {
    await repo.deletePrecondition(current(ctx), id);
    return null;
  },

  'measures.indicators.list': async (_input, ctx) => repo.listIndicators(current(ctx)),
  'measures.indicators.create': async ({ measureId, values }, ctx) => repo.createIndicator(current(ctx), measureId, values),
  'measures.indicators.update': async ({ id, values }, ctx) => repo.updateIndicator(current(ctx), id, values),
  'measures.indicators.delete': async ({ id }, ctx) => {
    await repo.deleteIndicator(current(ctx), id);
    return null;
  },
  'measures.indicators.addValue': async ({ indicatorId, values }, ctx) => repo.addIndicatorValue(current(ctx), indicatorId, values),
  'measures.indicators.deleteValue': async ({ id }, ctx) => repo.deleteIndicatorValue(current(ctx), id),

  'measures.events.list': async (_input, ctx) => events.listEvents(current(ctx)),
  'measures.events.create': async (input, ctx) => events.saveEvent(current(ctx), null, input),
  'measures.events.update': async ({ id, values }, ctx) => events.saveEvent(current(ctx), id, values),
  'measures.events.delete': async ({ id }, ctx) => {
    await events.deleteEvent(current(ctx), id);
    return null;
  },
  'measures.results.add': async ({ eventId, values }, ctx) => events.addResult(current(ctx), eventId, values),
  'measures.results.update': async ({ id, values }, ctx) => events.updateResult(current(ctx), id, values),
  'measures.results.delete': async ({ id }, ctx) => events.deleteResult(current(ctx), id),
  'measures.results.toMeasure': async ({ id }, ctx) => events.ideaToMeasure(current(ctx), id),

  'measures.monitoring.summary': async ({ fieldId, today }, ctx) => monitoring.currentSummary(current(ctx), fieldId, today),
  'measures.monitoring.changes': async ({ since, fieldId }, ctx) => monitoring.changesSince(current(ctx), since, fieldId),
  'measures.reports.list': async (_input, ctx) => monitoring.listReports(current(ctx)),
  'measures.reports.create': async (input, ctx) => monitoring.createReport(current(ctx), input),
  'measures.reports.delete': async ({ id }, ctx) => {
    await monitoring.deleteReport(current(ctx), id);
    return null;
  },

  'measures.exportFile': async (input, ctx) => exportFile(current(ctx), input, { openFiles: ctx.services.sessions.openRealPaths() }),

  'measures.exportPdf': async (input, ctx) => {
    const session = current(ctx);
    const openFiles = ctx.services.sessions.openRealPaths();
    // Asked before the job starts, so the planner can confirm replacing before the long work.
    if (input.path) assertMayWrite(pdfTarget(input.path), { overwrite: input.overwrite, openFiles });
    const jobId = ctx.services.jobs.start('measures.pdf', ctx.windowId, (job) => exportPdf(session, input, job, openFiles));
    return { jobId };
  },
};
