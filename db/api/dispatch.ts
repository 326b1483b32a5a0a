/**
 * The single entry both hosts call: checks the channel name, finds the open plan a plan
 * channel works on, validates the input against the contract, runs the handler, and turns
 * every outcome into the wire format. Errors meant for people keep their German message;
 * anything else is logged and reported generically.
 */
import { channels, isChannelName, needsPlan, type ApiResponse, type ChannelName } from '../../shared/contract/channels';
import { UserError } from '../../shared/contract/errors';
import { toUserError } from '../file/errors';
import { germanErrorMap } from '../../shared/contract/germanIssues';
import { handlers } from './handlers';
import { PreparedAnswer } from './preparedAnswer';
import { NO_PLAN_MESSAGE } from '../sessions';
import type { CallContext, PlanCallContext } from './context';

export async function dispatch(channel: unknown, rawInput: unknown, ctx: CallContext): Promise<ApiResponse> {
  if (!isChannelName(channel)) return fail('Unbekannte Anfrage.', 'unknown-channel');
  const spec = channels[channel];
  // Asked before the input, so every plan channel answers the same way while no plan is open.
  const session = needsPlan(channel) ? ctx.services.sessions.get(ctx.windowId) : null;
  if (needsPlan(channel) && !session) return fail(NO_PLAN_MESSAGE, 'no-plan');
  // German texts for zod's own issues; messages written into the schemas are kept.
  const parsed = spec.input.safeParse(rawInput ?? {}, { error: germanErrorMap });
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => i.message).join(' ');
    return fail(`Ungültige Eingabe: ${message}`, 'invalid-input');
  }
  try {
    const handler = handlers[channel] as (input: unknown, ctx: CallContext | PlanCallContext) => Promise<unknown>;
    const value = await handler(parsed.data, session ? { ...ctx, session } : ctx);
    // Checked and serialised where it was made (preparedAnswer.ts): passed on unread.
    if (value instanceof PreparedAnswer) return { ok: true, json: value.json };
    // The output is checked too, so a handler cannot silently break the contract.
    return { ok: true, value: spec.output.parse(value, { error: germanErrorMap }) };
  } catch (error) {
    if (error instanceof UserError) return fail(error.message, error.code);
    console.error(`[api] ${channel as ChannelName} failed:`, error);
    // Technical text (SqliteError, EISDIR, …) stays in the log; the person gets German.
    const known = toUserError(error, 'Das hat nicht geklappt');
    if (known.code !== 'unexpected') return fail(`${known.message} Ihre Daten sind unverändert.`, known.code);
    return fail('Unerwarteter Fehler (Details im Protokoll). Ihre Daten sind unverändert.', 'internal');
  }
}

const fail = (message: string, code: string): ApiResponse => ({ ok: false, error: { message, code } });
