/** Create, edit or copy a projection scenario: population method (cohort model and its assumptions, growth rates, official table), rate set, rate preset and trend, end year. */
import { useId, useState } from 'react';
import type { ScenarioDto } from '../../../../shared/contract/needsSchemas';
import { germanNumberOrThrow, toGermanInput } from '../../../../shared/germanNumber';
import { DEFAULT_COHORT_SPEC } from '../../../../shared/needs/cohortScenario';
import { RATE_PRESETS, ratePreset } from '../../../../shared/needs/ratePresets';
import { invoke } from '../../../api';
import { NumberRow, SelectRow, TextRow } from '../FormRow';
import { useNeeds } from '../needsStore';
import { needsTexts } from '../texts';
import { AssumptionDialog } from './AssumptionDialog';
import type { FormMode } from './RowActions';

const ts = needsTexts.scenarios;
const tf = needsTexts.scenarioForm;
type Method = ScenarioDto['method'];
type Migration = NonNullable<ScenarioDto['cohort']>['migration'];

export function ScenarioDialog({ mode, onClose }: { mode: NonNullable<FormMode<ScenarioDto>>; onClose: () => void }) {
  const id = useId();
  const datasets = useNeeds((s) => s.datasets);
  const rateSets = useNeeds((s) => s.rateSets);
  const baseYear = useNeeds((s) => s.analysis?.baseYear ?? null);
  const projections = datasets.filter((d) => d.kind === 'vorausberechnung' && d.level === 'gemeinde');
  const kreisProjections = datasets.filter((d) => d.kind === 'vorausberechnung' && d.level === 'kreis');
  const r = mode.kind === 'new' ? null : mode.record;
  const g = (k: string) => toGermanInput(r?.growth[k] ?? 0);
  const [d, setD] = useState({
    name: r ? (mode.kind === 'copy' ? needsTexts.assumptions.copyOf(r.name) : r.name) : '',
    method: (r?.method ?? 'kohorte') as Method,
    all: g('*'),
    g80: g('80-85'),
    g90: g('90+'),
    trend: toGermanInput(r?.rateTrend ?? 0),
    endYear: String(r?.endYear ?? (baseYear ?? 2025) + 20),
    dataset: r?.projectionDatasetId ?? '',
    rateSetId: r?.rateSetId ?? rateSets[0]?.id ?? '',
    preset: r ? (r.ratePreset ?? '') : 'konstant',
    until: r?.rateTrendUntil ? String(r.rateTrendUntil) : '',
    migration: (r?.cohort?.migration ?? DEFAULT_COHORT_SPEC.migration) as Migration,
    damping: toGermanInput(r?.cohort?.damping ?? DEFAULT_COHORT_SPEC.damping),
    net: toGermanInput(r?.cohort?.netPerYear ?? 0),
    decline: toGermanInput(r?.cohort?.mortalityDecline ?? DEFAULT_COHORT_SPEC.mortalityDecline),
  });
  const chosenPreset = ratePreset(d.preset);
  const choosePreset = (presetId: string) => {
    const p = ratePreset(presetId);
    setD({ ...d, preset: presetId, ...(p ? { trend: toGermanInput(p.rateTrend), until: p.rateTrendUntil === null ? '' : String(p.rateTrendUntil) } : {}) });
  };
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
      rateTrendUntil: d.until.trim() === '' ? null : Number(d.until),
      ratePreset: chosenPreset ? chosenPreset.id : null,
      rateSetId: d.rateSetId || null,
      endYear: Number(d.endYear),
      projectionDatasetId: d.method === 'tabelle' || d.method === 'kohorte' ? d.dataset || null : null,
      cohort: d.method === 'kohorte' ? { migration: d.migration, damping: num(d.damping, ts.damping), netPerYear: num(d.net, ts.net), mortalityDecline: num(d.decline, ts.decline) } : null,
    });
    return needsTexts.assumptions.saved(saved.name);
  };
  const title = mode.kind === 'new' ? tf.newTitle : mode.kind === 'edit' ? tf.editTitle(mode.record.name) : tf.copyTitle(mode.record.name);
  return (
    <AssumptionDialog title={title} saveLabel={ts.save} save={save} onClose={onClose}>
      <TextRow id={`${id}-n`} label={ts.name} value={d.name} onChange={(name) => set({ name })} />
      <SelectRow id={`${id}-m`} label={ts.method} value={d.method} onChange={(v) => set({ method: v as Method, dataset: '' })}>
        <option value="kohorte">{ts.methods.kohorte}</option>
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
      {d.method === 'kohorte' ? (
        <>
          <SelectRow id={`${id}-mig`} label={ts.migration} value={d.migration} onChange={(v) => set({ migration: v as Migration })}>
            {(Object.keys(ts.migrations) as Migration[]).map((m) => (
              <option key={m} value={m}>
                {ts.migrations[m]}
              </option>
            ))}
          </SelectRow>
          <div className="needs-inline-form">
            {d.migration === 'gedaempft' ? <NumberRow id={`${id}-damp`} label={ts.damping} value={d.damping} onChange={(damping) => set({ damping })} /> : null}
            {d.migration === 'eingabe' ? <NumberRow id={`${id}-net`} label={ts.net} value={d.net} onChange={(net) => set({ net })} /> : null}
            <NumberRow id={`${id}-dec`} label={ts.decline} value={d.decline} onChange={(decline) => set({ decline })} />
          </div>
          {kreisProjections.length > 0 ? (
            <SelectRow id={`${id}-ctl`} label={ts.control} value={d.dataset} onChange={(dataset) => set({ dataset })}>
              <option value="">{ts.noControl}</option>
              {kreisProjections.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectRow>
          ) : null}
        </>
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
      <SelectRow id={`${id}-p`} label={ts.preset} value={d.preset} onChange={choosePreset}>
        {RATE_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
        <option value="">{ts.ownPreset}</option>
      </SelectRow>
      {chosenPreset ? <p className="field-hint">{chosenPreset.explanation}</p> : null}
      <div className="needs-inline-form">
        <NumberRow id={`${id}-t`} label={ts.trend} value={d.trend} onChange={(trend) => set({ trend, preset: '' })} />
        <TextRow id={`${id}-u`} label={ts.trendUntil} short inputMode="numeric" value={d.until} onChange={(until) => set({ until, preset: '' })} />
        <TextRow id={`${id}-e`} label={ts.endYear} short inputMode="numeric" value={d.endYear} onChange={(endYear) => set({ endYear })} />
      </div>
    </AssumptionDialog>
  );
}
