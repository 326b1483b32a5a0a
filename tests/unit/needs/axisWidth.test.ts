import { describe, expect, it } from 'vitest';
import { categoryAxisWidth, categoryRowHeight } from '../../../renderer/features/needs/format';

describe('category axis of Gemeinde names', () => {
  it('is wide enough for the longest unbreakable word, within bounds', () => {
    // „Peterswald-Löffelscheid“ (Cochem-Zell) was clipped to „terswald-Löffelscheid“ at 170 px.
    expect(categoryAxisWidth(['Alf', 'Peterswald-Löffelscheid'])).toBeGreaterThanOrEqual(23 * 7.5);
    // A name that fits keeps one line: „Eslohe (Sauerland)“ ran into its neighbours' names when wrapped.
    expect(categoryAxisWidth(['Weiler b Gevenich, Eifel'])).toBeGreaterThanOrEqual(24 * 7.5);
    expect(categoryAxisWidth(['Eslohe (Sauerland)'])).toBeGreaterThanOrEqual(18 * 7.5);
    expect(categoryAxisWidth(['Sundern (Sauerland)'])).toBeGreaterThanOrEqual(19 * 8);
    // A name too long for the widest axis wraps, so then only its longest word counts.
    const long = 'Verbandsgemeinde Weiler bei Gevenich an der Eifel und Umgebung';
    expect(categoryAxisWidth([long])).toBe(categoryAxisWidth(['Verbandsgemeinde']));
    expect(categoryAxisWidth(['Alf'])).toBe(120);
    expect(categoryAxisWidth(['x'.repeat(80)])).toBe(280);
    expect(categoryAxisWidth([])).toBe(120);
  });
});

describe('bar rows of Gemeinde names', () => {
  it('give two lines of room only when some name wraps at the axis width', () => {
    const names = ['Arnsberg', 'Eslohe (Sauerland)'];
    expect(categoryRowHeight(names, categoryAxisWidth(names))).toBe(24);
    const long = 'Verbandsgemeinde Weiler bei Gevenich an der Eifel und Umgebung';
    expect(categoryRowHeight([long, 'Alf'], categoryAxisWidth([long, 'Alf']))).toBe(40);
  });
});
