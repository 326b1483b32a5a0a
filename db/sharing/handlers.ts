/** Handlers of issue #6: share and merge (channels in shared/contract/sharing.ts). */
import type { sharingChannels } from '../../shared/contract/sharing';
import type { HandlersFor } from '../api/handlerTypes';

export const sharingHandlers: HandlersFor<typeof sharingChannels> = {};
