/** A select inside components/Field (label, hint, required mark) for the measures dialogs; options come as children. */
import type { ReactNode } from 'react';
import { Field } from '../../components/Field';

interface FieldSelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
  children: ReactNode;
}

export function FieldSelect({ id, label, value, onChange, hint, required, disabled, children }: FieldSelectProps) {
  return (
    <Field id={id} label={label} hint={hint} required={required}>
      {(a) => (
        <select {...a} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
          {children}
        </select>
      )}
    </Field>
  );
}
