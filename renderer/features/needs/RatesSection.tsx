/**
 * Rate sets: the Pflegequoten per age band and setting (and sex, where given), their forms, and
 * their calibration per setting to the Kreis (from the imported Pflegestatistik or typed figures).
 */
import { useId, useState } from 'react';
import type { RateSetDto } from '../../../shared/contract/needsSchemas';
import { germanNumberOrThrow } from '../../../shared/germanNumber';
import { bandLabel, sortBandKeys } from '../../../shared/needs/ageBands';
import { hasRatesBySex, isCalibrated, type RateValue, SETTING_LABELS, SETTINGS, type Setting } from '../../../shared/needs/careRates';
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
const factorText = (f: RateSetDto['factors']) => SETTINGS.filter((s) => f[s] !== 1).map((s) => `${SETTING_LABELS[s]} ${fmt(f[s], 4)}`).join('; ');

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
  const [manual, setManual] = useState<Record<Setting, string>>({ pflegegeld: '', ambulant: '', vollstationaer: '', teilstationaer: '' });
  const [label, setLabel] = useState('');
  const { error, run } = useNeedsChange();
  const bands = sortBandKeys(new Set(set.values.map((v) => v.ageBand)));
  const settings = SETTINGS.filter((s) => set.values.some((v) => v.setting === s));
  const sexes = SEXES.filter((x) => set.values.some((v) => v.sex === x));
  const rate = (b: string, x: RateValue['sex'], s: Setting) => set.values.find((v) => v.ageBand === b && v.setting === s && v.sex === x)?.rate;
  const calibrate = (observed: Record<Setting, number | null> | null, reset = false) =>
    run(async () => {
      const r = await invoke('needs.rateSets.calibrate', { id: set.id, observed, label, reset });
      return reset ? tr.uncalibrated : tr.calibrated(factorText(r.factors));
    });
  // Typed figures go through the one German number reader ("4.317" is 4317).
  const manualNumbers = () => Object.fromEntries(SETTINGS.map((s) => [s, manual[s].trim() === '' ? null : germanNumberOrThrow(manual[s], SETTING_LABELS[s])])) as Record<Setting, number | null>;
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
        {tr.rateYear(set.rateYear)} {hasRatesBySex(set) ? tr.bySex : null}
      </p>
      <h3>{tr.factorsHeading}</h3>
      {isCalibrated(set.factors) ? (
        <DataTable label={`${tr.factorsHeading}: ${set.name}`} columns={SETTINGS.map((s) => SETTING_LABELS[s])}>
          <tr>
            {SETTINGS.map((s) => (
              <td key={s} className="num">
                {fmt(set.factors[s], 4)}
              </td>
            ))}
          </tr>
        </DataTable>
      ) : (
        <p>
          <strong>{tr.uncalibrated}</strong>
        </p>
      )}
      {set.calibrationNote ? <p className="field-hint">{set.calibrationNote}</p> : null}
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
      <div className="button-row">
        <button type="button" className="button-primary" onClick={() => void calibrate(null)}>
          {tr.fromStatistics}
        </button>
        {isCalibrated(set.factors) ? (
          <button type="button" onClick={() => void calibrate(null, true)}>
            {tr.reset}
          </button>
        ) : null}
      </div>
      <details>
        <summary>{tr.manualHeading}</summary>
        <form className="needs-inline-form" onSubmit={submitTo(() => calibrate(manualNumbers()))}>
          {SETTINGS.map((s) => (
            <NumberRow key={s} id={`${id}-${s}`} label={SETTING_LABELS[s]} value={manual[s]} onChange={(v) => setManual({ ...manual, [s]: v })} />
          ))}
          <TextRow id={`${id}-src`} label={tr.observedSource} value={label} onChange={setLabel} />
          <div className="button-row">
            <button type="submit">{tr.calibrate}</button>
          </div>
        </form>
      </details>
      <ErrorMessage message={error} />
    </Card>
  );
}
