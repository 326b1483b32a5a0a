/** Rate sets: the Pflegequoten per age band and setting, with their calibration per setting to the Kreis. */
import { useId, useState } from 'react';
import { bandLabel, sortBandKeys } from '../../../shared/needs/ageBands';
import { hasRatesBySex, isCalibrated, SETTING_LABELS, SETTINGS, type Setting } from '../../../shared/needs/careRates';
import type { RateSetDto } from '../../../shared/contract/needsSchemas';
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
const factorText = (f: RateSetDto['factors']) => SETTINGS.filter((s) => f[s] !== 1).map((s) => `${SETTING_LABELS[s]} ${fmt(f[s], 4)}`).join('; ');

export function RatesSection() {
  const rateSets = useNeeds((s) => s.rateSets);
  const { error, run } = useNeedsChange();
  return (
    <>
      {rateSets.map((set) => (
        <RateSetCard key={set.id} set={set} run={run} />
      ))}
      <ErrorMessage message={error} />
    </>
  );
}

function RateSetCard({ set, run }: { set: RateSetDto; run: (change: () => Promise<string>) => Promise<void> }) {
  const id = useId();
  const [manual, setManual] = useState<Record<Setting, string>>({ pflegegeld: '', ambulant: '', vollstationaer: '', teilstationaer: '' });
  const [label, setLabel] = useState('');
  const bands = sortBandKeys(new Set(set.values.map((v) => v.ageBand)));
  const settings = SETTINGS.filter((s) => set.values.some((v) => v.setting === s));
  const rate = (b: string, s: Setting) => set.values.find((v) => v.ageBand === b && v.setting === s && v.sex === 'insgesamt')?.rate;
  const calibrate = (observed: Record<Setting, number | null> | null, reset = false) =>
    run(async () => {
      const r = await invoke('needs.rateSets.calibrate', { id: set.id, observed, label, reset });
      return reset ? tr.uncalibrated : tr.calibrated(factorText(r.factors));
    });
  const manualNumbers = () => Object.fromEntries(SETTINGS.map((s) => [s, manual[s].trim() === '' ? null : (parseGermanDecimal(manual[s]) ?? NaN)])) as Record<Setting, number | null>;
  return (
    <Card heading={<>{tr.heading}: {set.name}</>}>
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
            <TextRow key={s} id={`${id}-${s}`} label={SETTING_LABELS[s]} short inputMode="decimal" value={manual[s]} onChange={(v) => setManual({ ...manual, [s]: v })} />
          ))}
          <TextRow id={`${id}-src`} label={tr.observedSource} value={label} onChange={setLabel} />
          <div className="button-row">
            <button type="submit">{tr.calibrate}</button>
          </div>
        </form>
      </details>
    </Card>
  );
}
