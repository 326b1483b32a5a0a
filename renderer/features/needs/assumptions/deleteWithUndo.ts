/** Deleting an assumption is one click; the status bar offers "Rückgängig" (needs.restore) for ten seconds. */
import type { AssumptionKind } from '../../../../shared/contract/needsSchemas';
import { errorMessage, invoke } from '../../../api';
import { showError, showStatus } from '../../../app/statusStore';
import { useNeeds } from '../needsStore';
import { needsTexts } from '../texts';

const t = needsTexts.assumptions;

const DELETE_CHANNEL = {
  rateSet: 'needs.rateSets.delete',
  scenario: 'needs.scenarios.delete',
  richtwert: 'needs.richtwerte.delete',
  staffing: 'needs.staffing.delete',
  statement: 'needs.statements.delete',
} as const;

export async function deleteWithUndo(kind: AssumptionKind, id: string, name: string): Promise<void> {
  try {
    await invoke(DELETE_CHANNEL[kind], { id });
    await useNeeds.getState().refresh();
    showStatus(t.deleted(name), {
      action: {
        label: t.undo,
        run: async () => {
          try {
            await invoke('needs.restore', { kind, id });
            await useNeeds.getState().refresh();
            showStatus(t.restored(name));
          } catch (e) {
            showError(errorMessage(e));
          }
        },
      },
    });
  } catch (e) {
    showError(errorMessage(e));
  }
}
