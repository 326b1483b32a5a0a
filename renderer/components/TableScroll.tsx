import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A box around a wide or long table. While the table overflows, the box is focusable and
 * named, so keyboard users can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable");
 * otherwise it adds no extra tab stop.
 */
export function TableScroll({ label, tall = false, children }: { label: string; tall?: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={ref}
      className={tall ? 'table-wrap table-scroll' : 'table-wrap'}
      role={scrolls ? 'region' : undefined}
      aria-label={scrolls ? label : undefined}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}
