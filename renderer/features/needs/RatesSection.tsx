/** Rate sets: the Pflegequoten per age band and setting (and sex, where given), their forms, and the calibration to an observed count. */
import { useId, useState } from 'react';
import type { RateSetDto } from '../../../shared/contract/needsSchemas';
import { germanNumberOrThrow } from '../../../shared/germanNumber';
import { bandLabel, sortBandKeys } from '../../../shared/needs/ageBands';
import { SETTING_LABELS, SETTINGS, type RateValue, type Setting } from '../../../shared/needs/careRates';
import { invoke } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { deleteWithUndo } from './assumptions/deleteWithUndo';
import { RateSetDialog } from './assumptions/RateSetDialog';
import { type FormMode, RowActions } from './assumptions/RowActions';
import { Card } from './Card';
import { DataTable } from './DataTable';
import { AddButton } from './DraftForm';
import { fmt } from './format';
import { NumberRow, submitTo, TextRow } from './FormRow';
import { useNeeds } from './needsStore';
import { needsTexts } from './texts';
import { useNeedsChange } from './useNeedsChange';

const tr = needsTexts.rates;
const pct = (f: number) => `${fmt(f * 100, 2)} %`;
const SEXES: RateValue['sex'][] = ['insgesamt', 'maennlich', 'weiblich'];

export function RatesSection() {
  const rateSets = useNeeds((s) => s.rateSets);
  const [form, setForm] = useState<FormMode<RateSetDto>>(null);
  return (
    <>
      {rateSets.length === 0 ? <p className="empty">{needsTexts.empty.rates}</p> : null}
      {rateSets.map((set) => (
        <RateSetCard key={set.id} set={set} onEdit={() => setForm({ kind: 'edit', record: set })} onDuplicate={() => setForm({ kind: 'copy', record: set })} />
      ))}
      <AddButton label={needsTexts.rateForm.add} onClick={() => setForm({ kind: 'new' })} />
      {form ? <RateSetDialog mode={form} template={rateSets[0]} onClose={() => setForm(null)} /> : null}
    </>
  );
}

function RateSetCard({ set, onEdit, onDuplicate }: { set: RateSetDto; onEdit: () => void; onDuplicate: () => void }) {
  const id = useId();
  const [observed, setObserved] = useState('');
  const [label, setLabel] = useState('');
  const { error, run } = useNeedsChange();
  const calibrate = (reset = false) =>
    run(async () => {
      const value = reset ? 1 : (germanNumberOrThrow(observed, tr.observed) ?? NaN);
      const r = await invoke('needs.rateSets.calibrate', { id: set.id, observed: value, label: label || (reset ? '-' : ''), reset });
      return reset ? tr.uncalibrated : tr.calibrated(fmt(r.factor, 4));
    });
  const bands = sortBandKeys(new Set(set.values.map((v) => v.ageBand)));
  const settings = SETTINGS.filter((s) => set.values.some((v) => v.setting === s));
  const sexes = SEXES.filter((x) => set.values.some((v) => v.sex === x));
  const rate = (b: string, x: RateValue['sex'], s: Setting) => set.values.find((v) => v.ageBand === b && v.setting === s && v.sex === x)?.rate;
  return (
    <Card
      heading={
        <>
          {tr.heading}: {set.name}
        </>
      }
    >
      <RowActions name={set.name} onEdit={onEdit} onDuplicate={onDuplicate} onDelete={() => void deleteWithUndo('rateSet', set.id, set.name)} />
      <p>
        <strong>{set.factor === 1 ? tr.uncalibrated : tr.factor(fmt(set.factor, 4))}</strong> {set.calibrationNote}
      </p>
      <DataTable label={set.name} columns={[tr.colBand, ...(sexes.length > 1 ? [tr.colSex] : []), ...settings.map((s) => SETTING_LABELS[s]), tr.colSum]}>
        {bands.flatMap((b) =>
          sexes.map((x) => (
            <tr key={`${b}|${x}`}>
              <th scope="row">{bandLabel(b)}</th>
              {sexes.length > 1 ? <td>{needsTexts.rateForm.sexLabels[x]}</td> : null}
              {settings.map((s) => (
                <td key={s} className="num">
                  {rate(b, x, s) === undefined ? '–' : pct(rate(b, x, s)!)}
                </td>
              ))}
              <td className="num">{pct(settings.filter((s) => s !== 'teilstationaer').reduce((a, s) => a + (rate(b, x, s) ?? 0), 0))}</td>
            </tr>
          )),
        )}
      </DataTable>
      <details className="needs-explain">
        <summary>{needsTexts.explain.summary}</summary>
        <dl>
          <dt>{tr.source}</dt>
          <dd>{set.source}</dd>
          <dt>{tr.note}</dt>
          <dd>{set.note}</dd>
        </dl>
      </details>
      <h3>{tr.calibrateHeading}</h3>
      <p className="field-hint">{tr.calibrateIntro}</p>
      <form className="needs-inline-form" onSubmit={submitTo(() => calibrate())}>
        <NumberRow id={`${id}-obs`} label={tr.observed} value={observed} onChange={setObserved} />
        <TextRow id={`${id}-src`} label={tr.observedSource} value={label} onChange={setLabel} />
        <div className="button-row">
          <button type="submit">{tr.calibrate}</button>
          {set.factor !== 1 ? (
            <button type="button" onClick={() => void calibrate(true)}>
              {tr.reset}
            </button>
          ) : null}
        </div>
      </form>
      <ErrorMessage message={error} />
    </Card>
  );
}
