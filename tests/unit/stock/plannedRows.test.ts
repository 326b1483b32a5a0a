import { describe, expect, it } from 'vitest';
import { PlannedRows } from '../../../db/stock/plannedRows';

describe('PlannedRows (the rows of an import, held by column until written)', () => {
  it('gives back every row in order with every field, null where a row had none', () => {
    const planned = new PlannedRows(['name', 'capacity', 'note'], 4);
    planned.add({ name: 'Haus A', capacity: 12, note: null }, null);
    planned.add({ name: 'Haus B', capacity: null, note: null }, 'id-b');
    // The first value of a field after rows without one: the rows before read null.
    planned.add({ name: 'Haus C', capacity: 3, note: 'neu' }, null);
    expect(planned.length).toBe(3);
    expect([...planned.take()]).toEqual([
      { values: { name: 'Haus A', capacity: 12, note: null }, updateId: null },
      { values: { name: 'Haus B', capacity: null, note: null }, updateId: 'id-b' },
      { values: { name: 'Haus C', capacity: 3, note: 'neu' }, updateId: null },
    ]);
  });

  it('keeps updates and new rows apart beyond its first size, and shares repeated texts', () => {
    const planned = new PlannedRows(['provider', 'date'], 1);
    for (let i = 0; i < 40; i++) planned.add({ provider: `Träger ${i % 3}`, date: ['2024', '12', '31'].join('-') }, i % 4 === 0 ? `u${i}` : null);
    const rows = [...planned.take()];
    expect(rows).toHaveLength(40);
    expect(rows.filter((r) => r.updateId !== null).map((r) => r.updateId)).toEqual(Array.from({ length: 10 }, (_, k) => `u${k * 4}`));
    expect(rows[39]!.values).toEqual({ provider: 'Träger 0', date: '2024-12-31' });
  });

  it('lets the values of a row go once read', () => {
    const planned = new PlannedRows(['name'], 2);
    planned.add({ name: 'Haus A' }, null);
    planned.add({ name: 'Haus B' }, null);
    const rows = planned.take();
    expect(rows.next().value?.values.name).toBe('Haus A');
    // The column no longer holds row 0 (internal, read through the class's own field).
    expect((planned as unknown as { columns: unknown[][] }).columns[0]![0]).toBeNull();
    expect(rows.next().value?.values.name).toBe('Haus B');
  });
});
