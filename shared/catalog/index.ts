/**
 * The method catalog: the ten action fields of the BBSR guide with their three steps and
 * task checklists. Read-only content; ids are stable (planning files refer to task ids).
 */
import type { ActionField, MethodStep, MethodTask } from './types';
import { hf01 } from './fields/hf01';
import { hf02 } from './fields/hf02';
import { hf03 } from './fields/hf03';
import { hf04 } from './fields/hf04';
import { hf05 } from './fields/hf05';
import { hf06 } from './fields/hf06';
import { hf07 } from './fields/hf07';
import { hf08 } from './fields/hf08';
import { hf09 } from './fields/hf09';
import { hf10 } from './fields/hf10';

export * from './types';
export { BBSR_GUIDE, bbsrGuideAt } from './sources';

/** All action fields, in order 1 … 10. */
export const ACTION_FIELDS: readonly ActionField[] = Object.freeze([
  hf01,
  hf02,
  hf03,
  hf04,
  hf05,
  hf06,
  hf07,
  hf08,
  hf09,
  hf10,
]);

/** Where a task lives in the catalog. */
export interface TaskLocation {
  field: ActionField;
  step: MethodStep;
  task: MethodTask;
}

const FIELDS_BY_ID: ReadonlyMap<string, ActionField> = new Map(
  ACTION_FIELDS.map((field) => [field.id, field] as const),
);

const TASKS_BY_ID: ReadonlyMap<string, TaskLocation> = (() => {
  const index = new Map<string, TaskLocation>();
  for (const field of ACTION_FIELDS) {
    for (const step of field.steps) {
      for (const task of step.tasks) {
        if (index.has(task.id)) throw new Error(`Doppelte Aufgaben-ID im Katalog: ${task.id}`);
        index.set(task.id, { field, step, task });
      }
    }
  }
  return index;
})();

/** The action field with this id (`hf01` … `hf10`), or undefined. */
export function fieldById(id: string): ActionField | undefined {
  return FIELDS_BY_ID.get(id);
}

/** The task with this id together with its field and step, or undefined. */
export function taskById(id: string): TaskLocation | undefined {
  return TASKS_BY_ID.get(id);
}

/** All task ids in catalog order (field, step, task). */
export function allTaskIds(): string[] {
  return [...TASKS_BY_ID.keys()];
}
