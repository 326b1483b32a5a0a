/**
 * Modal dialog: role="dialog" with aria-modal, focus moved inside and trapped there, the
 * rest of the window made inert, Escape closes, focus returns to the element that opened it.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { PAGE_HEADING_ID } from '../app/focus';
import { componentTexts } from './texts';

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
  /** Role "alertdialog" for confirmations. */
  alert?: boolean;
}

export function Dialog({ title, onClose, children, description, size = 'medium', alert = false }: DialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    stack.push(el);
    applyInert();
    const first = el.querySelector<HTMLElement>('[data-autofocus]') ?? el.querySelector('.dialog-body')?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? el).focus();
    return () => {
      const i = stack.indexOf(el);
      if (i >= 0) stack.splice(i, 1);
      applyInert();
      const target = opener && opener.isConnected ? opener : document.getElementById(PAGE_HEADING_ID);
      // After the inert flag is lifted, so the element can take focus again.
      requestAnimationFrame(() => target?.focus());
    };
  }, [opener]);

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = Array.from(ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((e) => e.offsetParent !== null || e === document.activeElement);
    if (items.length === 0) {
      event.preventDefault();
      return;
    }
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (event.shiftKey && (document.activeElement === first || document.activeElement === ref.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  const host = document.getElementById('dialog-root') ?? document.body;
  return createPortal(
    <div className="dialog-backdrop">
      <div
        ref={ref}
        role={alert ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        className={`dialog dialog-${size}`}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button-icon" onClick={() => onCloseRef.current()}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{componentTexts.closeDialog}</span>
          </button>
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
