/**
 * Step 4 of a merge (db/sharing/truthfulLog.ts): the columns in which the log, replayed from
 * the given entries, ends with another value than the live row. For a record both files have,
 * the merge hands over only their entries (`touchedOnly`): the columns they do not touch end
 * with earlier entries and are not compared.
 */
import { describe, expect, it } from 'vitest';
import { differingColumns } from '../../../db/sharing/truthfulLog';

const live = { id: 'g1', name: 'Neustadt', lat: 52.5, lon: 10.25, deleted_at: null, updated_at: '2026-01-01' };
const entry = (col: string, value: unknown, op = 'update') => ({ col, new_value: JSON.stringify(value), op });

describe('differingColumns', () => {
  it('compares every column against a whole log, a missing one as null', () => {
    expect(differingColumns(live, [entry('*', { name: 'Neustadt', lat: 52.5 }, 'insert')])).toEqual(['lon']);
    expect(differingColumns(live, [entry('*', { name: 'Neustadt', lat: 52.5, lon: 10.25 }, 'insert'), entry('lat', 53)])).toEqual(['lat']);
  });

  it('with touchedOnly compares only the columns the entries touch', () => {
    expect(differingColumns(live, [entry('lon', 10.25)], { touchedOnly: true })).toEqual([]);
    expect(differingColumns(live, [entry('lon', 11), entry('name', 'Neustadt')], { touchedOnly: true })).toEqual(['lon']);
    // deleted_at is compared only when an entry touches it.
    expect(differingColumns({ ...live, deleted_at: '2026-02-01' }, [entry('lon', 10.25)], { touchedOnly: true })).toEqual([]);
    expect(differingColumns({ ...live, deleted_at: '2026-02-01' }, [entry('deleted_at', null)], { touchedOnly: true })).toEqual(['deleted_at']);
  });

  it('with touchedOnly still compares every column where a whole-row entry is among them', () => {
    expect(differingColumns(live, [entry('*', { name: 'Altstadt', lat: 52.5, lon: 10.25, deleted_at: null }, 'insert')], { touchedOnly: true })).toEqual(['name']);
    expect(differingColumns(live, [entry('*', { name: 'Neustadt', lat: 52.5 }, 'insert')], { touchedOnly: true })).toEqual(['lon']);
  });
});
