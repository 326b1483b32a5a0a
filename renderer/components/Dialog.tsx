/**
 * Modal dialog: role="dialog" with aria-modal, focus moved inside and trapped there, the
 * rest of the window made inert, Escape closes, focus returns to the element that opened it.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { PAGE_HEADING_ID } from '../app/focus';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Open dialogs, innermost last; everything outside the innermost one is inert. */
const stack: HTMLElement[] = [];

function applyInert(): void {
  const root = document.getElementById('root');
  if (root) root.inert = stack.length > 0;
  stack.forEach((el, i) => {
    const backdrop = el.parentElement;
    if (backdrop) backdrop.inert = i < stack.length - 1;
  });
}

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Optional short text below the title, referenced by aria-describedby. */
  description?: string;
  size?: 'small' | 'medium' | 'large';
  /** Where focus goes on close when the opener is gone (e.g. the row was deleted). */
  fallbackFocusId?: string;
}

export function Dialog({ title, onClose, children, description, size = 'medium', fallbackFocusId }: DialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const fallbackRef = useRef(fallbackFocusId);
  fallbackRef.current = fallbackFocusId;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    stack.push(el);
    applyInert();
    const first = el.querySelector<HTMLElement>('[data-autofocus]') ?? el.querySelector('.dialog-body')?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? el).focus();

    // On the document, not the dialog: when the focused element inside disappears (e.g. a
    // form replaced by its result), focus falls back to <body> and keys must still work.
    function onKeyDown(event: KeyboardEvent) {
      if (!el || stack[stack.length - 1] !== el) return;
      if (event.key === 'Escape') {
        // An open pick list (combobox) closes first; the next Escape closes the dialog.
        if (event.target instanceof HTMLElement && event.target.getAttribute('role') === 'combobox' && event.target.getAttribute('aria-expanded') === 'true') return;
        event.preventDefault();
        event.stopPropagation();
        onCloseRef.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = Array.from(el.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((e) => e.getClientRects().length > 0);
      if (items.length === 0) {
        event.preventDefault();
        el.focus();
        return;
      }
      const firstItem = items[0]!;
      const lastItem = items[items.length - 1]!;
      const active = document.activeElement;
      if (!active || !el.contains(active)) {
        event.preventDefault();
        (event.shiftKey ? lastItem : firstItem).focus();
      } else if (event.shiftKey && (active === firstItem || active === el)) {
        event.preventDefault();
        lastItem.focus();
      } else if (!event.shiftKey && active === lastItem) {
        event.preventDefault();
        firstItem.focus();
      }
    }
    document.addEventListener('keydown', onKeyDown, true);

    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      const i = stack.indexOf(el);
      if (i >= 0) stack.splice(i, 1);
      applyInert();
      // After the inert flag is lifted and React has re-rendered, so the target can take focus.
      requestAnimationFrame(() => {
        const fallback = (fallbackRef.current && document.getElementById(fallbackRef.current)) || document.getElementById(PAGE_HEADING_ID);
        const target = opener && opener.isConnected ? opener : fallback;
        target?.focus();
      });
    };
  }, [opener]);

  const host = document.getElementById('dialog-root') ?? document.body;
  return createPortal(
    <div className="dialog-backdrop">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        className={`dialog dialog-${size}`}
        tabIndex={-1}
      >
        {/* No "×" in the corner: every dialog has its own Abbrechen/Schließen button and Escape. */}
        <div className="dialog-header">
          <h2 id={titleId}>{title}</h2>
        </div>
        {description ? (
          <p id={descriptionId} className="dialog-description">
            {description}
          </p>
        ) : null}
        <div className="dialog-body">{children}</div>
      </div>
    </div>,
    host,
  );
}
