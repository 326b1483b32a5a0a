import { useId, useState, type FormEvent } from 'react';
import type { PlanSummary } from '../../../shared/contract/schemas';
import { errorMessage, invoke } from '../../api';
import { usePlan } from '../../app/planStore';
import { showStatus } from '../../app/statusStore';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PathField } from '../start/PathField';
import { planTexts as t } from './texts';

/** Proposes "<name>-Kopie.sqlite" next to the current file. */
function copyPath(path: string): string {
  return path.replace(/(\.sqlite)?$/i, (ext) => `-Kopie${ext || '.sqlite'}`);
}

export function savedAs(plan: PlanSummary): void {
  usePlan.getState().setCurrent(plan);
  showStatus(t.savedAs(plan.fileName));
}

/** Browser mode: "Speichern unter …" asks for the new path. */
export function SaveAsDialog({ plan, onClose }: { plan: PlanSummary; onClose: () => void }) {
  const id = useId();
  const [path, setPath] = useState(() => copyPath(plan.path));
  const [pathError, setPathError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!path.trim()) {
      setPathError(t.errors.filePath);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      savedAs(await invoke('plan.saveAs', { path: path.trim() }));
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Dialog title={t.saveAsHeading} onClose={onClose}>
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
        <ErrorMessage message={error} />
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t.saving : t.saveAsSubmit}
          </button>
          <button type="button" onClick={onClose}>
            Abbrechen
          </button>
        </div>
      </form>
    </Dialog>
  );
}
