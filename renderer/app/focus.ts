import { useEffect } from 'react';

export const PAGE_HEADING_ID = 'page-heading';

/** Moves focus to the page's h1, so screen readers announce the new page after navigation. */
export function focusPageHeading(): void {
  requestAnimationFrame(() => {
    const heading = document.getElementById(PAGE_HEADING_ID);
    heading?.focus();
  });
}

/** Focus the page heading whenever `pageKey` changes (not on tab switches inside a page). */
export function usePageFocus(pageKey: string): void {
  useEffect(() => {
    focusPageHeading();
  }, [pageKey]);
}

/** Sets the window title, which is the first thing a screen reader says for a page. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – Pflegestrukturplaner` : 'Pflegestrukturplaner';
  }, [title]);
}
