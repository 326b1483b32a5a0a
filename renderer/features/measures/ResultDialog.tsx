/** Edit one result of a participation event: kind, text, working group and Handlungsfeld. */
import { useId, useState, type FormEvent } from 'react';
import type { ParticipationEvent, ParticipationResultInput } from '../../../shared/contract/measuresSchemas';
import { RESULT_KINDS, RESULT_KIND_LABELS } from '../../../shared/measures/types';
import { errorMessage, invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { ActionFieldOptions, LabelOptions, RecordOptions } from './options';
import { useParticipation } from './participationStore';
import { participationTexts as t } from './texts';

type Result = ParticipationEvent['results'][number];

export function ResultDialog({ event, result, onClose }: { event: ParticipationEvent; result: Result; onClose: () => void }) {
  const id = useId();
  const [values, setValues] = useState<ParticipationResultInput>({ groupId: result.groupId, kind: result.kind, text: result.text, fieldId: result.fieldId as ParticipationResultInput['fieldId'] });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!values.text.trim()) return setError(t.addResult.textError);
    setBusy(true);
    try {
      await invoke('measures.results.update', { id: result.id, values: { ...values, text: values.text.trim() } });
      await useParticipation.getState().refresh();
      showStatus(t.resultSaved);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }
  return (
    <Dialog title={t.editResultTitle} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field id={`${id}-kind`} label={t.addResult.kind}>
          {(a) => (
            <select {...a} value={values.kind} onChange={(e) => setValues({ ...values, kind: e.target.value as Result['kind'] })}>
              <LabelOptions values={RESULT_KINDS} labels={RESULT_KIND_LABELS} />
            </select>
          )}
        </Field>
        <Field id={`${id}-text`} label={t.addResult.text}>
          {(a) => <textarea {...a} rows={3} maxLength={2000} value={values.text} onChange={(e) => setValues({ ...values, text: e.target.value })} />}
        </Field>
        <Field id={`${id}-field`} label={t.addResult.field}>
          {(a) => (
            <select {...a} value={values.fieldId ?? ''} onChange={(e) => setValues({ ...values, fieldId: (e.target.value || null) as ParticipationResultInput['fieldId'] })}>
              <option value="">{t.addResult.noField}</option>
              <ActionFieldOptions />
            </select>
          )}
        </Field>
        {event.groups.length > 0 ? (
          <Field id={`${id}-group`} label={t.addResult.group}>
            {(a) => (
              <select {...a} value={values.groupId ?? ''} onChange={(e) => setValues({ ...values, groupId: e.target.value || null })}>
                <option value="">{t.addResult.noGroup}</option>
                <RecordOptions records={event.groups.map((g) => ({ id: g.id, label: g.name }))} />
              </select>
            )}
          </Field>
        ) : null}
        <FormFooter error={error} busy={busy} save={t.saveResult} cancel={t.cancelResult} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
