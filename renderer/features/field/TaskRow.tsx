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
import type { TaskSuggestion } from '../../../shared/method/suggestions';
import { todayIso } from '../../../shared/measures/dates';

export function TaskRow({ task, suggestion }: { task: MethodTask; suggestion: TaskSuggestion | null }) {
  const id = useId();
  const record = useTaskRecord(task.id);
  const setTask = useTasks((s) => s.setTask);
  const [note, setNote] = useState(record.note);

  // Take over a saved or reverted note, unless the planner is typing in the field.
  useEffect(() => {
    if (document.activeElement?.id !== `${id}-note`) setNote(record.note);
  }, [record.note, id]);

  const done = record.state === 'erledigt';
  // A task marked done gets its date (today unless one is set); the date stays if it is reopened.
  const setState = (state: TaskState) => void setTask(task.id, state === 'erledigt' && !record.date ? { state, date: todayIso() } : { state });
  const confirm = (s: TaskSuggestion) => void setTask(task.id, { state: 'erledigt', date: record.date ?? s.date ?? todayIso() });

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
      {suggestion && !done ? (
        <div className="task-suggestion" role="group" aria-label={t.suggestionLabel(task.title)}>
          <p>
            <strong>{t.suggestion}</strong> {suggestion.reason}
          </p>
          <button type="button" className="button-small" aria-label={t.confirmLabel(task.title)} onClick={() => confirm(suggestion)}>
            {t.confirm}
          </button>
        </div>
      ) : null}
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
