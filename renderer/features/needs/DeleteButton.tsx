/** The "Löschen" link in a table row; its accessible name says which record it deletes. */
export function DeleteButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="link-button" aria-label={label} onClick={onClick}>
      Löschen
    </button>
  );
}
