/** A captioned table with column headings inside the keyboard-scrollable TableScroll box. */
import type { ReactNode } from 'react';
import { TableScroll } from './TableScroll';
import { TableHead, type Column } from './TableHead';

interface ScrollTableProps {
  /** Names the scroll region; also the caption unless one is given. */
  label: string;
  caption?: string;
  /** Dashboard tables sit under a heading saying the same, so their caption is for screen readers only. */
  hiddenCaption?: boolean;
  className?: string;
  tall?: boolean;
  columns: Column[];
  /** The body rows. */
  children: ReactNode;
}

export function ScrollTable({ label, caption = label, hiddenCaption, className, tall, columns, children }: ScrollTableProps) {
  return (
    <TableScroll label={label} tall={tall}>
      <table className={className}>
        <caption className={hiddenCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <TableHead columns={columns} />
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}
