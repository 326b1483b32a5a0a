/** The small, quiet delete button of table rows and cards; the label names what goes, as several sit side by side. */
import type { ReactNode } from 'react';

export function DeleteButton({ label, onClick, children }: { label: string; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="button-small button-danger-quiet" aria-label={label} onClick={onClick}>
      {children}
    </button>
  );
}
