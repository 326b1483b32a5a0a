/** The add-or-edit pattern of the needs lists: an "add" button, or the open form with save and cancel. */
import type { ReactNode } from 'react';
import { submitTo } from './FormRow';
import { needsTexts } from './texts';

export function DraftForm({ saveLabel, onSave, onCancel, children }: { saveLabel: string; onSave: () => Promise<void>; onCancel: () => void; children: ReactNode }) {
  return (
    <form className="form" onSubmit={submitTo(onSave)}>
      {children}
      <div className="button-row">
        <button type="submit" className="button-primary">
          {saveLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {needsTexts.statements.cancel}
        </button>
      </div>
    </form>
  );
}

export function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <div className="button-row">
      <button type="button" onClick={onClick}>
        {label}
      </button>
    </div>
  );
}
