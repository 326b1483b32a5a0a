/**
 * The text box for every number a planner types. It reads German writing through the one
 * reader (shared/germanNumber.ts) and says right under the box what it understood ("gelesen:
 * 4.317") or why it refuses, so "1.050" can never silently become 1,05 again.
 */
import type { InputHTMLAttributes } from 'react';
import { describeReading, type NumberKind, readGermanNumber } from '../../shared/germanNumber';
import { componentTexts } from './texts';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'id'>;

interface Props extends InputProps {
  id: string;
  value: string;
  onChange: (text: string) => void;
  kind?: NumberKind;
  decimalPoint?: boolean;
  /** In dense grids: say only refusals, the cell itself shows the number. */
  quiet?: boolean;
}

export function GermanNumberInput({ id, value, onChange, kind = 'number', decimalPoint, quiet = false, ...rest }: Props) {
  const reading = readGermanNumber(value, { kind, decimalPoint });
  const readingId = `${id}-reading`;
  const describedBy = [rest['aria-describedby'], readingId].filter(Boolean).join(' ');
  const text = !reading.ok ? reading.message : reading.value === null || quiet ? '' : componentTexts.numberRead(describeReading(reading.value, kind));
  return (
    <>
      <input
        {...rest}
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        aria-describedby={describedBy}
        aria-invalid={rest['aria-invalid'] ?? (reading.ok ? undefined : true)}
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={readingId} className={reading.ok ? 'number-reading' : 'number-reading number-reading-refused'}>
        {text}
      </span>
    </>
  );
}
