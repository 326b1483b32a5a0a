/** "Bearbeiten", "Duplizieren", "Löschen" of one assumption row; each button's name says which row it acts on. */
import { needsTexts } from '../texts';

const t = needsTexts.assumptions;

export function RowActions({ name, onEdit, onDuplicate, onDelete }: { name: string; onEdit: () => void; onDuplicate: () => void; onDelete: () => void }) {
  return (
    <div className="row-actions">
      <button type="button" className="link-button" aria-label={t.edit(name)} onClick={onEdit}>
        {t.editShort}
      </button>
      <button type="button" className="link-button" aria-label={t.duplicate(name)} onClick={onDuplicate}>
        {t.duplicateShort}
      </button>
      <button type="button" className="link-button" aria-label={t.remove(name)} onClick={onDelete}>
        {t.removeShort}
      </button>
    </div>
  );
}

/** Which form is open: a new record, an existing one to edit, or a copy of one. */
export type FormMode<T> = { kind: 'new' } | { kind: 'edit'; record: T } | { kind: 'copy'; record: T } | null;
