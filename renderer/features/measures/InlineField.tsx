/**
 * The plain label-above-control field of filters and inline forms. Unlike components/Field it
 * has no required mark, hint or error slot: these places validate as a whole, not per field.
 */
import type { ReactNode } from 'react';

export function InlineField({ id, label, className, children }: { id: string; label: ReactNode; className?: string; children: (a: { id: string }) => ReactNode }) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id })}
    </div>
  );
}

/** An InlineField holding a select; onChange gets the chosen value, options come as children. */
export function SelectField({ id, label, value, onChange, children }: { id: string; label: ReactNode; value: string; onChange: (value: string) => void; children: ReactNode }) {
  return (
    <InlineField id={id} label={label}>
      {(a) => (
        <select {...a} value={value} onChange={(e) => onChange(e.target.value)}>
          {children}
        </select>
      )}
    </InlineField>
  );
}
