/**
 * "Änderungen seit": the four preconditions every new measure gets (and its links) would fill
 * the list with one row each; rows of such detail tables that belong to the same measure, day
 * and kind of change are shown as one row. Pure.
 */
import type { ChangeSince } from '../contract/measuresSchemas';

const GROUPED_TABLES = new Set(['measure_precondition', 'measure_link', 'measure_gap_link']);

export type ChangeRow = ChangeSince & { count: number };

export function groupChanges(changes: readonly ChangeSince[]): ChangeRow[] {
  const out: ChangeRow[] = [];
  const groups = new Map<string, ChangeRow>();
  for (const c of changes) {
    if (!GROUPED_TABLES.has(c.table) || c.measureTitle === null) {
      out.push({ ...c, count: 1 });
      continue;
    }
    const key = [c.table, c.measureTitle, c.lastChange.slice(0, 10), [...c.ops].sort().join(',')].join('|');
    const group = groups.get(key);
    if (group) {
      group.count++;
      group.label = [group.label, c.label].filter(Boolean).join(', ');
      if (c.lastChange > group.lastChange) group.lastChange = c.lastChange;
    } else {
      const row = { ...c, count: 1 };
      groups.set(key, row);
      out.push(row);
    }
  }
  return out;
}
