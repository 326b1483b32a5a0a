/** The needs pages' data tables: a scroll box, a caption, one header row and one row per record. */
import { Children, type ReactNode } from 'react';
import { TableScroll } from '../../components/TableScroll';
import { fmt } from './format';

interface DataTableProps {
  /** Name of the scroll box (while it scrolls) and, unless `caption` is given, the caption. */
  label: string;
  caption?: ReactNode;
  /** Most tables sit under a heading that already says what they are, so their caption is for screen readers only. */
  captionVisible?: boolean;
  tall?: boolean;
  columns: ReactNode[];
  /** Adds a last, visually empty column for the row's buttons. */
  actions?: boolean;
  /** Behind a "Tabelle" disclosure, for tables that only repeat a chart's numbers. */
  collapsed?: boolean;
  /** Shown instead of an empty table: what is missing and how to add it. */
  empty?: string;
  children: ReactNode;
}

export function DataTable({ collapsed = false, empty, ...props }: DataTableProps) {
  if (empty && Children.count(props.children) === 0) return <p className="empty">{empty}</p>;
  if (!collapsed) return <Table {...props} />;
  return (
    <details>
      <summary>Tabelle</summary>
      <Table {...props} />
    </details>
  );
}

function Table({ label, caption = label, captionVisible = false, tall = false, columns, actions = false, children }: Omit<DataTableProps, 'collapsed'>) {
  return (
    <TableScroll label={label} tall={tall}>
      <table className="data-table">
        <caption className={captionVisible ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
            {actions ? (
              <th scope="col">
                <span className="visually-hidden">Aktionen</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}

export type Cell = string | number | null;

interface NumberRowsProps {
  /** The first cell names the row; the others are numbers. */
  rows: Cell[][];
  /** Decimal places, for all number columns or per column (index 0 = first number column). */
  digits?: number | ((column: number) => number);
  rowKey?: (row: Cell[], index: number) => string;
  rowClassName?: (index: number) => string | undefined;
}

/** Rows of a numbers table: the same cells as the CSV/XLSX export, formatted the German way. */
export function NumberRows({ rows, digits = 0, rowKey = (r) => String(r[0]), rowClassName }: NumberRowsProps) {
  const places = typeof digits === 'number' ? () => digits : digits;
  return (
    <>
      {rows.map((r, i) => (
        <tr key={rowKey(r, i)} className={rowClassName?.(i)}>
          <th scope="row">{r[0]}</th>
          {r.slice(1).map((v, j) => (
            <td key={j} className="num">
              {fmt(v as number | null, places(j))}
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}
