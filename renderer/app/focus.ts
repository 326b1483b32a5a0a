import { useEffect, useRef } from 'react';

export const PAGE_HEADING_ID = 'page-heading';

/** Moves focus to the page's h1, so screen readers announce the new page after navigation. */
export function focusPageHeading(): void {
  requestAnimationFrame(() => {
    const heading = document.getElementById(PAGE_HEADING_ID);
    heading?.focus();
  });
}

export const PAGE_TOP_ID = 'page-top';

/**
 * Focus after navigation. Inside the app frame, focus moves to the new page's h1 (so the
 * screen reader announces it). When the frame itself changes (first load, set-up done, plan
 * opened or closed) the screen behaves like a freshly loaded page: focus goes to the top of
 * the document, so the next Tab reaches the skip link first.
 */
export function usePageFocus(frameKey: string, pageKey: string): void {
  const previous = useRef<{ frame: string; page: string } | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = { frame: frameKey, page: pageKey };
    if (!before || before.frame === 'loading') return;
    if (before.frame !== frameKey) {
      requestAnimationFrame(() => document.getElementById(PAGE_TOP_ID)?.focus());
    } else if (before.page !== pageKey) {
      focusPageHeading();
    }
  }, [frameKey, pageKey]);
}

/** Sets the window title, which is the first thing a screen reader says for a page. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – Pflegestrukturplaner` : 'Pflegestrukturplaner';
  }, [title]);
}
