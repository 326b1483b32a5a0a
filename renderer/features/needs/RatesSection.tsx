/** Rate sets: the Pflegequoten per age band and setting, with their calibration to an observed count. */
import { useId, useState } from 'react';
import { bandLabel, sortBandKeys } from '../../../shared/needs/ageBands';
import { SETTING_LABELS, type Setting } from '../../../shared/needs/careRates';
import { parseGermanDecimal } from '../../../shared/format';
import { invoke } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Card } from './Card';
import { DataTable } from './DataTable';
import { fmt } from './format';
import { submitTo, TextRow } from './FormRow';
import { useNeeds } from './needsStore';
import { needsTexts } from './texts';
import { useNeedsChange } from './useNeedsChange';

const tr = needsTexts.rates;
const pct = (f: number) => `${fmt(f * 100, 2)} %`;

export function RatesSection() {
  const id = useId();
  const rateSets = useNeeds((s) => s.rateSets);
  const [observed, setObserved] = useState('');
  const [label, setLabel] = useState('');
  const { error, run } = useNeedsChange();
  const calibrate = (rateSetId: string, reset = false) =>
    run(async () => {
      const r = await invoke('needs.rateSets.calibrate', { id: rateSetId, observed: parseGermanDecimal(observed) ?? (reset ? 1 : NaN), label: label || (reset ? '-' : ''), reset });
      return reset ? tr.uncalibrated : tr.calibrated(fmt(r.factor, 4));
    });
  return (
    <>
      {rateSets.map((set) => {
        const bands = sortBandKeys(new Set(set.values.map((v) => v.ageBand)));
        const settings = (['pflegegeld', 'ambulant', 'vollstationaer', 'teilstationaer'] as Setting[]).filter((s) => set.values.some((v) => v.setting === s));
        const rate = (b: string, s: Setting) => set.values.find((v) => v.ageBand === b && v.setting === s && v.sex === 'insgesamt')?.rate;
        return (
          <Card
            key={set.id}
            heading={
              <>
                {tr.heading}: {set.name}
              </>
            }
          >
            <p>
              <strong>{set.factor === 1 ? tr.uncalibrated : tr.factor(fmt(set.factor, 4))}</strong> {set.calibrationNote}
            </p>
            <DataTable label={set.name} columns={[tr.colBand, ...settings.map((s) => SETTING_LABELS[s]), 'Zusammen']}>
              {bands.map((b) => (
                <tr key={b}>
                  <th scope="row">{bandLabel(b)}</th>
                  {settings.map((s) => (
                    <td key={s} className="num">
                      {rate(b, s) === undefined ? '–' : pct(rate(b, s)!)}
                    </td>
                  ))}
                  <td className="num">{pct(settings.filter((s) => s !== 'teilstationaer').reduce((a, s) => a + (rate(b, s) ?? 0), 0))}</td>
                </tr>
              ))}
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
            <form className="needs-inline-form" onSubmit={submitTo(() => calibrate(set.id))}>
              <TextRow id={`${id}-${set.id}-obs`} label={tr.observed} short inputMode="decimal" value={observed} onChange={setObserved} />
              <TextRow id={`${id}-${set.id}-src`} label={tr.observedSource} value={label} onChange={setLabel} />
              <div className="button-row">
                <button type="submit">{tr.calibrate}</button>
                {set.factor !== 1 ? (
                  <button type="button" onClick={() => void calibrate(set.id, true)}>
                    {tr.reset}
                  </button>
                ) : null}
              </div>
            </form>
          </Card>
        );
      })}
      <ErrorMessage message={error} />
    </>
  );
}
