/** Handlers of issue #3: Bestandserhebung registers (channels in shared/contract/stock.ts). */
import type { stockChannels } from '../../shared/contract/stock';
import type { HandlersFor } from '../api/handlerTypes';
import type { CallContext } from '../api/context';
import { exportRegister, exportSurvey } from './exportFile';
import { commitStockImport, previewStockImport } from './importFile';
import { listPage } from './registerPage';
import { deleteRecord, getRecord, listRecords, restoreRecord, saveRecord } from './repository';
import { fieldSummary, gemeindeStock, listOfferTypes, population65ByGemeinde } from './views';

const current = (ctx: CallContext) => ctx.services.sessions.require(ctx.windowId);

export const stockHandlers: HandlersFor<typeof stockChannels> = {
  'stock.list': async (input, ctx) => listRecords(current(ctx), input.register, input.gemeindeId),
  'stock.page': async (input, ctx) => listPage(current(ctx), input),
  'stock.get': async (input, ctx) => getRecord(current(ctx), input.register, input.id),
  'stock.save': async (input, ctx) => saveRecord(current(ctx), input.register, input.id, input.values),
  'stock.delete': async (input, ctx) => {
    await deleteRecord(current(ctx), input.register, input.id);
    return null;
  },
  'stock.restore': async (input, ctx) => restoreRecord(current(ctx), input.register, input.id),
  'stock.offerTypes': async (_input, ctx) => listOfferTypes(current(ctx)),
  'stock.summary': async (input, ctx) => fieldSummary(current(ctx), input.fieldId),
  'stock.population65': async (_input, ctx) => population65ByGemeinde(current(ctx)),
  'stock.gemeinde': async (input, ctx) => gemeindeStock(current(ctx), input.gemeindeId),
  'stock.export': async (input, ctx) => exportRegister(current(ctx), input.register, input.format),
  'stock.survey': async (input, ctx) => exportSurvey(current(ctx), input.register, input.prefilled, input.gemeindeId),
  'stock.import.preview': async (input, ctx) => previewStockImport(current(ctx), input),
  'stock.import.commit': async (input, ctx) => {
    const session = current(ctx);
    return { jobId: ctx.services.jobs.start('stock-import', ctx.windowId, (job) => commitStockImport(session, input, job)) };
  },
};
