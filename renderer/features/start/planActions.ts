/** Opening, creating and closing plans, shared by the start screen and the app frame. */
import type { PlanMetaInput, PlanSummary } from '../../../shared/contract/schemas';
import { invoke } from '../../api';
import { usePlan } from '../../app/planStore';
import { navigate } from '../../app/router';

function opened(plan: PlanSummary): PlanSummary {
  usePlan.getState().setCurrent(plan);
  navigate({ name: 'overview' });
  return plan;
}

export async function openPlanAt(path: string): Promise<PlanSummary> {
  return opened(await invoke('plan.open', { path }));
}

/** Asks for a file in the native dialog; null when the planner cancelled. */
export async function openPlanWithDialog(): Promise<PlanSummary | null> {
  const path = await invoke('dialog.choosePlanToOpen', {});
  return path ? openPlanAt(path) : null;
}

export async function openSamplePlan(): Promise<PlanSummary> {
  return opened(await invoke('plan.openSample', {}));
}

export async function createPlanAt(path: string, meta: PlanMetaInput | null): Promise<PlanSummary> {
  return opened(await invoke('plan.create', { path, meta }));
}

/** A file name without characters Windows or macOS refuse. */
export function suggestedFileName(title: string): string {
  const base = title.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${base || 'Pflegeplan'}.sqlite`;
}

export async function closePlan(): Promise<void> {
  await invoke('plan.close', {});
  usePlan.getState().setCurrent(null);
  navigate({ name: 'start' });
  await usePlan.getState().refreshRecent();
}
