/**
 * Hybrid logical clock. Timestamps order all changes across replicas even when laptop clocks
 * disagree: physical milliseconds, a counter for changes within the same millisecond (or
 * when the clock went backwards), and the replica id as the final tie-breaker. The string
 * form sorts lexicographically in causal order, so SQLite can ORDER BY it.
 */
import { HEX_BYTE } from './hex';

export interface HlcState {
  millis: number;
  counter: number;
}

const MAX_COUNTER = 0xffff;
/** A remote clock further ahead than this is rejected rather than dragging ours along. */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export function formatHlc(state: HlcState, replicaId: string): string {
  const { millis, counter } = state;
  if (counter < 0 || counter > MAX_COUNTER || !Number.isInteger(counter)) return `${millis.toString().padStart(15, '0')}-${counter.toString(16).padStart(4, '0')}-${replicaId}`;
  // An import stamps tens of thousands of entries within a few milliseconds: the millisecond
  // part is formatted once per millisecond, the counter's digits come from a table.
  if (millis !== lastMillis) {
    lastMillis = millis;
    lastMillisText = `${millis.toString().padStart(15, '0')}-`;
  }
  return `${lastMillisText}${HEX_BYTE[counter >>> 8]!}${HEX_BYTE[counter & 255]!}-${replicaId}`;
}

let lastMillis = Number.NaN;
let lastMillisText = '';

export function parseHlc(ts: string): HlcState & { replicaId: string } {
  const match = /^(\d{15})-([0-9a-f]{4})-(.+)$/.exec(ts);
  if (!match) throw new Error(`Ungültiger Zeitstempel: ${ts}`);
  return { millis: Number(match[1]), counter: parseInt(match[2]!, 16), replicaId: match[3]! };
}

/** The next local timestamp after `prev`, given the wall clock `now`. */
export function tick(prev: HlcState, now: number): HlcState {
  if (now > prev.millis) return { millis: now, counter: 0 };
  if (prev.counter >= MAX_COUNTER) return { millis: prev.millis + 1, counter: 0 };
  return { millis: prev.millis, counter: prev.counter + 1 };
}

/** Merge a remote timestamp into the local clock so later local changes sort after it. */
export function receive(prev: HlcState, remote: HlcState, now: number): HlcState {
  if (remote.millis - now > MAX_DRIFT_MS) throw new Error('Die Uhrzeit der anderen Datei liegt mehr als einen Tag in der Zukunft.');
  const millis = Math.max(prev.millis, remote.millis, now);
  let counter: number;
  if (millis === prev.millis && millis === remote.millis) counter = Math.max(prev.counter, remote.counter) + 1;
  else if (millis === prev.millis) counter = prev.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) return { millis: millis + 1, counter: 0 };
  return { millis, counter };
}
