/**
 * A select of the plan's offer types (Angebotsarten) by their German names, so no form ever
 * asks a planner for an internal code like "kurzzeitpflege_solitaer".
 */
import { useEffect, useState } from 'react';
import type { OfferTypeInfo } from '../../shared/contract/stockSchemas';
import { invoke } from '../api';

/** The plan's offer types, loaded per use: the plan's own types change while the window is open. */
export function useOfferTypes(): OfferTypeInfo[] {
  const [types, setTypes] = useState<OfferTypeInfo[]>([]);
  useEffect(() => {
    let live = true;
    invoke('stock.offerTypes', {}).then(
      (t) => live && setTypes(t),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return types;
}

/** The German name of an offer type id; the id itself only when the type is unknown. */
export function useOfferTypeLabel(): (id: string) => string {
  const types = useOfferTypes();
  return (id) => types.find((t) => t.id === id)?.label ?? id;
}

export function OfferTypeSelect({ id, value, onChange, ...rest }: { id: string; value: string; onChange: (id: string) => void; 'aria-describedby'?: string; 'aria-invalid'?: true }) {
  const types = useOfferTypes();
  const sorted = [...types].sort((a, b) => a.label.localeCompare(b.label, 'de'));
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...rest}>
      {/* The current value stays selectable while the list loads or when its type was removed. */}
      {value && !types.some((t) => t.id === value) ? <option value={value}>{value}</option> : null}
      {sorted.map((t) => (
        <option key={t.id} value={t.id}>
          {t.label}
        </option>
      ))}
    </select>
  );
}
