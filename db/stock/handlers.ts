/** Handlers of issue #3: Bestandserhebung registers (channels in shared/contract/stock.ts). */
import type { stockChannels } from '../../shared/contract/stock';
import type { HandlersFor } from '../api/handlerTypes';

export const stockHandlers: HandlersFor<typeof stockChannels> = {};
