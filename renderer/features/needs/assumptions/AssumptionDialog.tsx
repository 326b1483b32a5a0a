/**
 * The dialog frame of every assumption form (Quoten, Szenario, Richtwert, Schlüssel): the
 * form, one error message for the whole form, Save and Cancel. `save` throws to refuse;
 * its message (German) stays in the dialog and nothing is closed.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage } from '../../../api';
import { showStatus } from '../../../app/statusStore';
import { Dialog } from '../../../components/Dialog';
import { FormFooter } from '../../../components/FormFooter';
import { useNeeds } from '../needsStore';
import { needsTexts } from '../texts';

export function AssumptionDialog({ title, saveLabel, save, onClose, size = 'medium', children }: { title: string; saveLabel: string; save: () => Promise<string>; onClose: () => void; size?: 'medium' | 'large'; children: ReactNode }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const message = await save();
      await useNeeds.getState().refresh();
      showStatus(message);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }
  return (
    <Dialog title={title} onClose={onClose} size={size}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {children}
        <FormFooter error={error} busy={busy} save={saveLabel} cancel={needsTexts.statements.cancel} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
