/**
 * Browser shim of `window.api` for the loopback web host: one POST per channel. Both
 * transports answer with the same `ApiResponse` (here always as JSON, with `value`), so German error messages arrive intact.
 */
import type { JsonApiResponse, ChannelInput, ChannelName, ChannelOutput, PlanApi } from '../../shared/contract/channels';
import { ApiError } from '../../shared/contract/errors';
import { planToken } from './token';

const NO_CONNECTION =
  'Keine Verbindung zum Programm. Bitte prüfen Sie, ob der Pflegestrukturplaner noch läuft, und laden Sie die Seite dann neu. Ihre bisher gespeicherten Eingaben sind in der Plandatei gesichert.';
const BAD_ANSWER = 'Das Programm hat unerwartet geantwortet. Bitte laden Sie die Seite neu; gespeicherte Eingaben bleiben erhalten.';

function isApiResponse(body: unknown): body is JsonApiResponse {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  const b = body as { ok: unknown; error?: { message?: unknown } };
  return b.ok === true ? 'value' in b : b.ok === false && typeof b.error?.message === 'string';
}

export function createHttpApi(): PlanApi {
  const token = planToken();
  return {
    async invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
      let response: Response;
      try {
        response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-plan-token': token },
          body: JSON.stringify(input),
        });
      } catch {
        throw new ApiError(NO_CONNECTION, 'network');
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new ApiError(response.ok ? BAD_ANSWER : NO_CONNECTION, 'network');
      }
      if (!isApiResponse(body)) throw new ApiError(BAD_ANSWER, 'protocol');
      if (!body.ok) throw new ApiError(body.error.message, body.error.code);
      return body.value as ChannelOutput<C>;
    },
  };
}
