/** Create, edit or copy a Betreuungsschlüssel: target age, steps over the years, which Tätigkeitsbereich counts as Ist. */
import { useId, useState } from 'react';
import type { z } from 'zod';
import type { staffingRatioSchema } from '../../../../shared/contract/needsSchemas';
import { germanNumberOrThrow, toGermanInput } from '../../../../shared/germanNumber';
import { invoke } from '../../../api';
import { STAFF_CATEGORIES } from '../../../../shared/stock/registers';
import { NumberRow, SelectRow, TextRow } from '../FormRow';
import { needsTexts } from '../texts';
import { AssumptionDialog } from './AssumptionDialog';
import type { FormMode } from './RowActions';

export type StaffingRatio = z.infer<typeof staffingRatioSchema>;
const t = needsTexts.staffingForm;

type Step = { fromYear: string; people: string };

export function StaffingDialog({ mode, onClose }: { mode: NonNullable<FormMode<StaffingRatio>>; onClose: () => void }) {
  const id = useId();
  const record = mode.kind === 'new' ? null : mode.record;
  const [label, setLabel] = useState(record ? (mode.kind === 'copy' ? needsTexts.assumptions.copyOf(record.label) : record.label) : '');
  const [minAge, setMinAge] = useState(record ? String(record.minAge) : '60');
  const [category, setCategory] = useState<StaffingRatio['staffCategory']>(record?.staffCategory ?? 'seniorenberatung');
  const [steps, setSteps] = useState<Step[]>(record ? record.steps.map((s) => ({ fromYear: String(s.fromYear), people: toGermanInput(s.peoplePerVze) })) : [{ fromYear: String(new Date().getFullYear()), people: '2.500' }]);
  const setStep = (i: number, patch: Partial<Step>) => setSteps(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const save = async () => {
    const saved = await invoke('needs.staffing.save', {
      id: mode.kind === 'edit' ? mode.record.id : null,
      label,
      minAge: germanNumberOrThrow(minAge, t.minAge) ?? NaN,
      steps: steps.map((s, i) => ({ fromYear: germanNumberOrThrow(s.fromYear.replace(/\./g, ''), t.fromYear(i + 1)) ?? NaN, peoplePerVze: germanNumberOrThrow(s.people, t.people(i + 1)) ?? NaN })),
      staffCategory: category,
    });
    return needsTexts.assumptions.saved(saved.label);
  };
  const title = mode.kind === 'new' ? t.newTitle : mode.kind === 'edit' ? t.editTitle(mode.record.label) : t.copyTitle(mode.record.label);
  return (
    <AssumptionDialog title={title} saveLabel={t.save} save={save} onClose={onClose}>
      <TextRow id={`${id}-l`} label={t.label} value={label} onChange={setLabel} />
      <NumberRow id={`${id}-a`} label={t.minAge} value={minAge} onChange={setMinAge} />
      <fieldset className="field">
        <legend>{t.steps}</legend>
        {steps.map((s, i) => (
          <div key={i} className="needs-inline-form">
            <TextRow id={`${id}-y${i}`} label={t.fromYear(i + 1)} short inputMode="numeric" value={s.fromYear} onChange={(fromYear) => setStep(i, { fromYear })} />
            <NumberRow id={`${id}-p${i}`} label={t.people(i + 1)} value={s.people} onChange={(people) => setStep(i, { people })} />
            {steps.length > 1 ? (
              <button type="button" className="link-button" onClick={() => setSteps(steps.filter((_, j) => j !== i))}>
                {t.removeStep(i + 1)}
              </button>
            ) : null}
          </div>
        ))}
        <div className="button-row">
          <button type="button" onClick={() => setSteps([...steps, { fromYear: String(Number(steps.at(-1)?.fromYear ?? 2025) + 1), people: steps.at(-1)?.people ?? '' }])}>
            {t.addStep}
          </button>
        </div>
      </fieldset>
      <SelectRow id={`${id}-f`} label={t.category} value={category} onChange={(v) => setCategory(v as StaffingRatio['staffCategory'])}>
        {STAFF_CATEGORIES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
        <option value="">{t.allPosts}</option>
      </SelectRow>
    </AssumptionDialog>
  );
}
