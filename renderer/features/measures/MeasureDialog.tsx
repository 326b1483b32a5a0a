/** Create or edit one measure: field, title, responsibility, time frame, status, costs, links. */
import type { FieldId } from '../../../shared/catalog/fieldId';
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { LinkOption, Measure, MeasureInput } from '../../../shared/contract/measuresSchemas';
import { blankMeasure } from '../../../shared/measures/blankMeasure';
import { readGermanNumber, toGermanInput } from '../../../shared/germanNumber';
import { MEASURE_STATUSES, MEASURE_STATUS_LABELS, PRIORITIES, PRIORITY_LABELS } from '../../../shared/measures/types';
import { invoke } from '../../api';
import { showStatus } from '../../app/statusStore';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { GermanNumberInput } from '../../components/GermanNumberInput';
import { FieldSelect } from './FieldSelect';
import { FormFooter } from '../../components/FormFooter';
import { toInput } from './measureInput';
import { useMeasures } from './measuresStore';
import { ActionFieldOptions, LabelOptions, RecordOptions } from './options';
import { measuresTexts } from './texts';
import { useDialogForm } from '../../components/useDialogForm';
import { DateInput } from '../../components/DateInput';

const t = measuresTexts.dialog;


function CheckList({ legend, options, selected, onChange, idPrefix, empty }: { legend: string; options: LinkOption[]; selected: string[]; onChange: (ids: string[]) => void; idPrefix: string; empty?: string }) {
  if (options.length === 0 && !empty) return null;
  const set = new Set(selected);
  return (
    <fieldset className="checkbox-group">
      <legend>
        {legend} <span className="muted">({t.selected(options.filter((o) => set.has(o.id)).length)})</span>
      </legend>
      {options.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="checkbox-list">
          {options.map((o) => (
            <li key={o.id}>
              <input
                type="checkbox"
                id={`${idPrefix}-${o.id}`}
                checked={set.has(o.id)}
                onChange={(e) => onChange(e.target.checked ? [...selected, o.id] : selected.filter((x) => x !== o.id))}
              />
              <label htmlFor={`${idPrefix}-${o.id}`}>{o.label}</label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

export function MeasureDialog({ measure, fieldId, onClose, onSaved }: { measure: Measure | null; fieldId: FieldId; onClose: () => void; onSaved?: (m: Measure) => void }) {
  const id = useId();
  const options = useMeasures((s) => s.options);
  const { values, set, errors, clearError, reject, apiError, setApiError, busy, save } = useDialogForm<MeasureInput>(id, () => (measure ? toInput(measure) : blankMeasure(fieldId)), onClose);
  const [costOnce, setCostOnce] = useState(toGermanInput(measure?.costOnce, 'euro'));
  const [costYearly, setCostYearly] = useState(toGermanInput(measure?.costYearly, 'euro'));
  const needs = useMemo(() => options.needStatements.filter((n) => n.fieldId === values.fieldId || values.needIds.includes(n.id)), [options.needStatements, values.fieldId, values.needIds]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setApiError(null);
    const next: Record<string, string> = {};
    if (!values.title.trim()) next.title = t.titleError;
    if (values.startDate && values.endDate && values.endDate < values.startDate) next.endDate = t.dateOrder;
    const onceRead = readGermanNumber(costOnce, { kind: 'euro' });
    const yearlyRead = readGermanNumber(costYearly, { kind: 'euro' });
    const once = onceRead.ok ? onceRead.value : null;
    const yearly = yearlyRead.ok ? yearlyRead.value : null;
    if (!onceRead.ok) next.costOnce = onceRead.message;
    else if (once !== null && once < 0) next.costOnce = t.costError;
    if (!yearlyRead.ok) next.costYearly = yearlyRead.message;
    else if (yearly !== null && yearly < 0) next.costYearly = t.costError;
    if (reject(next)) return;
    const input = { ...values, title: values.title.trim(), costOnce: once, costYearly: yearly };
    await save(async () => {
      const saved = measure ? await invoke('measures.update', { id: measure.id, values: input }) : await invoke('measures.create', input);
      await useMeasures.getState().refresh();
      showStatus(measuresTexts.saved(saved.measure.title));
      onSaved?.(saved.measure);
    });
  }

  return (
    <Dialog title={measure ? t.editTitle(measure.title) : t.addTitle} onClose={onClose} size="large">
      <form className="form measure-form" onSubmit={(e) => void submit(e)} noValidate>
        <FieldSelect id={`${id}-fieldId`} label={t.field} value={values.fieldId} onChange={(v) => set('fieldId', v as MeasureInput['fieldId'])} required>
          <ActionFieldOptions />
        </FieldSelect>
        <Field id={`${id}-title`} label={t.title} error={errors.title} required>
          {(a) => <input {...a} type="text" value={values.title} maxLength={300} aria-required="true" onChange={(e) => set('title', e.target.value)} />}
        </Field>
        <Field id={`${id}-description`} label={t.description}>
          {(a) => <textarea {...a} rows={3} maxLength={10000} value={values.description} onChange={(e) => set('description', e.target.value)} />}
        </Field>
        <div className="field-row">
          <FieldSelect id={`${id}-actor`} label={t.responsibleActor} value={values.responsibleActorId ?? ''} onChange={(v) => set('responsibleActorId', v || null)} hint={options.actors.length === 0 ? t.noActors : undefined} disabled={options.actors.length === 0}>
            <option value="">{t.noActor}</option>
            <RecordOptions records={options.actors} />
          </FieldSelect>
          <Field id={`${id}-responsibleText`} label={t.responsibleText} hint={t.responsibleHint}>
            {(a) => <input {...a} type="text" value={values.responsibleText} maxLength={300} onChange={(e) => set('responsibleText', e.target.value)} />}
          </Field>
        </div>
        <Field id={`${id}-partners`} label={t.partners}>
          {(a) => <input {...a} type="text" value={values.partners} maxLength={2000} onChange={(e) => set('partners', e.target.value)} />}
        </Field>
        <CheckList legend={t.partnerActors} options={options.actors} selected={values.partnerActorIds} onChange={(ids) => set('partnerActorIds', ids)} idPrefix={`${id}-pa`} />
        <div className="field-row">
          <Field id={`${id}-startDate`} label={t.start} error={errors.startDate}>
            {(a) => <DateInput {...a} value={values.startDate} onChange={(v) => set('startDate', v)} />}
          </Field>
          <Field id={`${id}-endDate`} label={t.end} error={errors.endDate}>
            {(a) => <DateInput {...a} value={values.endDate} onChange={(v) => set('endDate', v)} />}
          </Field>
          <FieldSelect id={`${id}-priority`} label={t.priority} value={values.priority} onChange={(v) => set('priority', v as MeasureInput['priority'])}>
            <LabelOptions values={PRIORITIES} labels={PRIORITY_LABELS} />
          </FieldSelect>
          <FieldSelect id={`${id}-status`} label={t.status} value={values.status} onChange={(v) => set('status', v as MeasureInput['status'])}>
            <LabelOptions values={MEASURE_STATUSES} labels={MEASURE_STATUS_LABELS} />
          </FieldSelect>
        </div>
        <div className="field-row">
          <Field id={`${id}-costOnce`} label={t.costOnce} error={errors.costOnce}>
            {(a) => <GermanNumberInput {...a} kind="euro" value={costOnce} onChange={(v) => (setCostOnce(v), clearError('costOnce'))} />}
          </Field>
          <Field id={`${id}-costYearly`} label={t.costYearly} error={errors.costYearly}>
            {(a) => <GermanNumberInput {...a} kind="euro" value={costYearly} onChange={(v) => (setCostYearly(v), clearError('costYearly'))} />}
          </Field>
          <FieldSelect id={`${id}-funding`} label={t.funding} value={values.fundingProgrammeId ?? ''} onChange={(v) => set('fundingProgrammeId', v || null)}>
            <option value="">{t.noFunding}</option>
            <RecordOptions records={options.fundingProgrammes} />
          </FieldSelect>
        </div>
        <Field id={`${id}-financingNote`} label={t.financingNote}>
          {(a) => <input {...a} type="text" value={values.financingNote} maxLength={2000} onChange={(e) => set('financingNote', e.target.value)} />}
        </Field>
        <CheckList legend={t.needs} options={needs} selected={values.needIds} onChange={(ids) => set('needIds', ids)} idPrefix={`${id}-n`} empty={t.noNeeds} />
        <CheckList legend={t.areas} options={options.planningAreas} selected={values.planningAreaIds} onChange={(ids) => set('planningAreaIds', ids)} idPrefix={`${id}-a`} />
        <CheckList legend={t.gemeinden} options={options.gemeinden} selected={values.gemeindeIds} onChange={(ids) => set('gemeindeIds', ids)} idPrefix={`${id}-g`} />
        <FormFooter error={apiError} busy={busy} save={t.save} cancel={t.cancel} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
