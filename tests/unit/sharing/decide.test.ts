import { describe, expect, it } from 'vitest';
import { decideRow } from '../../../shared/sharing/decide';

const none = new Set<string>();
const set = (...cols: string[]) => new Set(cols);

describe('decideRow', () => {
  it('takes what only they changed, keeps what only I changed', () => {
    const d = decideRow({ mine: { name: 'A', lat: 1, deleted_at: null }, theirs: { name: 'B', lat: 2, deleted_at: null }, changedHere: set('lat'), changedThere: set('name'), blankedColumns: none });
    expect(d).toEqual({ apply: { name: 'B' }, conflicts: [] });
  });
  it('records a conflict when both changed the same field differently, and nothing when equally', () => {
    expect(decideRow({ mine: { name: 'A', deleted_at: null }, theirs: { name: 'B', deleted_at: null }, changedHere: set('name'), changedThere: set('name'), blankedColumns: none }))
      .toEqual({ apply: {}, conflicts: [{ col: 'name', kind: 'field' }] });
    expect(decideRow({ mine: { name: 'B', deleted_at: null }, theirs: { name: 'B', deleted_at: null }, changedHere: set('name'), changedThere: set('name'), blankedColumns: none }))
      .toEqual({ apply: {}, conflicts: [] });
  });
  it('edit against delete, both ways', () => {
    expect(decideRow({ mine: { name: 'A2', deleted_at: null }, theirs: { name: 'A', deleted_at: 't' }, changedHere: set('name'), changedThere: set('deleted_at'), blankedColumns: none }))
      .toEqual({ apply: {}, conflicts: [{ col: 'deleted_at', kind: 'edit_delete' }] });
    expect(decideRow({ mine: { name: 'A', deleted_at: 't' }, theirs: { name: 'A2', deleted_at: null }, changedHere: set('deleted_at'), changedThere: set('name'), blankedColumns: none }))
      .toEqual({ apply: {}, conflicts: [{ col: 'name', kind: 'edit_delete' }] });
    // A delete nobody argues with is taken over; deleted on both sides is no conflict.
    expect(decideRow({ mine: { name: 'A', deleted_at: null }, theirs: { name: 'A', deleted_at: 't' }, changedHere: none, changedThere: set('deleted_at'), blankedColumns: none }))
      .toEqual({ apply: { deleted_at: 't' }, conflicts: [] });
    expect(decideRow({ mine: { deleted_at: 's' }, theirs: { deleted_at: 't' }, changedHere: set('deleted_at'), changedThere: set('deleted_at'), blankedColumns: none }))
      .toEqual({ apply: {}, conflicts: [] });
  });
  it('never lets a blanked copy overwrite personal data, but fills empty fields', () => {
    expect(decideRow({ mine: { phone: '123', deleted_at: null }, theirs: { phone: '999', deleted_at: null }, changedHere: none, changedThere: set('phone'), blankedColumns: set('phone') }))
      .toEqual({ apply: {}, conflicts: [{ col: 'phone', kind: 'personal' }] });
    expect(decideRow({ mine: { phone: null, deleted_at: null }, theirs: { phone: '999', deleted_at: null }, changedHere: none, changedThere: set('phone'), blankedColumns: set('phone') }))
      .toEqual({ apply: { phone: '999' }, conflicts: [] });
  });
});
