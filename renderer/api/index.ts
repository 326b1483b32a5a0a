import type { ChannelInput, ChannelName, ChannelOutput, PlanApi } from '../../shared/contract/channels';
import { createHttpApi } from './httpApi';

let api: PlanApi | null = null;

/** `window.api` from the Electron preload, else the HTTP shim of the loopback host. */
export function getApi(): PlanApi {
  if (!api) api = window.api ?? createHttpApi();
  return api;
}

/** Shorthand for `getApi().invoke(...)`. */
export function invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  return getApi().invoke(channel, input);
}

/** The message to show for a failed call: German from the host, a generic one otherwise. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherten Eingaben sind nicht betroffen; bitte versuchen Sie es erneut.';
}

/** The host's error code ('file-exists', 'no-plan', …), from either transport; null otherwise. */
export function errorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}
