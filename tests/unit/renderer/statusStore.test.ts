/** The status line: confirmations fade, errors stay, an undo offer stays longer, and an old timer never clears a newer message. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showError, showStatus, useStatus } from '../../../renderer/app/statusStore';

beforeEach(() => {
  vi.useFakeTimers();
  useStatus.setState({ message: null });
});
afterEach(() => {
  vi.useRealTimers();
});

const text = () => useStatus.getState().message?.text ?? null;

describe('statusStore', () => {
  it('a confirmation fades after four seconds', () => {
    showStatus('Gespeichert.');
    expect(useStatus.getState().message).toMatchObject({ text: 'Gespeichert.', kind: 'info', action: null });
    vi.advanceTimersByTime(3_999);
    expect(text()).toBe('Gespeichert.');
    vi.advanceTimersByTime(1);
    expect(text()).toBeNull();
  });

  it('an error stays until something replaces it', () => {
    showError('Die Datei ist schreibgeschützt.');
    vi.advanceTimersByTime(60_000);
    expect(useStatus.getState().message).toMatchObject({ text: 'Die Datei ist schreibgeschützt.', kind: 'error' });
  });

  it('an undo offer stays ten seconds', () => {
    const run = vi.fn();
    showStatus('Maßnahme gelöscht.', { action: { label: 'Rückgängig', run } });
    vi.advanceTimersByTime(9_999);
    expect(useStatus.getState().message?.action?.label).toBe('Rückgängig');
    vi.advanceTimersByTime(1);
    expect(text()).toBeNull();
  });

  it("the first message's timer does not clear the second one", () => {
    showStatus('Erste', { durationMs: 1_000 });
    vi.advanceTimersByTime(500);
    showError('Zweite');
    vi.advanceTimersByTime(5_000);
    expect(text()).toBe('Zweite');
  });

  it('clear(id) only clears that message; clear() clears any', () => {
    showStatus('Alt');
    const old = useStatus.getState().message!.id;
    showStatus('Neu');
    useStatus.getState().clear(old);
    expect(text()).toBe('Neu');
    useStatus.getState().clear();
    expect(text()).toBeNull();
  });
});
