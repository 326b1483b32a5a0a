/** Handlers of issue #3: Bestandserhebung registers (channels in shared/contract/stock.ts). */
import type { stockChannels } from '../../shared/contract/stock';
import type { HandlersFor } from '../api/handlerTypes';
import { exportRegister, exportSurvey } from './exportFile';
import { runPlanJob } from '../jobs/planJob';
import { previewStockImport } from './importFile';
import { offerMap } from './offerMap';
import { listSomeRecords } from './recordList';
import { listPage } from './registerPage';
import { deleteRecord, getRecord, restoreRecord, saveRecord } from './repository';
import { fieldSummary, gemeindeStock, listOfferTypes, population65ByGemeinde } from './views';

export const stockHandlers: HandlersFor<typeof stockChannels> = {
  'stock.list': async (input, ctx) => listSomeRecords(ctx.session, input),
  'stock.offerMap': async (_input, ctx) => offerMap(ctx.session),
  'stock.page': async (input, ctx) => listPage(ctx.session, input),
  'stock.get': async (input, ctx) => getRecord(ctx.session, input.register, input.id),
  'stock.save': async (input, ctx) => saveRecord(ctx.session, input.register, input.id, input.values),
  'stock.delete': async (input, ctx) => {
    await deleteRecord(ctx.session, input.register, input.id);
    return null;
  },
  'stock.restore': async (input, ctx) => restoreRecord(ctx.session, input.register, input.id),
  'stock.offerTypes': async (_input, ctx) => listOfferTypes(ctx.session),
  'stock.summary': async (input, ctx) => fieldSummary(ctx.session, input.fieldId),
  'stock.population65': async (_input, ctx) => population65ByGemeinde(ctx.session),
  'stock.gemeinde': async (input, ctx) => gemeindeStock(ctx.session, input.gemeindeId),
  'stock.export': async (input, ctx) => exportRegister(ctx.session, input.register, input.format),
  'stock.survey': async (input, ctx) => exportSurvey(ctx.session, input.register, input.prefilled, input.gemeindeId),
  'stock.import.preview': async (input, ctx) => previewStockImport(ctx.session, input),
  'stock.import.commit': async (input, ctx) => {
    const { session } = ctx;
    return { jobId: ctx.services.jobs.start('stock-import', ctx.windowId, (job) => runPlanJob(session, 'stock.import', input, job)) };
  },
};
