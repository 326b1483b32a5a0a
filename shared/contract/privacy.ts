/** Channels of the DSGVO erasure (issue #12). Merged into the one contract in ./channels.ts. */
import { z } from 'zod';
import type { ChannelMap } from './channelMap';
import { idSchema } from './schemas';

const erasedSchema = z.object({ erased: z.number().int() });

export const privacyChannels = {
  /** „Personenbezogene Daten löschen“ for one contact person or Kümmerer (DSGVO Art. 17). */
  'privacy.eraseRecord': {
    input: z.object({ register: z.enum(['ansprechpersonen', 'kuemmerer'], { message: 'Dieses Verzeichnis enthält keine personenbezogenen Daten.' }), id: idSchema }),
    output: erasedSchema,
  },
  /** The same for all contact persons of an actor, deleted ones included. */
  'privacy.eraseActorContacts': { input: z.object({ actorId: idSchema }), output: erasedSchema },
  /**
   * The same for a person named in the measures (Verantwortliche, Moderation): the personal text of
   * every measure, milestone and participation group naming them is emptied, its history too.
   */
  'privacy.erasePersonInMeasures': {
    input: z.object({ name: z.string().trim().min(2, 'Bitte mindestens zwei Zeichen des Namens angeben.').max(200, 'Der Name ist zu lang (höchstens 200 Zeichen).') }),
    output: erasedSchema,
  },
} as const satisfies ChannelMap;
