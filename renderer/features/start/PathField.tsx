import { Field } from '../../components/Field';
import { planTexts } from '../plan/texts';

interface PathFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}

/** The file path, typed by hand in browser mode where no native file dialog exists. */
export function PathField({ id, value, onChange, error }: PathFieldProps) {
  return (
    <Field id={id} label={planTexts.filePath} hint={planTexts.filePathHint} error={error} required>
      {(a) => (
        <input
          {...a}
          type="text"
          className="input-path"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-required="true"
        />
      )}
    </Field>
  );
}
