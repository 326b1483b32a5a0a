/** "Wirklich löschen?" for a measure or an event: asks, removes, then announces it. */
import { PAGE_HEADING_ID } from '../../app/focus';
import { showStatus } from '../../app/statusStore';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface DeleteTexts {
  confirmTitle: string;
  confirmText: (name: string) => string;
  delete: string;
  deleted: (name: string) => string;
}

/** remove may throw; ConfirmDialog then shows the message and stays open. The focus falls back to the heading, as the row is gone. */
export function ConfirmDelete({ texts, name, remove, onClose }: { texts: DeleteTexts; name: string; remove: () => Promise<void>; onClose: () => void }) {
  return (
    <ConfirmDialog
      title={texts.confirmTitle}
      message={texts.confirmText(name)}
      confirmLabel={texts.delete}
      fallbackFocusId={PAGE_HEADING_ID}
      onConfirm={async () => {
        await remove();
        showStatus(texts.deleted(name));
      }}
      onClose={onClose}
    />
  );
}
