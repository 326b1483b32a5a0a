import { describe, expect, it } from 'vitest';
import type { ChangeSince } from '../../../shared/contract/measuresSchemas';
import { groupChanges } from '../../../shared/measures/groupChanges';

const change = (table: string, rowId: string, label: string, measureTitle: string | null, lastChange = '2026-05-01T10:00:00.000Z'): ChangeSince => ({ table, rowId, label, measureTitle, lastChange, ops: ['insert'], columns: [] });

describe('groupChanges', () => {
  it('shows the preconditions created with a measure as one row, and keeps other rows apart', () => {
    const rows = groupChanges([
      change('measure', 'm', 'Tagespflege', 'Tagespflege'),
      ...['Kreistag', 'Haushalt', 'Partner', 'Förderung'].map((l, i) => change('measure_precondition', `p${i}`, l, 'Tagespflege')),
      change('measure_precondition', 'q', 'Räume', 'Beratung'),
      change('milestone', 'x', 'Einladung', 'Tagespflege'),
    ]);
    expect(rows.map((r) => [r.table, r.count, r.label])).toEqual([
      ['measure', 1, 'Tagespflege'],
      ['measure_precondition', 4, 'Kreistag, Haushalt, Partner, Förderung'],
      ['measure_precondition', 1, 'Räume'],
      ['milestone', 1, 'Einladung'],
    ]);
  });
});
