/** Create, edit or copy a Richtwert: places per inhabitants of an age, or per care cases of a setting with share and occupancy. */
import { useId, useState } from 'react';
import type { z } from 'zod';
import type { richtwertSchema } from '../../../../shared/contract/needsSchemas';
import { germanNumberOrThrow, toGermanInput } from '../../../../shared/germanNumber';
import { SETTING_LABELS, type Setting } from '../../../../shared/needs/careRates';
import { invoke } from '../../../api';
import { OfferTypeSelect } from '../../../components/OfferTypeSelect';
import { FormRow, NumberRow, SelectRow, TextRow } from '../FormRow';
import { needsTexts } from '../texts';
import { AssumptionDialog } from './AssumptionDialog';
import type { FormMode } from './RowActions';

export type Richtwert = z.infer<typeof richtwertSchema>;
const tw = needsTexts.richtwerte;
const tf = needsTexts.richtwertForm;

type Draft = { label: string; offerType: string; kind: 'einwohner' | 'faelle'; setting: Setting; share: string; occupancy: string; minAge: string; per: string; value: string };

function draftOf(r: Richtwert | null, copy: boolean): Draft {
  const blank: Draft = { label: '', offerType: 'tagespflege', kind: 'einwohner', setting: 'vollstationaer', share: '100', occupancy: '95', minAge: '65', per: '1.000', value: '' };
  if (!r) return blank;
  const b = r.basis;
  const common = { ...blank, label: copy ? needsTexts.assumptions.copyOf(r.label) : r.label, offerType: r.offerType, kind: b.kind };
  return b.kind === 'faelle'
    ? { ...common, setting: b.setting, share: toGermanInput(b.share * 100), occupancy: toGermanInput(b.occupancy * 100) }
    : { ...common, minAge: toGermanInput(b.minAge), per: toGermanInput(b.per), value: toGermanInput(b.value) };
}

export function RichtwertDialog({ mode, onClose }: { mode: NonNullable<FormMode<Richtwert>>; onClose: () => void }) {
  const id = useId();
  const record = mode.kind === 'new' ? null : mode.record;
  const [d, setD] = useState<Draft>(() => draftOf(record, mode.kind === 'copy'));
  const set = (patch: Partial<Draft>) => setD({ ...d, ...patch });
  const num = (text: string, label: string) => germanNumberOrThrow(text, label) ?? NaN;
  const save = async () => {
    const basis =
      d.kind === 'faelle'
        ? { kind: 'faelle' as const, setting: d.setting, share: num(d.share, tf.share) / 100, occupancy: num(d.occupancy, tw.occupancy) / 100 }
        : { kind: 'einwohner' as const, minAge: num(d.minAge, tw.minAge), per: num(d.per, tw.per), value: num(d.value, tw.value) };
    const saved = await invoke('needs.richtwerte.save', { id: mode.kind === 'edit' ? mode.record.id : null, label: d.label, offerType: d.offerType, basis });
    return needsTexts.assumptions.saved(saved.label);
  };
  const title = mode.kind === 'new' ? tf.newTitle : mode.kind === 'edit' ? tf.editTitle(mode.record.label) : tf.copyTitle(mode.record.label);
  return (
    <AssumptionDialog title={title} saveLabel={tw.save} save={save} onClose={onClose}>
      <TextRow id={`${id}-l`} label={tw.colLabel} value={d.label} onChange={(label) => set({ label })} />
      <FormRow id={`${id}-t`} label={tw.colType}>
        <OfferTypeSelect id={`${id}-t`} value={d.offerType} onChange={(offerType) => set({ offerType })} />
      </FormRow>
      <SelectRow id={`${id}-k`} label={tw.colBasis} value={d.kind} onChange={(v) => set({ kind: v as Draft['kind'] })}>
        <option value="einwohner">{tw.kindEinwohner}</option>
        <option value="faelle">{tw.kindFaelle}</option>
      </SelectRow>
      {d.kind === 'faelle' ? (
        <div className="needs-inline-form">
          <SelectRow id={`${id}-s`} label={needsTexts.results.setting} short value={d.setting} onChange={(v) => set({ setting: v as Setting })}>
            {(['vollstationaer', 'ambulant', 'teilstationaer', 'pflegegeld'] as Setting[]).map((s) => (
              <option key={s} value={s}>
                {SETTING_LABELS[s]}
              </option>
            ))}
          </SelectRow>
          <NumberRow id={`${id}-sh`} label={tf.share} value={d.share} onChange={(share) => set({ share })} />
          <NumberRow id={`${id}-o`} label={tw.occupancy} value={d.occupancy} onChange={(occupancy) => set({ occupancy })} />
        </div>
      ) : (
        <div className="needs-inline-form">
          <NumberRow id={`${id}-v`} label={tw.value} value={d.value} onChange={(value) => set({ value })} />
          <NumberRow id={`${id}-p`} label={tw.per} value={d.per} onChange={(per) => set({ per })} />
          <NumberRow id={`${id}-a`} label={tw.minAge} value={d.minAge} onChange={(minAge) => set({ minAge })} />
        </div>
      )}
    </AssumptionDialog>
  );
}
