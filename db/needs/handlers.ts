/** Handlers of issue #4: Bedarfsermittlung (channels in shared/contract/needs.ts). */
import type { needsChannels } from '../../shared/contract/needs';
import type { HandlersFor } from '../api/handlerTypes';

export const needsHandlers: HandlersFor<typeof needsChannels> = {};
