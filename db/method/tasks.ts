/** Per-plan state of the catalog's tasks (Bearbeitungsstand); progress is derived in shared/. */
import { randomUUID } from 'node:crypto';
import { taskById } from '../../shared/catalog';
import { UserError } from '../../shared/contract/errors';
import type { TaskRecord } from '../../shared/contract/schemas';
import type { TaskStateTable } from '../schema';
import type { PlanSession } from '../session';

const toRecord = (row: TaskStateTable): TaskRecord => ({
  taskId: row.task_id,
  state: row.state,
  note: row.note,
  date: row.date,
  updatedAt: row.updated_at,
});

export async function listTaskRecords(session: PlanSession): Promise<TaskRecord[]> {
  const rows = await session.db.selectFrom('task_state').selectAll().where('deleted_at', 'is', null).orderBy('task_id').execute();
  return rows.map(toRecord);
}

export interface TaskUpdate {
  taskId: string;
  state?: TaskStateTable['state'] | undefined;
  note?: string | undefined;
  date?: string | null | undefined;
}

export async function setTask(session: PlanSession, update: TaskUpdate): Promise<TaskRecord> {
  if (!taskById(update.taskId)) throw new UserError(`Die Aufgabe ${update.taskId} gibt es im Leitfaden-Katalog nicht.`, 'unknown-task');
  await session.write(async (w, trx) => {
    const existing = await trx.selectFrom('task_state').selectAll().where('task_id', '=', update.taskId).where('deleted_at', 'is', null).executeTakeFirst();
    const patch: Partial<TaskStateTable> = {};
    if (update.state !== undefined) patch.state = update.state;
    if (update.note !== undefined) patch.note = update.note;
    if (update.date !== undefined) patch.date = update.date;
    if (existing) await w.update('task_state', existing.id, patch);
    else await w.insert('task_state', { id: randomUUID(), task_id: update.taskId, state: 'offen', note: '', date: null, ...patch });
  });
  const row = await session.db.selectFrom('task_state').selectAll().where('task_id', '=', update.taskId).where('deleted_at', 'is', null).executeTakeFirstOrThrow();
  return toRecord(row);
}
