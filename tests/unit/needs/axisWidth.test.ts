import { describe, expect, it } from 'vitest';
import { categoryAxisWidth } from '../../../renderer/features/needs/format';

describe('category axis of Gemeinde names', () => {
  it('is wide enough for the longest unbreakable word, within bounds', () => {
    // „Peterswald-Löffelscheid“ (Cochem-Zell) was clipped to „terswald-Löffelscheid“ at 170 px.
    expect(categoryAxisWidth(['Alf', 'Peterswald-Löffelscheid'])).toBeGreaterThanOrEqual(23 * 7.5);
    // Names with spaces wrap, so only their longest word counts.
    expect(categoryAxisWidth(['Weiler b Gevenich, Eifel'])).toBe(categoryAxisWidth(['Gevenich,']));
    expect(categoryAxisWidth(['Alf'])).toBe(120);
    expect(categoryAxisWidth(['x'.repeat(80)])).toBe(280);
    expect(categoryAxisWidth([])).toBe(120);
  });
});
