// @vitest-environment happy-dom
/** usePlanReload: the one rule for "another plan is open", which every page's data follows. */
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { usePlan } from '../../../renderer/app/planStore';
import { planKeyOf, usePlanKey, usePlanReload } from '../../../renderer/components/usePlanReload';
import type { PlanSummary } from '../../../shared/contract/schemas';

const summary = (path: string, id: string, title = 'Plan'): PlanSummary => ({
  path,
  fileName: path.split('/').at(-1)!,
  meta: { id, title, districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '', updatedAt: '' },
  isSetUp: true,
  migratedFrom: null,
  notices: [],
  isSample: false,
});

beforeEach(() => {
  usePlan.setState(usePlan.getInitialState(), true);
});

describe('usePlanReload', () => {
  it('loads once on mount and returns the open plan', () => {
    const plan = summary('/p/a.sqlite', 'A');
    usePlan.getState().setCurrent(plan);
    const reload = vi.fn();
    const { result } = renderHook(() => usePlanReload(reload));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(result.current).toBe(plan);
  });

  it('reloads for another plan, not for a new summary of the same plan (e.g. edited title)', () => {
    usePlan.getState().setCurrent(summary('/p/a.sqlite', 'A'));
    const reload = vi.fn();
    renderHook(() => usePlanReload(reload));
    act(() => usePlan.getState().setCurrent(summary('/p/a.sqlite', 'A', 'Neuer Titel')));
    expect(reload).toHaveBeenCalledTimes(1);
    act(() => usePlan.getState().setCurrent(summary('/p/b.sqlite', 'B')));
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('a copy under another name (same id) and another plan in the same file (same path) both count as another plan', () => {
    usePlan.getState().setCurrent(summary('/p/a.sqlite', 'A'));
    const reload = vi.fn();
    renderHook(() => usePlanReload(reload));
    act(() => usePlan.getState().setCurrent(summary('/p/a-Kopie.sqlite', 'A')));
    act(() => usePlan.getState().setCurrent(summary('/p/a-Kopie.sqlite', 'C')));
    expect(reload).toHaveBeenCalledTimes(3);
  });

  it('closing the plan reloads too (the stores then hold nothing of the old plan)', () => {
    usePlan.getState().setCurrent(summary('/p/a.sqlite', 'A'));
    const reload = vi.fn();
    const { result } = renderHook(() => usePlanReload(reload));
    act(() => usePlan.getState().setCurrent(null));
    expect(reload).toHaveBeenCalledTimes(2);
    expect(result.current).toBeNull();
  });

  it('usePlanKey and planKeyOf agree, empty without a plan', () => {
    expect(planKeyOf(null)).toBe('');
    const { result } = renderHook(() => usePlanKey());
    expect(result.current).toBe('');
    act(() => usePlan.getState().setCurrent(summary('/p/a.sqlite', 'A')));
    expect(result.current).toBe('/p/a.sqlite|A');
  });
});
