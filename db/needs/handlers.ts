/** Handlers of issue #4: Bedarfsermittlung (channels in shared/contract/needs.ts). */
import type { needsChannels } from '../../shared/contract/needs';
import type { HandlersFor } from '../api/handlerTypes';
import { analysisForPage } from './planAnalysis';
import { calibrateRateSet } from './calibrate';
import { listDemography } from './demography';
import { deleteCareStatistics, getCareStatistics, previewCareStatistics } from './careStatistics';
import { tableToXlsx } from './exportXlsx';
import { writeInWorker } from '../import/writeInWorker';
import { runPlanJob } from '../jobs/planJob';
import { previewPopulationImport } from './population';
import * as repo from './repository';

const decode = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

export const needsHandlers: HandlersFor<typeof needsChannels> = {
  'needs.population.preview': async (input, ctx) => {
    const { session } = ctx;
    const bytes = decode(input.contentBase64);
    // Fresh bytes of this call only: handed over to the parse worker, not copied.
    const jobId = ctx.services.jobs.start('needs.population.preview', ctx.windowId, (job) => previewPopulationImport(session, { bytes }, input.fileName, input.kind, job, { handOver: true }));
    return { jobId };
  },
  'needs.population.commit': async (input, ctx) => {
    const { session } = ctx;
    const bytes = decode(input.contentBase64);
    // The write phase runs in a plan job worker with its own connection (db/jobs/planJob.ts).
    const request = { source: { bytes }, fileName: input.fileName, kind: input.kind, options: { handOver: true } };
    const jobId = ctx.services.jobs.start('needs.population.commit', ctx.windowId, (job) => runPlanJob(session, 'needs.population.import', request, job));
    return { jobId };
  },
  'needs.population.list': async (_input, ctx) => repo.listDatasets(ctx.session),
  'needs.population.delete': async ({ id }, ctx) => {
    await repo.deleteDataset(ctx.session, id);
    return null;
  },
  'needs.demography.import': async ({ files }, ctx) =>
    writeInWorker(ctx.session, 'needs.demography.import', { files: files.map((f) => ({ fileName: f.fileName, bytes: decode(f.contentBase64) })) }),
  'needs.demography.list': async (_input, ctx) => listDemography(ctx.session),
  'needs.rateSets.list': async (_input, ctx) => repo.listRateSets(ctx.session),
  'needs.rateSets.save': async (input, ctx) => repo.saveRateSet(ctx.session, input),
  'needs.rateSets.calibrate': async (input, ctx) => calibrateRateSet(ctx.session, input),
  'needs.rateSets.delete': async ({ id }, ctx) => {
    await repo.softDeleteOne(ctx.session, 'care_rate_set', id);
    return null;
  },
  'needs.careStatistics.preview': async (input, ctx) => previewCareStatistics(ctx.session, decode(input.contentBase64), input.fileName),
  'needs.careStatistics.commit': async (input, ctx) => writeInWorker(ctx.session, 'needs.careStatistics.import', { bytes: decode(input.contentBase64), fileName: input.fileName }),
  'needs.careStatistics.get': async (_input, ctx) => getCareStatistics(ctx.session),
  'needs.careStatistics.delete': async ({ id }, ctx) => {
    await deleteCareStatistics(ctx.session, id);
    return null;
  },
  'needs.scenarios.list': async (_input, ctx) => repo.listScenarios(ctx.session),
  'needs.scenarios.save': async (input, ctx) => repo.saveScenario(ctx.session, input),
  'needs.scenarios.delete': async ({ id }, ctx) => {
    await repo.softDeleteOne(ctx.session, 'needs_scenario', id);
    return null;
  },
  'needs.richtwerte.list': async (_input, ctx) => repo.listRichtwerte(ctx.session),
  'needs.richtwerte.save': async (input, ctx) => repo.saveRichtwert(ctx.session, input),
  'needs.richtwerte.delete': async ({ id }, ctx) => {
    await repo.softDeleteOne(ctx.session, 'needs_richtwert', id);
    return null;
  },
  'needs.staffing.list': async (_input, ctx) => repo.listStaffingRatios(ctx.session),
  'needs.staffing.save': async (input, ctx) => repo.saveStaffingRatio(ctx.session, input),
  'needs.staffing.delete': async ({ id }, ctx) => {
    await repo.softDeleteOne(ctx.session, 'needs_staffing_ratio', id);
    return null;
  },
  'needs.statements.list': async ({ fieldId }, ctx) => repo.listStatements(ctx.session, fieldId),
  'needs.statements.save': async (input, ctx) => repo.saveStatement(ctx.session, input),
  'needs.statements.delete': async ({ id }, ctx) => {
    await repo.softDeleteOne(ctx.session, 'need_statement', id);
    return null;
  },
  'needs.restore': async ({ kind, id }, ctx) => {
    await repo.restoreAssumption(ctx.session, kind, id);
    return null;
  },
  'needs.mainScenario.get': async (_input, ctx) => ({ scenarioId: await repo.getMainScenario(ctx.session) }),
  'needs.mainScenario.save': async ({ scenarioId }, ctx) => ({ scenarioId: await repo.saveMainScenario(ctx.session, scenarioId) }),
  'needs.settings.get': async (_input, ctx) => repo.getSettings(ctx.session),
  'needs.settings.save': async (input, ctx) => repo.saveSettings(ctx.session, input),
  'needs.analysis': async ({ year, scenarioId, regionKey, richtwertId }, ctx) =>
    analysisForPage(ctx.session, { year, scenarioId: scenarioId ?? null, regionKey: regionKey ?? null, richtwertId: richtwertId ?? null }),
  'needs.export.xlsx': async (input) => tableToXlsx(input),
};
