/** Add or edit a milestone of a measure. */
import { useId, useState, type FormEvent } from 'react';
import type { Milestone, MilestoneInput } from '../../../shared/contract/measuresSchemas';
import { todayIso } from '../../../shared/measures/dates';
import { MILESTONE_STATUSES, MILESTONE_STATUS_LABELS } from '../../../shared/measures/types';
import { errorMessage, invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useMeasures } from './measuresStore';
import { measuresTexts } from './texts';

const t = measuresTexts.milestone;

export function MilestoneDialog({ measureId, measureTitle, milestone, onClose }: { measureId: string; measureTitle: string; milestone: Milestone | null; onClose: () => void }) {
  const id = useId();
  const [values, setValues] = useState<MilestoneInput>(() =>
    milestone
      ? { title: milestone.title, dueDate: milestone.dueDate, responsible: milestone.responsible, status: milestone.status, doneOn: milestone.doneOn }
      : { title: '', dueDate: '', responsible: '', status: 'offen', doneOn: null },
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof MilestoneInput>(key: K, value: MilestoneInput[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: '' }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const next: Record<string, string> = {};
    if (!values.title.trim()) next.title = t.titleError;
    if (!values.dueDate) next.dueDate = t.dueError;
    if (Object.values(next).some(Boolean)) {
      setErrors(next);
      document.getElementById(`${id}-${Object.keys(next)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    const input = { ...values, title: values.title.trim(), doneOn: values.status === 'erledigt' ? (values.doneOn ?? todayIso()) : null };
    try {
      const saved = milestone ? await invoke('measures.milestones.update', { id: milestone.id, values: input }) : await invoke('measures.milestones.create', { measureId, values: input });
      await useMeasures.getState().refresh();
      showStatus(t.saved(saved.title));
      onClose();
    } catch (e) {
      setApiError(errorMessage(e));
      setBusy(false);
    }
  }

  async function remove() {
    if (!milestone) return;
    setBusy(true);
    try {
      await invoke('measures.milestones.delete', { id: milestone.id });
      await useMeasures.getState().refresh();
      showStatus(t.deleted(milestone.title));
      onClose();
    } catch (e) {
      setApiError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Dialog title={milestone ? t.editTitle(milestone.title) : t.addTitle(measureTitle)} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field id={`${id}-title`} label={t.title} error={errors.title} required>
          {(a) => <input {...a} type="text" value={values.title} maxLength={300} aria-required="true" onChange={(e) => set('title', e.target.value)} />}
        </Field>
        <Field id={`${id}-dueDate`} label={t.due} error={errors.dueDate} required>
          {(a) => <input {...a} type="date" value={values.dueDate} aria-required="true" onChange={(e) => set('dueDate', e.target.value)} />}
        </Field>
        <Field id={`${id}-responsible`} label={t.responsible}>
          {(a) => <input {...a} type="text" value={values.responsible} maxLength={300} onChange={(e) => set('responsible', e.target.value)} />}
        </Field>
        <Field id={`${id}-status`} label={t.status}>
          {(a) => (
            <select {...a} value={values.status} onChange={(e) => set('status', e.target.value as MilestoneInput['status'])}>
              {MILESTONE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {MILESTONE_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {values.status === 'erledigt' ? (
          <Field id={`${id}-doneOn`} label={t.doneOn}>
            {(a) => <input {...a} type="date" value={values.doneOn ?? todayIso()} onChange={(e) => set('doneOn', e.target.value || null)} />}
          </Field>
        ) : null}
        <ErrorMessage message={apiError} />
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={busy}>
            {measuresTexts.dialog.save}
          </button>
          <button type="button" onClick={onClose}>
            {measuresTexts.dialog.cancel}
          </button>
          {milestone ? (
            <button type="button" className="button-danger-quiet" onClick={() => void remove()} disabled={busy}>
              {t.delete}
            </button>
          ) : null}
        </div>
      </form>
    </Dialog>
  );
}
