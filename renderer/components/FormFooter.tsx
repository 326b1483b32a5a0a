/** The end of every dialog form: the save error, then Save, Cancel and any extra buttons. */
import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';

interface FormFooterProps {
  error: string | null;
  busy: boolean;
  save: string;
  cancel: string;
  onCancel: () => void;
  children?: ReactNode;
}

export function FormFooter({ error, busy, save, cancel, onCancel, children }: FormFooterProps) {
  return (
    <>
      <ErrorMessage message={error} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={busy}>
          {save}
        </button>
        <button type="button" onClick={onCancel}>
          {cancel}
        </button>
        {children}
      </div>
    </>
  );
}
