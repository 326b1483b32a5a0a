import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { planTexts } from '../plan/texts';
import { PathField } from './PathField';

interface PathFormProps {
  initialPath: string;
  submitLabel: string;
  busyLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  /** Does the work with the trimmed path; a thrown error is shown under the field. */
  onSubmit: (path: string) => Promise<unknown>;
  /** How a failed submit is shown; by default its German message. */
  renderError?: (error: unknown) => ReactNode;
}

/** Browser mode asks for a file path by hand (open, save as): one field, its errors, submit/cancel. */
export function PathForm({ initialPath, submitLabel, busyLabel, cancelLabel, onCancel, onSubmit, renderError }: PathFormProps) {
  const id = useId();
  const [path, setPath] = useState(initialPath);
  const [pathError, setPathError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!path.trim()) {
      setPathError(planTexts.errors.filePath);
      document.getElementById(`${id}-path`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSubmit(path.trim());
    } catch (e) {
      setError(e);
    }
    // Also after success: the work may have stopped at a question (replace the file?).
    setBusy(false);
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <PathField
        id={`${id}-path`}
        value={path}
        onChange={(v) => {
          setPath(v);
          setPathError(null);
        }}
        error={pathError}
      />
      {error === null ? null : renderError ? renderError(error) : <ErrorMessage message={errorMessage(error)} />}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </form>
  );
}
