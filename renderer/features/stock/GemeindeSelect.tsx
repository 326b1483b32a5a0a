/** A labelled select of the plan's Gemeinden with an "all" option, for filters and survey sheets. */
export function GemeindeSelect({ id, label, allLabel, gemeinden, value, onChange }: {
  id: string;
  label: string;
  allLabel: string;
  gemeinden: { id: string; name: string }[];
  value: string;
  onChange: (gemeindeId: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {gemeinden.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
    </div>
  );
}
