/** Add or edit a milestone of a measure. */
import { useId, type FormEvent } from 'react';
import type { Milestone, MilestoneInput } from '../../../shared/contract/measuresSchemas';
import { todayIso } from '../../../shared/measures/dates';
import { MILESTONE_STATUSES, MILESTONE_STATUS_LABELS } from '../../../shared/measures/types';
import { invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FieldSelect } from './FieldSelect';
import { FormFooter } from '../../components/FormFooter';
import { useMeasures } from './measuresStore';
import { LabelOptions } from './options';
import { measuresTexts } from './texts';
import { useDialogForm } from '../../components/useDialogForm';
import { DateInput } from '../../components/DateInput';

const t = measuresTexts.milestone;

export function MilestoneDialog({ measureId, measureTitle, milestone, onClose }: { measureId: string; measureTitle: string; milestone: Milestone | null; onClose: () => void }) {
  const id = useId();
  const { values, set, errors, reject, apiError, setApiError, busy, save } = useDialogForm<MilestoneInput>(
    id,
    () =>
      milestone
        ? { title: milestone.title, dueDate: milestone.dueDate, responsible: milestone.responsible, status: milestone.status, doneOn: milestone.doneOn }
        : { title: '', dueDate: '', responsible: '', status: 'offen', doneOn: null },
    onClose,
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const next: Record<string, string> = {};
    if (!values.title.trim()) next.title = t.titleError;
    if (!values.dueDate) next.dueDate = t.dueError;
    if (reject(next)) return;
    const input = { ...values, title: values.title.trim(), doneOn: values.status === 'erledigt' ? (values.doneOn ?? todayIso()) : null };
    await save(async () => {
      const saved = milestone ? await invoke('measures.milestones.update', { id: milestone.id, values: input }) : await invoke('measures.milestones.create', { measureId, values: input });
      await useMeasures.getState().refresh();
      showStatus(t.saved(saved.title));
    });
  }

  async function remove() {
    if (!milestone) return;
    await save(async () => {
      await invoke('measures.milestones.delete', { id: milestone.id });
      await useMeasures.getState().refresh();
      showStatus(t.deleted(milestone.title));
    });
  }

  return (
    <Dialog title={milestone ? t.editTitle(milestone.title) : t.addTitle(measureTitle)} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field id={`${id}-title`} label={t.title} error={errors.title} required>
          {(a) => <input {...a} type="text" value={values.title} maxLength={300} aria-required="true" onChange={(e) => set('title', e.target.value)} />}
        </Field>
        <Field id={`${id}-dueDate`} label={t.due} error={errors.dueDate} required>
          {(a) => <DateInput {...a} value={values.dueDate} aria-required="true" onChange={(v) => set('dueDate', v ?? '')} />}
        </Field>
        <Field id={`${id}-responsible`} label={t.responsible}>
          {(a) => <input {...a} type="text" value={values.responsible} maxLength={300} onChange={(e) => set('responsible', e.target.value)} />}
        </Field>
        <FieldSelect id={`${id}-status`} label={t.status} value={values.status} onChange={(v) => set('status', v as MilestoneInput['status'])}>
          <LabelOptions values={MILESTONE_STATUSES} labels={MILESTONE_STATUS_LABELS} />
        </FieldSelect>
        {values.status === 'erledigt' ? (
          <Field id={`${id}-doneOn`} label={t.doneOn}>
            {(a) => <DateInput {...a} value={values.doneOn ?? todayIso()} onChange={(v) => set('doneOn', v)} />}
          </Field>
        ) : null}
        <FormFooter error={apiError} busy={busy} save={measuresTexts.dialog.save} cancel={measuresTexts.dialog.cancel} onCancel={onClose}>
          {milestone ? (
            <button type="button" className="button-danger-quiet" onClick={() => void remove()} disabled={busy}>
              {t.delete}
            </button>
          ) : null}
        </FormFooter>
      </form>
    </Dialog>
  );
}
