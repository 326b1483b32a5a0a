/**
 * The date field of every form: a text box "TT.MM.JJJJ" (native date fields follow the
 * operating system's locale, often mm/dd/yyyy). `onChange` gets the ISO date once the text is
 * a whole valid date, null when emptied; while the text is not a date the previous value is
 * kept, and on leaving the field it says why the text is refused.
 */
import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { formatDate } from '../../shared/format';
import { readGermanDate } from '../../shared/germanDate';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'id'>;

interface Props extends InputProps {
  id?: string;
  value: string | null;
  onChange: (iso: string | null) => void;
}

export function DateInput({ id, value, onChange, ...rest }: Props) {
  const [text, setText] = useState(formatDate(value));
  const [left, setLeft] = useState(false);
  // A value changed from outside (another row, a reload) replaces the text, unless it is what the text already says.
  useEffect(() => {
    setText((current) => {
      const r = readGermanDate(current);
      return r.ok && r.iso === (value || null) ? current : formatDate(value);
    });
  }, [value]);
  const reading = readGermanDate(text);
  const refused = !reading.ok && left;
  const messageId = id ? `${id}-date` : undefined;
  return (
    <>
      <input
        {...rest}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="TT.MM.JJJJ"
        className={['input-date', rest.className].filter(Boolean).join(' ')}
        value={text}
        aria-invalid={rest['aria-invalid'] ?? (refused ? true : undefined)}
        aria-describedby={[rest['aria-describedby'], refused ? messageId : undefined].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          setText(e.target.value);
          setLeft(false);
          const r = readGermanDate(e.target.value);
          if (r.ok && r.iso !== (value || null)) onChange(r.iso);
        }}
        onBlur={(e) => {
          setLeft(true);
          const r = readGermanDate(text);
          if (r.ok && r.iso) setText(formatDate(r.iso));
          rest.onBlur?.(e);
        }}
      />
      {refused && !reading.ok ? (
        <span id={messageId} className="number-reading number-reading-refused">
          {reading.message}
        </span>
      ) : null}
    </>
  );
}
