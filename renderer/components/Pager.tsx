/**
 * Page buttons under a long table: „Vorherige Seite“, „Seite 2 von 5“, „Nächste Seite“.
 * Nothing when everything fits on one page. `page` counts from 0.
 */
import { componentTexts as t } from './texts';

export function Pager({ page, pageCount, onPage, label = t.pages }: { page: number; pageCount: number; onPage: (page: number) => void; label?: string }) {
  if (pageCount <= 1) return null;
  return (
    <nav className="button-row table-pages" aria-label={label}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
        {t.previousPage}
      </button>
      <p aria-live="polite">{t.pageOf(page + 1, pageCount)}</p>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page + 1 >= pageCount}>
        {t.nextPage}
      </button>
    </nav>
  );
}

/** The rows of one page of a table shown in pages of `size`, and the number of pages. */
export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  // A page beyond the end (the rows got fewer) shows the last page.
  const shown = Math.min(page, pageCount - 1);
  return { rows: rows.slice(shown * size, (shown + 1) * size), page: shown, pageCount };
}
