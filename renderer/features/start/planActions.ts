/** Opening, creating and closing plans, shared by the start screen and the app frame. */
import type { PlanMetaInput, PlanSummary } from '../../../shared/contract/schemas';
import { errorCode, invoke } from '../../api';
import { usePlan } from '../../app/planStore';
import { navigate } from '../../app/router';

function opened(plan: PlanSummary): PlanSummary {
  usePlan.getState().setCurrent(plan);
  navigate({ name: 'overview' });
  return plan;
}

/** The host refused a plan as damaged (openPlan.ts): its newest backup can be opened instead. */
export class DamagedPlanError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'DamagedPlanError';
  }
}

const DAMAGED = new Set(['corrupt', 'truncated']);

export async function openPlanAt(path: string): Promise<PlanSummary> {
  try {
    return opened(await invoke('plan.open', { path }));
  } catch (error) {
    if (DAMAGED.has(errorCode(error) ?? '')) throw new DamagedPlanError((error as Error).message, path);
    throw error;
  }
}

/** „Neueste Sicherung öffnen“: a copy of the newest backup beside the damaged file, opened. */
export async function restoreNewestBackup(damagedPath: string): Promise<PlanSummary> {
  return opened(await invoke('plan.restoreBackup', { path: damagedPath }));
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
