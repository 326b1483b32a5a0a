/**
 * Kreis figures of the Pflegestatistik (GENESIS 22411-01-01-4: Einrichtungen, Plätze,
 * Personal am Stichtag), which the sample stock must add up to.
 */
import { splitCsvRecords } from '../import/csvRecords';

export interface FacilityTotals {
  year: number;
  /** Ambulante Pflegedienste. */
  pflegedienste: number;
  personalPflegedienste: number;
  /** Pflegeheime (voll- and teilstationär). */
  pflegeheime: number;
  plaetze: number;
  plaetzeDauerpflege: number;
  personalPflegeheime: number;
}

/** The row of `regionCode` at 31.12.`year`; null when the table has none. */
export function facilityTotals(text: string, regionCode: string, year: number): FacilityTotals | null {
  for (const { fields } of splitCsvRecords(text)) {
    if (fields[0]?.trim() !== `31.12.${year}` || fields[1]?.trim() !== regionCode) continue;
    const n = fields.slice(3, 9).map((f) => Number(f.trim()));
    if (n.length < 6 || n.some((v) => !Number.isInteger(v))) return null;
    const [pflegedienste, personalPflegedienste, pflegeheime, plaetze, plaetzeDauerpflege, personalPflegeheime] = n as [number, number, number, number, number, number];
    return { year, pflegedienste, personalPflegedienste, pflegeheime, plaetze, plaetzeDauerpflege, personalPflegeheime };
  }
  return null;
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest remainder), so the
 * parts always add up to `total` exactly.
 */
export function distribute(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum <= 0) return distribute(total, weights.map(() => 1));
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) parts[order[k]!.i]! += 1;
  return parts;
}
