/** Reloads a page's data whenever another plan is opened: the one place that decides what "another plan" is. */
import { useEffect } from 'react';
import type { PlanSummary } from '../../shared/contract/schemas';
import { usePlan } from '../app/planStore';

/**
 * What identifies the open plan for reloading: the path and the id together, as the same file may be
 * replaced by another plan and ids are copied with files. Empty while no plan is open.
 */
export function planKeyOf(plan: PlanSummary | null): string {
  return plan ? `${plan.path}|${plan.meta.id}` : '';
}

/** The key of the open plan; changes exactly when another plan is opened or closed. */
export function usePlanKey(): string {
  return usePlan((s) => planKeyOf(s.current));
}

/**
 * Runs `reload` now and again whenever another plan is opened; returns the open plan (null while none is).
 * `reload` must be stable (a store action or a memoised callback), or it runs on every render.
 */
export function usePlanReload(reload: () => unknown) {
  const plan = usePlan((s) => s.current);
  const planKey = planKeyOf(plan);
  useEffect(() => {
    void reload();
  }, [planKey, reload]);
  return plan;
}
