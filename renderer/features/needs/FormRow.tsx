/**
 * Label-and-control rows of the needs forms. Plain `.field` markup without the hint and error
 * slots of components/Field: these forms show one ErrorMessage for the whole form instead.
 */
import type { FormEvent, ReactNode } from 'react';
import type { NumberKind } from '../../../shared/germanNumber';
import { GermanNumberInput } from '../../components/GermanNumberInput';

interface RowProps {
  id: string;
  label: string;
  /** Narrow field, for numbers, dates and choices set side by side in a `.needs-inline-form`. */
  short?: boolean;
}

export function FormRow({ id, label, short = false, children }: RowProps & { children: ReactNode }) {
  return (
    <div className={short ? 'field field-short' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

interface TextRowProps extends RowProps {
  value: string;
  onChange: (value: string) => void;
  inputMode?: 'decimal' | 'numeric';
  type?: 'date' | 'text';
}

export function TextRow({ id, label, short, value, onChange, inputMode, type }: TextRowProps) {
  return (
    <FormRow id={id} label={label} short={short}>
      <input id={id} type={type} inputMode={inputMode} value={value} onChange={(e) => onChange(e.target.value)} />
    </FormRow>
  );
}

/** A number typed the German way; the box shows what it read (components/GermanNumberInput). */
export function NumberRow({ id, label, short = true, value, onChange, kind }: RowProps & { value: string; onChange: (value: string) => void; kind?: NumberKind }) {
  return (
    <FormRow id={id} label={label} short={short}>
      <GermanNumberInput id={id} value={value} onChange={onChange} kind={kind} />
    </FormRow>
  );
}

export function SelectRow({ id, label, short, value, onChange, children }: RowProps & { value: string; onChange: (value: string) => void; children: ReactNode }) {
  return (
    <FormRow id={id} label={label} short={short}>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </FormRow>
  );
}

/** A form's onSubmit that stays on the page and runs `action` instead. */
export const submitTo =
  (action: () => Promise<void>) =>
  (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    void action();
  };

type StringKeys<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D];

/** `value` and `onChange` of a TextRow bound to one text field of a form's draft object. */
export const bindText =
  <D extends object>(draft: D, setDraft: (next: D) => void) =>
  (key: StringKeys<D>) => ({ value: draft[key] as string, onChange: (value: string) => setDraft({ ...draft, [key]: value }) });
