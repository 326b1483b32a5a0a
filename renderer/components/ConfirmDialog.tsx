import { useState } from 'react';
import { errorMessage } from '../api';
import { Dialog } from './Dialog';
import { ErrorMessage } from './ErrorMessage';
import { componentTexts } from './texts';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  /** May throw; the German message is then shown in the dialog. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  danger?: boolean;
  fallbackFocusId?: string;
}

/** "Wirklich …?" with a confirming and a cancelling button; Cancel has the focus first. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onClose, danger = true, fallbackFocusId }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Dialog title={title} onClose={onClose} size="small" description={message} fallbackFocusId={fallbackFocusId}>
      <ErrorMessage message={error} />
      <div className="button-row">
        <button type="button" className={danger ? 'button-danger' : 'button-primary'} onClick={() => void confirm()} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" data-autofocus onClick={onClose}>
          {componentTexts.cancel}
        </button>
      </div>
    </Dialog>
  );
}
