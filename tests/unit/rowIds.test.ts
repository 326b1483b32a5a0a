/** Time-ordered row ids of an import (db/changes/rowIds.ts): valid UUIDs, unique, ascending. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { orderedIds } from '../../db/changes/rowIds';

describe('orderedIds', () => {
  it('gives unique version-7 UUIDs that ascend in the order they were made', () => {
    const next = orderedIds();
    const ids = Array.from({ length: 5000 }, () => next());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids.slice(0, 50)) {
      expect(z.string().uuid().safeParse(id).success, id).toBe(true);
      expect(id[14]).toBe('7');
    }
  });
});
