/**
 * The plan metadata form, used for a new plan, the set-up of an empty file and editing on
 * the district page. Checks run before sending; errors of the host appear above the buttons.
 */
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { PlanMetaInput } from '../../../shared/contract/schemas';
import { errorMessage } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { districtDisplayName } from '../../../shared/district/kreise2015';
import { KreisPicker } from './KreisPicker';
import { checkMetaValues, type MetaFormErrors, type MetaFormValues } from './metaForm';
import { planTexts as t } from './texts';

interface PlanMetaFormProps {
  initial: MetaFormValues;
  submitLabel: string;
  onSubmit: (meta: PlanMetaInput) => Promise<void>;
  onCancel?: () => void;
  cancelLabel?: string;
  /** Extra fields before the metadata (e.g. the file path in browser mode). */
  leading?: ReactNode;
  /** Extra check before submitting (e.g. the file path); returns a message or null. */
  precheck?: () => string | null;
}

export function PlanMetaForm({ initial, submitLabel, onSubmit, onCancel, cancelLabel = 'Abbrechen', leading, precheck }: PlanMetaFormProps) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<MetaFormErrors>({});
  const [apiError, setApiError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set = (key: keyof MetaFormValues) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [key]: e.target.value }));
    if (errors[key]) setErrors((er) => ({ ...er, [key]: undefined }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const pre = precheck?.() ?? null;
    const checked = checkMetaValues(values);
    if (checked.errors || pre) {
      setErrors(checked.errors ?? {});
      // Move focus to the first field in error so keyboard users land where the fix is needed.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    try {
      await onSubmit(checked.input);
    } catch (e) {
      setApiError(errorMessage(e));
    } finally {
      if (formRef.current?.isConnected) setBusy(false);
    }
  }

  const fid = (name: string) => `${id}-${name}`;
  return (
    <form ref={formRef} className="form" onSubmit={(e) => void submit(e)} noValidate>
      {leading}
      <Field id={fid('title')} label={t.title} hint={t.titleHint} error={errors.title} required>
        {(a) => <input {...a} type="text" value={values.title} onChange={set('title')} maxLength={200} aria-required="true" />}
      </Field>
      <KreisPicker
        id={fid('pick')}
        kreisKey={values.kreisKey}
        onPick={(key, name) => {
          setValues((v) => ({ ...v, kreisKey: key, districtName: districtDisplayName(name) }));
          setErrors((er) => ({ ...er, kreisKey: undefined, districtName: undefined }));
        }}
      />
      <Field id={fid('district')} label={t.districtName} error={errors.districtName} required>
        {(a) => <input {...a} type="text" value={values.districtName} onChange={set('districtName')} maxLength={200} aria-required="true" />}
      </Field>
      <Field id={fid('kreis')} label={t.kreisKey} hint={t.kreisKeyHint} error={errors.kreisKey} className="field-short">
        {(a) => <input {...a} type="text" inputMode="numeric" value={values.kreisKey} onChange={set('kreisKey')} maxLength={5} autoComplete="off" />}
      </Field>
      <div className="field-group">
        <Field id={fid('from')} label={t.periodFrom} error={errors.periodFrom} className="field-short">
          {(a) => <input {...a} type="number" min={1990} max={2100} step={1} value={values.periodFrom} onChange={set('periodFrom')} />}
        </Field>
        <Field id={fid('to')} label={t.periodTo} error={errors.periodTo} className="field-short">
          {(a) => <input {...a} type="number" min={1990} max={2100} step={1} value={values.periodTo} onChange={set('periodTo')} />}
        </Field>
      </div>
      <Field id={fid('org')} label={t.organisation} hint={t.organisationHint} error={errors.organisation}>
        {(a) => <input {...a} type="text" value={values.organisation} onChange={set('organisation')} maxLength={200} autoComplete="organization" />}
      </Field>
      <Field id={fid('author')} label={t.author} error={errors.author}>
        {(a) => <input {...a} type="text" value={values.author} onChange={set('author')} maxLength={200} autoComplete="name" />}
      </Field>
      <ErrorMessage message={apiError} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t.saving : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {cancelLabel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
