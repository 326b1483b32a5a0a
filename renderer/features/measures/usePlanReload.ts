/** Reloads a page's data whenever another plan is opened; returns the open plan (null while none is). */
import { useEffect } from 'react';
import { usePlan } from '../../app/planStore';

/** reload must be stable (a store action or a memoised callback), or it runs on every render. */
export function usePlanReload(reload: () => unknown) {
  const plan = usePlan((s) => s.current);
  // The path and the id together: the same file may be replaced by another plan, and ids are copied with files.
  const planKey = plan ? `${plan.path}|${plan.meta.id}` : '';
  useEffect(() => {
    void reload();
  }, [planKey, reload]);
  return plan;
}
