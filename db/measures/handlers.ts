/** Handlers of issue #5: measures, milestones, participation (channels in shared/contract/measures.ts). */
import type { measuresChannels } from '../../shared/contract/measures';
import type { HandlersFor } from '../api/handlerTypes';

export const measuresHandlers: HandlersFor<typeof measuresChannels> = {};
