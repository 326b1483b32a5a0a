import type { PlanSummary } from '../../../shared/contract/schemas';
import { invoke } from '../../api';
import { usePlan } from '../../app/planStore';
import { showStatus } from '../../app/statusStore';
import { Dialog } from '../../components/Dialog';
import { useOverwriteConfirm } from '../../components/useOverwriteConfirm';
import { PathForm } from '../start/PathForm';
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
  const overwrite = useOverwriteConfirm();
  return (
    <Dialog title={t.saveAsHeading} onClose={onClose}>
      <PathForm
        initialPath={copyPath(plan.path)}
        submitLabel={t.saveAsSubmit}
        busyLabel={t.saving}
        cancelLabel={t.cancel}
        onCancel={onClose}
        onSubmit={(path) =>
          overwrite.run(async (replace) => {
            savedAs(await invoke('plan.saveAs', { path, overwrite: replace }));
            onClose();
          })
        }
      />
      {overwrite.dialog}
    </Dialog>
  );
}
