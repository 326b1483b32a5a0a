/** The <option> lists the measures screens share, so every select words its choices the same way. */
import { ACTION_FIELDS } from '../../../shared/catalog';

/** "1. Kurztitel" for each Handlungsfeld, valued by its id. */
export function ActionFieldOptions() {
  return (
    <>
      {ACTION_FIELDS.map((f) => (
        <option key={f.id} value={f.id}>
          {f.number}. {f.shortTitle}
        </option>
      ))}
    </>
  );
}

/** One option per value of a fixed list (statuses, kinds, priorities) with its German label. */
export function LabelOptions<T extends string>({ values, labels }: { values: readonly T[]; labels: Record<T, string> }) {
  return (
    <>
      {values.map((v) => (
        <option key={v} value={v}>
          {labels[v]}
        </option>
      ))}
    </>
  );
}

/** One option per record the user can pick (actors, Gemeinden, groups …). */
export function RecordOptions({ records }: { records: readonly { id: string; label: string }[] }) {
  return (
    <>
      {records.map((r) => (
        <option key={r.id} value={r.id}>
          {r.label}
        </option>
      ))}
    </>
  );
}
