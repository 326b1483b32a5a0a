/** Projection scenarios: list, delete, and add one (cohort model, constant, growth rates, or a projection table). */
import { useId, useState } from 'react';
import { parseGermanDecimal } from '../../../shared/format';
import { invoke } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Card } from './Card';
import { DataTable } from './DataTable';
import { DeleteButton } from './DeleteButton';
import { AddButton, DraftForm } from './DraftForm';
import { RATE_PRESETS, ratePreset } from '../../../shared/needs/ratePresets';
import { fmt } from './format';
import { bindText, SelectRow, TextRow } from './FormRow';
import { useNeeds } from './needsStore';
import { needsTexts } from './texts';
import { useNeedsChange } from './useNeedsChange';

const ts = needsTexts.scenarios;
type Method = 'konstant' | 'wachstum' | 'tabelle' | 'kohorte';
type Migration = 'keine' | 'beobachtet' | 'gedaempft' | 'eingabe';

export function ScenariosSection() {
  const id = useId();
  const scenarios = useNeeds((s) => s.scenarios);
  const datasets = useNeeds((s) => s.datasets);
  const rateSets = useNeeds((s) => s.rateSets);
  const baseYear = useNeeds((s) => s.analysis?.baseYear ?? null);
  const projections = datasets.filter((d) => d.kind === 'vorausberechnung' && d.level === 'gemeinde');
  const kreisProjections = datasets.filter((d) => d.kind === 'vorausberechnung' && d.level === 'kreis');
  const [draft, setDraft] = useState({
    name: '',
    method: 'kohorte' as Method,
    all: '0',
    g80: '0',
    g90: '0',
    preset: 'konstant',
    trend: '0',
    until: '',
    endYear: String((baseYear ?? 2025) + 20),
    dataset: '',
    migration: 'gedaempft' as Migration,
    damping: '0,2',
    net: '0',
    decline: '1',
  });
  const choosePreset = (presetId: string) => {
    const p = ratePreset(presetId);
    setDraft({ ...draft, preset: presetId, ...(p ? { trend: fmt(p.rateTrend, 2), until: p.rateTrendUntil === null ? '' : String(p.rateTrendUntil) } : {}) });
  };
  const chosenPreset = ratePreset(draft.preset);
  const [open, setOpen] = useState(false);
  const { error, run, runDelete } = useNeedsChange();

  const save = () =>
    run(async () => {
      const num = (s: string) => parseGermanDecimal(s) ?? NaN;
      const growth: Record<string, number> = {};
      if (draft.method === 'wachstum') {
        growth['*'] = num(draft.all);
        growth['80-85'] = num(draft.g80);
        growth['85-90'] = num(draft.g80);
        growth['90+'] = num(draft.g90);
      }
      await invoke('needs.scenarios.save', {
        id: null,
        name: draft.name,
        method: draft.method,
        growth,
        rateTrend: num(draft.trend),
        rateTrendUntil: draft.until.trim() === '' ? null : Number(draft.until),
        ratePreset: chosenPreset ? chosenPreset.id : null,
        rateSetId: rateSets[0]?.id ?? null,
        endYear: Number(draft.endYear),
        projectionDatasetId: draft.method === 'tabelle' || draft.method === 'kohorte' ? draft.dataset || null : null,
        cohort: draft.method === 'kohorte' ? { migration: draft.migration, damping: num(draft.damping), netPerYear: num(draft.net), mortalityDecline: num(draft.decline) } : null,
      });
      setOpen(false);
      return ts.saved;
    });
  const remove = (sid: string) => runDelete(() => invoke('needs.scenarios.delete', { id: sid }), ts.deleted);
  const text = bindText(draft, setDraft);

  return (
    <Card heading={ts.heading}>
      <DataTable label={ts.heading} columns={[ts.colName, ts.colMethod, ts.colPreset, ts.colEnd]} actions>
        {scenarios.map((s) => (
          <tr key={s.id}>
            <th scope="row">{s.name}</th>
            <td>
              {ts.methods[s.method]}
              {s.method === 'wachstum' ? ` (${ts.growthText(s.growth)})` : ''}
              {s.cohort ? ` (${ts.cohortText(s.cohort)})` : ''}
            </td>
            <td>
              {ratePreset(s.ratePreset)?.label ?? ts.ownPreset}: {ts.trendText(fmt(s.rateTrend, 2), s.rateTrendUntil)}
            </td>
            <td>{s.endYear}</td>
            <td className="actions-cell">
              <DeleteButton label={ts.delete(s.name)} onClick={() => void remove(s.id)} />
            </td>
          </tr>
        ))}
      </DataTable>
      <ErrorMessage message={error} />
      {open ? (
        <DraftForm saveLabel={ts.save} onSave={save} onCancel={() => setOpen(false)}>
          <TextRow id={`${id}-n`} label={ts.name} {...text('name')} />
          <SelectRow id={`${id}-m`} label={ts.method} short value={draft.method} onChange={(v) => setDraft({ ...draft, method: v as Method, dataset: '' })}>
            <option value="kohorte">{ts.methods.kohorte}</option>
            <option value="konstant">{ts.methods.konstant}</option>
            <option value="wachstum">{ts.methods.wachstum}</option>
            {projections.length > 0 ? <option value="tabelle">{ts.methods.tabelle}</option> : null}
          </SelectRow>
          {draft.method === 'wachstum' ? (
            <div className="needs-inline-form">
              {(
                [
                  ['all', ts.growthAll],
                  ['g80', ts.growth80],
                  ['g90', ts.growth90],
                ] as const
              ).map(([k, l]) => (
                <TextRow key={k} id={`${id}-${k}`} label={l} short inputMode="decimal" {...text(k)} />
              ))}
            </div>
          ) : null}
          {draft.method === 'kohorte' ? (
            <>
              <SelectRow id={`${id}-mig`} label={ts.migration} short value={draft.migration} onChange={(v) => setDraft({ ...draft, migration: v as Migration })}>
                {(Object.keys(ts.migrations) as Migration[]).map((m) => (
                  <option key={m} value={m}>
                    {ts.migrations[m]}
                  </option>
                ))}
              </SelectRow>
              <div className="needs-inline-form">
                {draft.migration === 'gedaempft' ? <TextRow id={`${id}-damp`} label={ts.damping} short inputMode="decimal" {...text('damping')} /> : null}
                {draft.migration === 'eingabe' ? <TextRow id={`${id}-net`} label={ts.net} short inputMode="decimal" {...text('net')} /> : null}
                <TextRow id={`${id}-dec`} label={ts.decline} short inputMode="decimal" {...text('decline')} />
              </div>
              {kreisProjections.length > 0 ? (
                <SelectRow id={`${id}-ctl`} label={ts.control} short {...text('dataset')}>
                  <option value="">{ts.noControl}</option>
                  {kreisProjections.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
                </SelectRow>
              ) : null}
            </>
          ) : null}
          {draft.method === 'tabelle' ? (
            <SelectRow id={`${id}-d`} label={ts.dataset} short {...text('dataset')}>
              <option value="">–</option>
              {projections.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </SelectRow>
          ) : null}
          <SelectRow id={`${id}-p`} label={ts.preset} value={draft.preset} onChange={choosePreset}>
            {RATE_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
            <option value="">{ts.ownPreset}</option>
          </SelectRow>
          {chosenPreset ? <p className="field-hint">{chosenPreset.explanation}</p> : null}
          <div className="needs-inline-form">
            <TextRow id={`${id}-t`} label={ts.trend} short inputMode="decimal" value={draft.trend} onChange={(v) => setDraft({ ...draft, trend: v, preset: '' })} />
            <TextRow id={`${id}-u`} label={ts.trendUntil} short inputMode="numeric" value={draft.until} onChange={(v) => setDraft({ ...draft, until: v, preset: '' })} />
            <TextRow id={`${id}-e`} label={ts.endYear} short inputMode="numeric" {...text('endYear')} />
          </div>
        </DraftForm>
      ) : (
        <AddButton label={ts.add} onClick={() => setOpen(true)} />
      )}
    </Card>
  );
}
