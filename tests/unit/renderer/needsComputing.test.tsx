// @vitest-environment happy-dom
/**
 * Issue #11: while a large plan's analysis is computed in the background, `needs.analysis`
 * answers „wird berechnet“ with its progress. The Bedarf page shows that as an accessible
 * progress bar and asks again by itself until the result is there.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisView } from '../../../shared/contract/needsSchemas';
import { NO_FIGURES } from '../../../shared/needs/analysisView';

const answers: AnalysisView[] = [];
vi.mock('../../../renderer/api', () => ({
  invoke: vi.fn(async (channel: string) => (channel === 'needs.analysis' ? answers.shift() : channel === 'needs.mainScenario.get' ? { scenarioId: null } : channel === 'needs.careStatistics.get' ? null : [])),
  errorMessage: (e: unknown) => String(e),
}));

const { NotReady } = await import('../../../renderer/features/needs/ResultsSection');
const { useNeeds } = await import('../../../renderer/features/needs/needsStore');

const empty = {
  missing: [],
  ...NO_FIGURES,
  selection: { scenarioId: null, year: null, regionKey: 'kreis', richtwertId: null },
  regionFigures: [],
} satisfies Omit<AnalysisView, 'ready'>;
const computing: AnalysisView = { ...empty, ready: false, computing: { done: 2, total: 3, message: 'Die Szenarien werden vorausberechnet' } };
const ready: AnalysisView = { ...empty, ready: true, baseYear: 2023, years: [2023, 2030] };

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Bedarf page while the analysis is computed', () => {
  it('shows the progress as a labelled progress bar in a status region, not the missing data', () => {
    render(<NotReady analysis={computing} />);
    expect(screen.getByRole('status').textContent).toContain('wird berechnet');
    const bar = screen.getByRole('progressbar', { name: 'Fortschritt der Berechnung' });
    expect(bar.getAttribute('aria-valuenow')).toBe('67');
    expect(bar.getAttribute('aria-valuetext')).toBe('Schritt 3 von 3: Die Szenarien werden vorausberechnet');
    expect(screen.queryByText('Noch keine Ergebnisse:')).toBeNull();
  });

  it('asks again until the result is there, without the planner doing anything', async () => {
    vi.useFakeTimers();
    answers.push(computing, computing, ready);
    await useNeeds.getState().refresh();
    expect(useNeeds.getState().analysis?.computing).toBeTruthy();
    await vi.advanceTimersByTimeAsync(600);
    expect(useNeeds.getState().analysis?.computing).toBeTruthy();
    await vi.advanceTimersByTimeAsync(600);
    expect(useNeeds.getState().analysis?.ready).toBe(true);
    expect(answers).toHaveLength(0);
    // Ready: no further polling.
    await vi.advanceTimersByTimeAsync(2000);
    expect(useNeeds.getState().analysis?.ready).toBe(true);
  });
});
