/**
 * Progress of the method (Bearbeitungsstand) derived from the task records of a plan and
 * the catalog. Tasks without a record count as "offen"; records of tasks the catalog no
 * longer has are ignored. Tasks marked "nicht relevant" leave the denominator, so a field
 * whose remaining tasks are all done counts as complete.
 */
import type { FieldId } from '../catalog/fieldId';
import type { ActionField, StepId, TaskState } from '../catalog/types';
import { STEP_IDS } from '../catalog/types';

export type ProgressStatus = 'offen' | 'in_arbeit' | 'erledigt';

export interface Progress {
  /** Tasks in state "erledigt". */
  done: number;
  /** Tasks that count: all minus "nicht relevant". */
  relevant: number;
  /** All tasks of the catalog in this scope. */
  total: number;
  notRelevant: number;
  /** Tasks in state "in Arbeit". */
  inProgress: number;
  /** done / relevant × 100; 100 when every task is "nicht relevant"; 0 when there are no tasks. */
  percent: number;
  status: ProgressStatus;
}

export interface FieldProgress extends Progress {
  fieldId: FieldId;
  steps: Record<StepId, Progress>;
}

export interface PlanProgress extends Progress {
  fields: FieldProgress[];
}

/** Anything that tells the state of a task: the records from `method.tasks` or a lookup. */
export type TaskStates = ReadonlyArray<{ taskId: string; state: TaskState }> | ReadonlyMap<string, TaskState>;

function toLookup(records: TaskStates): ReadonlyMap<string, TaskState> {
  if (records instanceof Map) return records;
  const map = new Map<string, TaskState>();
  for (const r of records as ReadonlyArray<{ taskId: string; state: TaskState }>) map.set(r.taskId, r.state);
  return map;
}

function fromCounts(done: number, inProgress: number, notRelevant: number, total: number): Progress {
  const relevant = total - notRelevant;
  const percent = relevant > 0 ? (done * 100) / relevant : total > 0 ? 100 : 0;
  let status: ProgressStatus;
  if (total > 0 && done === relevant) status = 'erledigt';
  else if (done > 0 || inProgress > 0) status = 'in_arbeit';
  else status = 'offen';
  return { done, relevant, total, notRelevant, inProgress, percent, status };
}

function sum(parts: readonly Progress[]): Progress {
  let done = 0;
  let inProgress = 0;
  let notRelevant = 0;
  let total = 0;
  for (const p of parts) {
    done += p.done;
    inProgress += p.inProgress;
    notRelevant += p.notRelevant;
    total += p.total;
  }
  return fromCounts(done, inProgress, notRelevant, total);
}

/** Progress of one step of one field. */
export function stepProgress(field: ActionField, stepId: StepId, records: TaskStates): Progress {
  const states = toLookup(records);
  const step = field.steps.find((s) => s.id === stepId);
  const tasks = step ? step.tasks : [];
  let done = 0;
  let inProgress = 0;
  let notRelevant = 0;
  for (const task of tasks) {
    const state = states.get(task.id) ?? 'offen';
    if (state === 'erledigt') done++;
    else if (state === 'in_arbeit') inProgress++;
    else if (state === 'nicht_relevant') notRelevant++;
  }
  return fromCounts(done, inProgress, notRelevant, tasks.length);
}

/** Progress of a field over its three steps, with each step's progress. */
export function fieldProgress(field: ActionField, records: TaskStates): FieldProgress {
  const states = toLookup(records);
  const steps = {} as Record<StepId, Progress>;
  for (const id of STEP_IDS) steps[id] = stepProgress(field, id, states);
  return { ...sum(Object.values(steps)), fieldId: field.id, steps };
}

/** Progress of the whole plan over the given fields (normally the ten of the catalog). */
export function planProgress(fields: readonly ActionField[], records: TaskStates): PlanProgress {
  const states = toLookup(records);
  const perField = fields.map((f) => fieldProgress(f, states));
  return { ...sum(perField), fields: perField };
}
