/** The column headings of a captioned table (ScrollTable). */

/** A heading text, or one with options: num aligns it with numbers, hidden keeps it for screen readers only (action columns). */
export type Column = string | { label: string; num?: boolean; hidden?: boolean };

export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => {
          const { label, num, hidden } = typeof c === 'string' ? { label: c } : c;
          return (
            <th key={i} scope="col" className={num ? 'num' : undefined}>
              {hidden ? <span className="visually-hidden">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
