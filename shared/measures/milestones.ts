/** Derived milestone facts: overdue and "next milestone" are computed, never stored. */
import type { MilestoneStatus } from './types';

export interface MilestoneLike {
  dueDate: string;
  status: MilestoneStatus;
  doneOn: string | null;
}

/** A milestone is closed when done or dropped; closed milestones are never overdue. */
export function isClosed(m: Pick<MilestoneLike, 'status'>): boolean {
  return m.status === 'erledigt' || m.status === 'entfallen';
}

/** Overdue: still open and its due date lies before `today` (YYYY-MM-DD; string order = date order). */
export function isOverdue(m: MilestoneLike, today: string): boolean {
  return !isClosed(m) && m.dueDate < today;
}

/** The open milestone due first (overdue ones included), or null. */
export function nextMilestone<T extends MilestoneLike>(milestones: readonly T[]): T | null {
  let best: T | null = null;
  for (const m of milestones) {
    if (isClosed(m)) continue;
    if (best === null || m.dueDate < best.dueDate) best = m;
  }
  return best;
}

export function countOverdue(milestones: readonly MilestoneLike[], today: string): number {
  return milestones.filter((m) => isOverdue(m, today)).length;
}
