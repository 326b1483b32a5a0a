import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GERMANY_2015_BANDS, harmonise, intersect } from '../../../shared/needs/ageBands';
import { parsePopulationText } from '../../../shared/needs/populationParser';
import { fixture } from '../../helpers/files';

const read = (f: string) => fs.readFileSync(fixture(f), 'utf8');
const gemeindeTable = parsePopulationText(read('regionalstatistik/LK03354_12411-02-03-5_2015.csv'), '03354');
const kreisTable = parsePopulationText(read('regionalstatistik/LK03354_12411-03-03-4_2015.csv'), '03354');
const fine = kreisTable.records.find((r) => r.sex === 'insgesamt')!.bands as Record<string, number>;
const gemeinden = gemeindeTable.records.filter((r) => r.level === 'gemeinde' && r.sex === 'insgesamt');

describe('harmonise: a source band cut by a target bound', () => {
  it('Lüchow-Dannenberg 80+ is the Kreis table’s 80–85 + 85–90 + 90+ (1,875 + 1,134 + 562 = 3,571), summed over the Gemeinden', () => {
    const expected80 = fine['80-85']! + fine['85-90']! + fine['90+']!;
    expect([fine['80-85'], fine['85-90'], fine['90+']]).toEqual([1875, 1134, 562]);
    expect(expected80).toBe(3571);
    let sum80 = 0;
    let sumAll = 0;
    for (const g of gemeinden) {
      const h = harmonise(g.bands as Record<string, number>, ['0-80', '80+'], fine, 'Kreis 03354');
      sum80 += h.values['80+']!;
      sumAll += h.values['0-80']! + h.values['80+']!;
    }
    expect(sum80).toBeCloseTo(expected80, 6);
    // Nothing is lost: the 75–80 part of "75 und mehr" goes to "0-80".
    expect(sumAll).toBeCloseTo(gemeinden.reduce((a, g) => a + (g.total ?? 0), 0), 6);
  });

  it('says truthfully which part went where, with the shares', () => {
    const g = gemeinden[0]!;
    const h = harmonise(g.bands as Record<string, number>, ['0-80', '80+'], fine, 'der Altersverteilung des Kreises 03354');
    const share = (fine['75-80']! / (fine['75-80']! + 3571)) * 100;
    expect(h.assumptions).toEqual([
      `Die Altersgruppe „75 Jahre und mehr“ wurde im Verhältnis der Altersverteilung des Kreises 03354 aufgeteilt: 75 bis unter 80 Jahre (zu „unter 80 Jahre“) ${share.toLocaleString('de-DE', { maximumFractionDigits: 1 })} %, 80 Jahre und mehr ${(100 - share).toLocaleString('de-DE', { maximumFractionDigits: 1 })} %.`,
    ]);
  });

  it('falls back to Germany 2015 when the reference is too coarse, and refuses bounds no reference knows', () => {
    const coarse = { '0-75': 1, '75+': 1 };
    const h = harmonise({ '75+': 100 }, ['0-80', '80+'], coarse, 'grob');
    const de80 = GERMANY_2015_BANDS['80-85']! + GERMANY_2015_BANDS['85-90']! + GERMANY_2015_BANDS['90+']!;
    expect(h.values['80+']).toBeCloseTo((100 * de80) / (de80 + GERMANY_2015_BANDS['75-80']!), 8);
    expect(h.assumptions[0]).toContain('Deutschlands');
    expect(() => harmonise({ '75+': 100 }, ['0-77', '77+'], coarse, 'grob')).toThrow(/lässt sich nicht/);
  });

  it('intersects bands', () => {
    expect(intersect({ from: 75, to: null }, { from: 0, to: 80 })).toEqual({ from: 75, to: 80 });
    expect(intersect({ from: 75, to: null }, { from: 80, to: null })).toEqual({ from: 80, to: null });
    expect(intersect({ from: 0, to: 75 }, { from: 80, to: null })).toBeNull();
  });
});
