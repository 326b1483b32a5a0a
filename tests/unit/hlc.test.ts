import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, parseHlc, receive, tick } from '../../shared/changes/hlc';

describe('hybrid logical clock', () => {
  it('always moves forward, whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000_000_000_000 }), { minLength: 1, maxLength: 200 }), (nows) => {
        let state = { millis: 0, counter: 0 };
        let last = formatHlc(state, 'r');
        for (const now of nows) {
          state = tick(state, now);
          const ts = formatHlc(state, 'r');
          expect(ts > last).toBe(true);
          last = ts;
        }
      }),
    );
  });

  it('orders a received timestamp before every later local one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 1e12 }),
        (localMillis, remoteMillis, remoteCounter, now) => {
          fc.pre(remoteMillis - now < 24 * 3600 * 1000);
          const local = { millis: localMillis, counter: 0 };
          const remote = { millis: remoteMillis, counter: remoteCounter };
          const merged = receive(local, remote, now);
          expect(formatHlc(merged, 'a') > formatHlc(remote, 'a')).toBe(true);
          expect(formatHlc(merged, 'a') > formatHlc(local, 'a')).toBe(true);
        },
      ),
    );
  });

  it('refuses a remote clock more than a day ahead', () => {
    expect(() => receive({ millis: 0, counter: 0 }, { millis: 3 * 86_400_000, counter: 0 }, 0)).toThrow(/Zukunft/);
  });

  it('round-trips through its string form', () => {
    const ts = formatHlc({ millis: 1_763_000_000_000, counter: 42 }, 'replica-1');
    expect(parseHlc(ts)).toEqual({ millis: 1_763_000_000_000, counter: 42, replicaId: 'replica-1' });
  });
});
