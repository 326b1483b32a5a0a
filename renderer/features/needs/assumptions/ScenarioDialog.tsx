/** Create, edit or copy a projection scenario: population method, growth rates, rate set, trend of the rates, end year. */
import { useId, useState } from 'react';
import type { ScenarioDto } from '../../../../shared/contract/needsSchemas';
import { germanNumberOrThrow, toGermanInput } from '../../../../shared/germanNumber';
import { invoke } from '../../../api';
import { NumberRow, SelectRow, TextRow } from '../FormRow';
import { useNeeds } from '../needsStore';
import { needsTexts } from '../texts';
import { AssumptionDialog } from './AssumptionDialog';
import type { FormMode } from './RowActions';

const ts = needsTexts.scenarios;
const tf = needsTexts.scenarioForm;
type Method = ScenarioDto['method'];

export function ScenarioDialog({ mode, onClose }: { mode: NonNullable<FormMode<ScenarioDto>>; onClose: () => void }) {
  const id = useId();
  const datasets = useNeeds((s) => s.datasets);
  const rateSets = useNeeds((s) => s.rateSets);
  const baseYear = useNeeds((s) => s.analysis?.baseYear ?? null);
  const projections = datasets.filter((d) => d.kind === 'vorausberechnung' && d.level === 'gemeinde');
  const r = mode.kind === 'new' ? null : mode.record;
  const g = (k: string) => toGermanInput(r?.growth[k] ?? 0);
  const [d, setD] = useState({
    name: r ? (mode.kind === 'copy' ? needsTexts.assumptions.copyOf(r.name) : r.name) : '',
    method: (r?.method ?? 'wachstum') as Method,
    all: g('*'),
    g80: g('80-85'),
    g90: g('90+'),
    trend: toGermanInput(r?.rateTrend ?? 0),
    endYear: String(r?.endYear ?? (baseYear ?? 2025) + 20),
    dataset: r?.projectionDatasetId ?? '',
    rateSetId: r?.rateSetId ?? rateSets[0]?.id ?? '',
  });
  const set = (patch: Partial<typeof d>) => setD({ ...d, ...patch });
  const save = async () => {
    const num = (text: string, label: string) => germanNumberOrThrow(text, label) ?? 0;
    // Growth rates of the other bands are kept as they were (the form shows the common ones).
    const growth: Record<string, number> = d.method === 'wachstum' ? { ...(r?.growth ?? {}), '*': num(d.all, ts.growthAll), '80-85': num(d.g80, ts.growth80), '85-90': num(d.g80, ts.growth80), '90+': num(d.g90, ts.growth90) } : {};
    const saved = await invoke('needs.scenarios.save', {
      id: mode.kind === 'edit' ? mode.record.id : null,
      name: d.name,
      method: d.method,
      growth,
      rateTrend: num(d.trend, ts.trend),
      rateSetId: d.rateSetId || null,
      endYear: Number(d.endYear),
      projectionDatasetId: d.method === 'tabelle' ? d.dataset || null : null,
    });
    return needsTexts.assumptions.saved(saved.name);
  };
  const title = mode.kind === 'new' ? tf.newTitle : mode.kind === 'edit' ? tf.editTitle(mode.record.name) : tf.copyTitle(mode.record.name);
  return (
    <AssumptionDialog title={title} saveLabel={ts.save} save={save} onClose={onClose}>
      <TextRow id={`${id}-n`} label={ts.name} value={d.name} onChange={(name) => set({ name })} />
      <SelectRow id={`${id}-m`} label={ts.method} value={d.method} onChange={(v) => set({ method: v as Method })}>
        <option value="konstant">{ts.methods.konstant}</option>
        <option value="wachstum">{ts.methods.wachstum}</option>
        {projections.length > 0 || d.method === 'tabelle' ? <option value="tabelle">{ts.methods.tabelle}</option> : null}
      </SelectRow>
      {d.method === 'wachstum' ? (
        <div className="needs-inline-form">
          <NumberRow id={`${id}-all`} label={ts.growthAll} value={d.all} onChange={(all) => set({ all })} />
          <NumberRow id={`${id}-g80`} label={ts.growth80} value={d.g80} onChange={(g80) => set({ g80 })} />
          <NumberRow id={`${id}-g90`} label={ts.growth90} value={d.g90} onChange={(g90) => set({ g90 })} />
        </div>
      ) : null}
      {d.method === 'tabelle' ? (
        <SelectRow id={`${id}-d`} label={ts.dataset} value={d.dataset} onChange={(dataset) => set({ dataset })}>
          <option value="">–</option>
          {projections.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectRow>
      ) : null}
      <SelectRow id={`${id}-r`} label={tf.rateSet} value={d.rateSetId} onChange={(rateSetId) => set({ rateSetId })}>
        {rateSets.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectRow>
      <div className="needs-inline-form">
        <NumberRow id={`${id}-t`} label={ts.trend} value={d.trend} onChange={(trend) => set({ trend })} />
        <TextRow id={`${id}-e`} label={ts.endYear} short inputMode="numeric" value={d.endYear} onChange={(endYear) => set({ endYear })} />
      </div>
    </AssumptionDialog>
  );
}
