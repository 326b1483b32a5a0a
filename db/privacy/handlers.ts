/** Handlers of the DSGVO erasure (channels in shared/contract/privacy.ts). */
import type { privacyChannels } from '../../shared/contract/privacy';
import type { HandlersFor } from '../api/handlerTypes';
import { contactsOfActor, erasePersonalData, rowsMentioningPerson } from './erase';

const TABLE_OF = { ansprechpersonen: 'contact_person', kuemmerer: 'kuemmerer' } as const;

export const privacyHandlers: HandlersFor<typeof privacyChannels> = {
  'privacy.eraseRecord': async ({ register, id }, ctx) => {
    const { session } = ctx;
    return { erased: await erasePersonalData(session, [{ table: TABLE_OF[register], id }]) };
  },
  'privacy.eraseActorContacts': async ({ actorId }, ctx) => {
    const { session } = ctx;
    return { erased: await erasePersonalData(session, contactsOfActor(session, actorId)) };
  },
  'privacy.erasePersonInMeasures': async ({ name }, ctx) => {
    const { session } = ctx;
    return { erased: await erasePersonalData(session, rowsMentioningPerson(session, name)) };
  },
};
