/**
 * An answer too large to be cloned, checked and serialised on the host's thread without pausing
 * it (the Bedarf page of a Germany-scale plan: ≈ 5 MB, about 70 ms of the host's time): the
 * worker that made it checks it against the channel's output schema and serialises it once
 * (`encodeAnswer`), hands the bytes over, and the host passes them on unread (dispatch.ts →
 * `ApiResponse` `json`). The contract still holds for every answer: only where it is checked
 * moves.
 */
import type { z } from 'zod';
import { germanErrorMap } from '../../shared/contract/germanIssues';

/** Bytes of a value of type `T`, already checked and serialised. */
export class PreparedAnswer<T = unknown> {
  declare readonly valueType?: T;
  constructor(readonly json: Uint8Array) {}
}

/** In the worker: the value checked against `schema` (as dispatch checks outputs), as UTF-8 JSON. */
export function encodeAnswer<S extends z.ZodType>(schema: S, value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(schema.parse(value, { error: germanErrorMap })));
}
