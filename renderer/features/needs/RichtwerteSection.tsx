/** Richtwerte (supply norms) and Betreuungsschlüssel, with the forms to add a Richtwert and set reachability. */
import { useId, useState } from 'react';
import { SETTING_LABELS, type Setting } from '../../../shared/needs/careRates';
import { parseGermanDecimal } from '../../../shared/format';
import { invoke } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Card } from './Card';
import { DataTable } from './DataTable';
import { fmt } from './format';
import { bindText, SelectRow, submitTo, TextRow } from './FormRow';
import { useNeeds } from './needsStore';
import { ReachSettingsForm } from './ReachSettingsForm';
import { needsTexts } from './texts';
import { useNeedsChange } from './useNeedsChange';

const tw = needsTexts.richtwerte;

export function RichtwerteSection() {
  const richtwerte = useNeeds((s) => s.richtwerte);
  const staffing = useNeeds((s) => s.staffing);
  const basisText = (b: (typeof richtwerte)[number]['basis']) =>
    b.kind === 'faelle' ? `Fälle ${SETTING_LABELS[b.setting]} × ${fmt(b.share * 100)} % ÷ Auslastung ${fmt(b.occupancy * 100)} %` : `${fmt(b.value, 1)} je ${fmt(b.per)} Einwohner ${b.minAge}+`;
  return (
    <>
      <Card heading={tw.heading}>
        <DataTable label={tw.heading} columns={[tw.colLabel, tw.colType, tw.colBasis]}>
          {richtwerte.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              <td>{r.offerType}</td>
              <td>{basisText(r.basis)}</td>
            </tr>
          ))}
        </DataTable>
        <RichtwertForm />
      </Card>
      <Card heading={tw.staffingHeading}>
        <DataTable label={tw.staffingHeading} columns={[tw.colLabel, tw.colSteps, tw.colFilter]}>
          {staffing.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              <td>{r.steps.map((s) => `ab ${s.fromYear}: 1 : ${fmt(s.peoplePerVze)} (Einw. ${r.minAge}+)`).join('; ')}</td>
              <td>{r.staffFilter || 'alle Stellen'}</td>
            </tr>
          ))}
        </DataTable>
      </Card>
      <ReachSettingsForm />
    </>
  );
}

type Draft = { label: string; offerType: string; kind: 'einwohner' | 'faelle'; setting: Setting; occupancy: string; minAge: string; per: string; value: string };

/** Adds a Richtwert (per cases of a setting with occupancy, or per 1,000 inhabitants of an age). */
export function RichtwertForm() {
  const id = useId();
  const [d, setD] = useState<Draft>({ label: '', offerType: 'tagespflege', kind: 'einwohner', setting: 'vollstationaer', occupancy: '95', minAge: '65', per: '1000', value: '' });
  const { error, run } = useNeedsChange();
  const num = (s: string) => parseGermanDecimal(s) ?? NaN;
  const save = () =>
    run(async () => {
      await invoke('needs.richtwerte.save', {
        id: null,
        label: d.label,
        offerType: d.offerType,
        basis: d.kind === 'faelle' ? { kind: 'faelle', setting: d.setting, share: 1, occupancy: num(d.occupancy) / 100 } : { kind: 'einwohner', minAge: num(d.minAge), per: num(d.per), value: num(d.value) },
      });
      setD({ ...d, label: '', value: '' });
      return tw.saved;
    });
  const text = bindText(d, setD);
  return (
    <form className="form" aria-labelledby={`${id}-h`} onSubmit={submitTo(save)}>
      <h3 id={`${id}-h`}>{tw.add}</h3>
      <div className="needs-inline-form">
        <TextRow id={`${id}-l`} label={tw.colLabel} {...text('label')} />
        <TextRow id={`${id}-t`} label={tw.colType} short {...text('offerType')} />
        <SelectRow id={`${id}-k`} label={tw.colBasis} short value={d.kind} onChange={(v) => setD({ ...d, kind: v as Draft['kind'] })}>
          <option value="einwohner">{tw.kindEinwohner}</option>
          <option value="faelle">{tw.kindFaelle}</option>
        </SelectRow>
      </div>
      {d.kind === 'faelle' ? (
        <div className="needs-inline-form">
          <SelectRow id={`${id}-s`} label={needsTexts.results.setting} short value={d.setting} onChange={(v) => setD({ ...d, setting: v as Setting })}>
            {(['vollstationaer', 'ambulant', 'pflegegeld'] as Setting[]).map((s) => (
              <option key={s} value={s}>
                {SETTING_LABELS[s]}
              </option>
            ))}
          </SelectRow>
          <TextRow id={`${id}-o`} label={tw.occupancy} short inputMode="decimal" {...text('occupancy')} />
        </div>
      ) : (
        <div className="needs-inline-form">
          <TextRow id={`${id}-v`} label={tw.value} short inputMode="decimal" {...text('value')} />
          <TextRow id={`${id}-p`} label={tw.per} short inputMode="numeric" {...text('per')} />
          <TextRow id={`${id}-a`} label={tw.minAge} short inputMode="numeric" {...text('minAge')} />
        </div>
      )}
      <ErrorMessage message={error} />
      <div className="button-row">
        <button type="submit">{tw.save}</button>
      </div>
    </form>
  );
}
