/**
 * One task of a step's checklist: a checkbox "erledigt" named by the task title, the state
 * select, a note (saved when leaving the field) and a date. Every change is saved at once.
 */
import { useEffect, useId, useState } from 'react';
import type { MethodTask, TaskState } from '../../../shared/catalog/types';
import { STATE_OPTIONS } from './stateLabels';
import { useTaskRecord, useTasks } from './taskStore';
import { fieldTexts as t } from './texts';
import { DateInput } from '../../components/DateInput';

export function TaskRow({ task }: { task: MethodTask }) {
  const id = useId();
  const record = useTaskRecord(task.id);
  const setTask = useTasks((s) => s.setTask);
  const [note, setNote] = useState(record.note);

  // Take over a saved or reverted note, unless the planner is typing in the field.
  useEffect(() => {
    if (document.activeElement?.id !== `${id}-note`) setNote(record.note);
  }, [record.note, id]);

  const done = record.state === 'erledigt';
  const setState = (state: TaskState) => void setTask(task.id, { state });

  return (
    <li className={`task task-${record.state}`}>
      <div className="task-head">
        <input
          id={`${id}-done`}
          type="checkbox"
          className="task-check"
          checked={done}
          onChange={(e) => setState(e.target.checked ? 'erledigt' : 'offen')}
          aria-describedby={`${id}-hint`}
        />
        <div className="task-text">
          <label htmlFor={`${id}-done`} className="task-title">
            {task.title}
          </label>
          <p id={`${id}-hint`} className="task-hint">
            {task.hint}
          </p>
        </div>
      </div>
      <div className="task-controls">
        <div className="field field-inline">
          <label htmlFor={`${id}-state`}>
            {t.stateLabel}
            <span className="visually-hidden">{t.stateSuffix(task.title)}</span>
          </label>
          <select id={`${id}-state`} value={record.state} onChange={(e) => setState(e.target.value as TaskState)}>
            {STATE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor={`${id}-date`}>
            {t.dateLabel}
            <span className="visually-hidden">{t.labelSuffix(task.title)}</span>
          </label>
          <DateInput id={`${id}-date`} value={record.date} onChange={(date) => void setTask(task.id, { date })} />
        </div>
        <div className="field task-note">
          <label htmlFor={`${id}-note`}>
            {t.noteLabel}
            <span className="visually-hidden">{t.labelSuffix(task.title)}</span>
          </label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            maxLength={10000}
            onChange={(e) => setNote(e.target.value)}
            onBlur={() => {
              if (note !== record.note) void setTask(task.id, { note });
            }}
          />
        </div>
      </div>
    </li>
  );
}
