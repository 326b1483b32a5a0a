/** The form of one register record, built from the register's definition. */
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ACTION_FIELDS } from '../../../shared/catalog';
import type { RegisterRecord } from '../../../shared/contract/stockSchemas';
import type { FieldDef, RegisterDef } from '../../../shared/stock/registers';
import { validateRecord } from '../../../shared/stock/validation';
import { toGermanInput } from '../../../shared/germanNumber';
import { errorMessage, invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { DateInput } from '../../components/DateInput';
import { GermanNumberInput } from '../../components/GermanNumberInput';
import { ActorListPicker, ActorPicker } from './ActorPicker';
import { ErasePersonalData } from './ErasePersonalData';
import { feedsReferenceData, useStock } from './stockStore';
import { stockTexts } from './texts';

const t = stockTexts.form;

type FormValue = string | boolean | string[];
type FormValues = Record<string, FormValue>;

function initialValues(def: RegisterDef, record: RegisterRecord | null, preset: Record<string, string>): FormValues {
  const out: FormValues = {};
  for (const f of def.fields) {
    const v = record?.values[f.key] ?? null;
    if (f.type === 'boolean') out[f.key] = v === true;
    else if (f.type === 'gemeindeList' || f.type === 'actorList' || f.type === 'fieldList') out[f.key] = Array.isArray(v) ? v : [];
    else if (f.type === 'tags') out[f.key] = Array.isArray(v) ? v.join(', ') : '';
    else if (typeof v === 'number') out[f.key] = toGermanInput(v, f.share ? 'share' : 'number');
    else out[f.key] = v === null ? (preset[f.key] ?? '') : String(v);
  }
  return out;
}

interface Props {
  def: RegisterDef;
  record: RegisterRecord | null;
  /** Values for a new record, e.g. the Gemeinde chosen in the filter. */
  preset?: Record<string, string>;
  onClose: () => void;
  onSaved: (record: RegisterRecord) => void;
  /** After „Personenbezogene Daten löschen“: the list must be reloaded. */
  onErased?: () => void;
}

export function RecordDialog({ def, record, preset = {}, onClose, onSaved, onErased }: Props) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<FormValues>(() => initialValues(def, record, preset));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const gemeinden = useStock((s) => s.gemeinden);
  const offerTypes = useStock((s) => s.offerTypes);
  const gemeindeOptions = useMemo(() => gemeinden.map((g) => ({ value: g.id, label: `${g.name} (${g.ags})` })), [gemeinden]);

  const set = (key: string, value: FormValue) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (errors[key]) setErrors((e) => ({ ...e, [key]: '' }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const checked = validateRecord(def, values);
    if (Object.keys(checked.errors).length > 0) {
      setErrors(checked.errors);
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    try {
      const saved = await invoke('stock.save', { register: def.id, id: record?.id ?? null, values: checked.values });
      showStatus(stockTexts.table.saved(String(saved.values[def.titleKey] ?? def.singular)));
      if (feedsReferenceData(def)) await useStock.getState().refresh();
      onSaved(saved);
      onClose();
    } catch (e) {
      setApiError(errorMessage(e));
      setBusy(false);
    }
  }

  const fid = (key: string) => `${id}-${key}`;

  function control(f: FieldDef) {
    const v = values[f.key];
    const error = errors[f.key] || null;
    const hint = f.personal ? [f.hint, t.personalHint].filter(Boolean).join(' ') : f.hint;
    // Akteure are searched, not listed: the register may hold thousands (ActorPicker.tsx).
    if (f.type === 'actorList') return <ActorListPicker key={f.key} id={fid(f.key)} label={f.label} value={v as string[]} onChange={(ids) => set(f.key, ids)} error={error} />;
    if (f.type === 'gemeindeList' || f.type === 'fieldList') {
      const options =
        f.type === 'gemeindeList' ? gemeindeOptions : ACTION_FIELDS.map((a) => ({ value: a.id, label: `${a.number}. ${a.shortTitle}` }));
      const selected = new Set(v as string[]);
      return (
        <fieldset key={f.key} className="field stock-checks" aria-describedby={error ? `${fid(f.key)}-error` : undefined}>
          <legend>{f.label}</legend>
          {options.length === 0 ? <p className="field-hint">{t.noOptions}</p> : null}
          <div className="stock-checks-list">
            {options.map((o) => (
              <label key={o.value} className="stock-check">
                <input
                  type="checkbox"
                  checked={selected.has(o.value)}
                  onChange={(e) => set(f.key, e.target.checked ? [...selected, o.value] : [...selected].filter((x) => x !== o.value))}
                />
                {o.label}
              </label>
            ))}
          </div>
          {error ? (
            <p id={`${fid(f.key)}-error`} className="field-error">
              {error}
            </p>
          ) : null}
        </fieldset>
      );
    }
    if (f.type === 'boolean') {
      return (
        <div key={f.key} className="field stock-checkbox">
          <label>
            <input type="checkbox" checked={v === true} onChange={(e) => set(f.key, e.target.checked)} /> {f.label}
          </label>
        </div>
      );
    }
    const short = ['number', 'integer', 'date', 'enum', 'phone'].includes(f.type) || f.key === 'postcode';
    return (
      <Field key={f.key} id={fid(f.key)} label={f.label} hint={hint} error={error} required={f.required} className={short ? 'field-short' : undefined}>
        {(a) => {
          const common = { ...a, 'aria-required': f.required ? true : undefined } as const;
          const str = typeof v === 'string' ? v : '';
          const onChange = (e: { target: { value: string } }) => set(f.key, e.target.value);
          switch (f.type) {
            case 'longtext':
              return <textarea {...common} rows={3} maxLength={f.maxLength} value={str} onChange={onChange} />;
            case 'actor':
              return <ActorPicker a11y={common} value={str} onChange={(actorId) => set(f.key, actorId)} />;
            case 'enum':
            case 'gemeinde':
            case 'offerType': {
              const options = f.type === 'enum' ? (f.options ?? []) : f.type === 'gemeinde' ? gemeindeOptions : offerTypes.map((o) => ({ value: o.id, label: o.label }));
              return (
                <select {...common} value={str} onChange={onChange}>
                  <option value="">{t.none}</option>
                  {options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              );
            }
            case 'date':
              return <DateInput {...common} value={str || null} onChange={(iso) => set(f.key, iso ?? '')} />;
            case 'number':
            case 'integer':
              return <GermanNumberInput {...common} kind={f.share ? 'share' : 'number'} decimalPoint={f.decimalPoint} value={str} onChange={(text) => set(f.key, text)} />;
            case 'email':
              return <input {...common} type="email" maxLength={f.maxLength} value={str} onChange={onChange} autoComplete="off" />;
            case 'url':
              return <input {...common} type="url" maxLength={f.maxLength} value={str} onChange={onChange} autoComplete="off" />;
            case 'phone':
              return <input {...common} type="tel" maxLength={f.maxLength} value={str} onChange={onChange} autoComplete="off" />;
            default:
              return <input {...common} type="text" maxLength={f.maxLength} value={str} onChange={onChange} autoComplete="off" />;
          }
        }}
      </Field>
    );
  }

  const title = record ? t.editTitle(String(record.values[def.titleKey] ?? def.singular)) : t.addTitle(def.singular);
  return (
    <Dialog title={title} onClose={onClose} size="large">
      <form ref={formRef} className="form stock-form" onSubmit={(e) => void submit(e)} noValidate>
        {Object.values(errors).some(Boolean) ? <p className="field-error">{t.fix}</p> : null}
        {def.fields.map(control)}
        <ErrorMessage message={apiError} />
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={busy}>
            {t.save}
          </button>
          <button type="button" onClick={onClose}>
            {t.cancel}
          </button>
          {record ? (
            <ErasePersonalData
              def={def}
              record={record}
              onErased={() => {
                onErased?.();
                onClose();
              }}
            />
          ) : null}
        </div>
      </form>
    </Dialog>
  );
}
