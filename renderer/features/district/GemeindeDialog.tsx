import { useId, useRef, useState, type FormEvent } from 'react';
import type { Gemeinde } from '../../../shared/contract/schemas';
import { errorMessage, invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useDistrict } from './districtStore';
import { checkGemeindeValues, emptyGemeindeValues, gemeindeValuesFrom, type GemeindeFormErrors, type GemeindeFormValues } from './gemeindeForm';
import { districtTexts } from './texts';

const t = districtTexts.gemeindeForm;

interface GemeindeDialogProps {
  /** null: add a new Gemeinde. */
  gemeinde: Gemeinde | null;
  kreisKey: string;
  onClose: () => void;
}

export function GemeindeDialog({ gemeinde, kreisKey, onClose }: GemeindeDialogProps) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<GemeindeFormValues>(() => (gemeinde ? gemeindeValuesFrom(gemeinde) : emptyGemeindeValues(kreisKey)));
  const [errors, setErrors] = useState<GemeindeFormErrors>({});
  const [apiError, setApiError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (key: keyof GemeindeFormValues) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [key]: e.target.value }));
    if (errors[key]) setErrors((er) => ({ ...er, [key]: undefined }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const checked = checkGemeindeValues(values);
    if (checked.errors) {
      setErrors(checked.errors);
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    try {
      const saved = gemeinde
        ? await invoke('district.gemeinden.update', { id: gemeinde.id, values: checked.input })
        : await invoke('district.gemeinden.create', checked.input);
      await useDistrict.getState().refresh(['gemeinden', 'geometries']);
      showStatus(gemeinde ? districtTexts.gemeinden.updated(saved.name) : districtTexts.gemeinden.created(saved.name));
      onClose();
    } catch (e) {
      setApiError(errorMessage(e));
      setBusy(false);
    }
  }

  const fid = (name: string) => `${id}-${name}`;
  return (
    <Dialog title={gemeinde ? t.editTitle(gemeinde.name) : t.addTitle} onClose={onClose}>
      <form ref={formRef} className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field id={fid('ags')} label={t.ags} hint={t.agsHint} error={errors.ags} required className="field-short">
          {(a) => <input {...a} type="text" inputMode="numeric" maxLength={8} value={values.ags} onChange={set('ags')} autoComplete="off" aria-required="true" />}
        </Field>
        <Field id={fid('name')} label={t.name} error={errors.name} required>
          {(a) => <input {...a} type="text" maxLength={200} value={values.name} onChange={set('name')} autoComplete="off" aria-required="true" />}
        </Field>
        <Field id={fid('kind')} label={t.kind} className="field-short">
          {(a) => (
            <select {...a} value={values.kind} onChange={set('kind')}>
              <option value="gemeinde">{districtTexts.gemeinden.kind.gemeinde}</option>
              <option value="gemeindefrei">{districtTexts.gemeinden.kind.gemeindefrei}</option>
            </select>
          )}
        </Field>
        <div className="field-group">
          <Field id={fid('lat')} label={t.lat} hint={t.latHint} error={errors.lat} className="field-short">
            {(a) => <input {...a} type="text" inputMode="decimal" value={values.lat} onChange={set('lat')} autoComplete="off" />}
          </Field>
          <Field id={fid('lon')} label={t.lon} hint={t.lonHint} error={errors.lon} className="field-short">
            {(a) => <input {...a} type="text" inputMode="decimal" value={values.lon} onChange={set('lon')} autoComplete="off" />}
          </Field>
        </div>
        <ErrorMessage message={apiError} />
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={busy}>
            {gemeinde ? t.save : t.add}
          </button>
          <button type="button" onClick={onClose}>
            {t.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
