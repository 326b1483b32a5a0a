/**
 * The value of a successful answer in either wire form (channels.ts `ApiResponse`). Its own file:
 * the sandboxed preload bundles it without the contract's schemas.
 */
import type { ApiResponse } from './channels';

export function answerValue(response: ApiResponse & { ok: true }): unknown {
  return 'json' in response ? JSON.parse(new TextDecoder().decode(response.json)) : response.value;
}
