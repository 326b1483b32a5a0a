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
} as const satisfies ChannelMap;
