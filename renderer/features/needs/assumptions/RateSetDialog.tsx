/**
 * Create, edit or copy a set of Pflegequoten: one row per age band (optionally also per sex),
 * one column per care setting, values typed in percent. Keeps to RateSet/RateValue of
 * shared/needs/careRates.ts; rows "insgesamt" are required, male/female rows are optional.
 */
import { useId, useState } from 'react';
import type { RateSetDto } from '../../../../shared/contract/needsSchemas';
import { readGermanNumber, toGermanInput } from '../../../../shared/germanNumber';
import { bandLabel, parseBandKey, sortBandKeys } from '../../../../shared/needs/ageBands';
import { SETTING_LABELS, SETTINGS, type RateValue, type Setting } from '../../../../shared/needs/careRates';
import { invoke } from '../../../api';
import { GermanNumberInput } from '../../../components/GermanNumberInput';
import { TextRow } from '../FormRow';
import { needsTexts } from '../texts';
import { AssumptionDialog } from './AssumptionDialog';
import type { FormMode } from './RowActions';

const t = needsTexts.rateForm;
type Sex = RateValue['sex'];
const key = (band: string, sex: Sex, setting: Setting) => `${band}|${sex}|${setting}`;

export function RateSetDialog({ mode, template, onClose }: { mode: NonNullable<FormMode<RateSetDto>>; template: RateSetDto | undefined; onClose: () => void }) {
  const id = useId();
  const source = mode.kind === 'new' ? template : mode.record;
  const [name, setName] = useState(mode.kind === 'edit' ? mode.record.name : mode.kind === 'copy' ? needsTexts.assumptions.copyOf(mode.record.name) : t.newTitle);
  const [sourceText, setSourceText] = useState(source?.source ?? '');
  const [note, setNote] = useState(source?.note ?? '');
  const [bands, setBands] = useState<string[]>(() => sortBandKeys(new Set(source?.values.map((v) => v.ageBand) ?? [])));
  const [cells, setCells] = useState<Record<string, string>>(() => Object.fromEntries((source?.values ?? []).map((v) => [key(v.ageBand, v.sex, v.setting), toGermanInput(v.rate * 100)])));
  const [bySex, setBySex] = useState(() => (source?.values ?? []).some((v) => v.sex !== 'insgesamt'));
  const [newBand, setNewBand] = useState('');
  const sexes: Sex[] = bySex ? ['insgesamt', 'maennlich', 'weiblich'] : ['insgesamt'];

  const save = async () => {
    const values: RateValue[] = [];
    for (const band of bands)
      for (const sex of sexes)
        for (const setting of SETTINGS) {
          const text = cells[key(band, sex, setting)] ?? '';
          const r = readGermanNumber(text);
          const cell = t.cell(bandLabel(band), SETTING_LABELS[setting], sex === 'insgesamt' ? '' : t.sexLabels[sex]);
          if (!r.ok) throw new Error(t.bad(cell, r.message));
          if (r.value !== null) values.push({ ageBand: band, sex, setting, rate: r.value / 100 });
        }
    const input = { name, source: sourceText, note, values };
    const saved = mode.kind === 'edit' ? await invoke('needs.rateSets.save', { id: mode.record.id, ...input }) : await invoke('needs.rateSets.save', { id: null, ...input });
    return needsTexts.assumptions.saved(saved.name);
  };
  const addBand = () => {
    const k = newBand.trim().replace(/\s/g, '').replace(/–/g, '-');
    if (!parseBandKey(k) || bands.includes(k)) return;
    setBands(sortBandKeys(new Set([...bands, k])));
    setNewBand('');
  };
  const title = mode.kind === 'new' ? t.newTitle : mode.kind === 'edit' ? t.editTitle(mode.record.name) : t.copyTitle(mode.record.name);
  return (
    <AssumptionDialog title={title} saveLabel={t.save} save={save} onClose={onClose} size="large">
      <TextRow id={`${id}-n`} label={t.name} value={name} onChange={setName} />
      <TextRow id={`${id}-s`} label={t.source} value={sourceText} onChange={setSourceText} />
      <TextRow id={`${id}-note`} label={t.note} value={note} onChange={setNote} />
      <div className="field stock-checkbox">
        <label>
          <input type="checkbox" checked={bySex} onChange={(e) => setBySex(e.target.checked)} /> {t.bySex}
        </label>
      </div>
      <div className="table-scroll" role="group" aria-label={t.tableCaption} tabIndex={0}>
        <table className="data-table rate-grid">
          <caption>{t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{needsTexts.rates.colBand}</th>
              {bySex ? <th scope="col">{needsTexts.rates.colSex}</th> : null}
              {SETTINGS.map((s) => (
                <th key={s} scope="col">
                  {SETTING_LABELS[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bands.flatMap((band) =>
              sexes.map((sex) => (
                <tr key={`${band}|${sex}`}>
                  <th scope="row">{sex === 'insgesamt' ? bandLabel(band) : ''}</th>
                  {bySex ? <td>{t.sexLabels[sex]}</td> : null}
                  {SETTINGS.map((setting) => {
                    const k = key(band, sex, setting);
                    return (
                      <td key={setting}>
                        <GermanNumberInput
                          id={`${id}-${k.replace(/[^\w]/g, '_')}`}
                          aria-label={t.cell(bandLabel(band), SETTING_LABELS[setting], sex === 'insgesamt' ? '' : t.sexLabels[sex])}
                          className="rate-cell"
                          quiet
                          value={cells[k] ?? ''}
                          onChange={(v) => setCells({ ...cells, [k]: v })}
                        />
                      </td>
                    );
                  })}
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <div className="needs-inline-form">
        <TextRow id={`${id}-nb`} label={t.newBand} short value={newBand} onChange={setNewBand} />
        <div className="button-row">
          <button type="button" onClick={addBand}>
            {t.addBand}
          </button>
        </div>
      </div>
    </AssumptionDialog>
  );
}
