/**
 * Offers per Gemeinde for the map and the charts, from the groups counted in SQL: count and
 * capacity per Gemeinde (the sums over Gemeinden equal the totals of the offers that have a
 * Gemeinde) and per type, and class breaks for shading.
 */

/** Offers of one Gemeinde and offer type, counted in SQL (`stock.offerMap`). */
export interface OfferGroup {
  gemeindeId: string | null;
  typeId: string;
  count: number;
  capacity: number;
}

export interface GemeindeStat {
  count: number;
  capacity: number;
}

export function statsByGemeinde(groups: readonly OfferGroup[], typeFilter: string | null): Map<string, GemeindeStat> {
  const m = new Map<string, GemeindeStat>();
  for (const g of groups) {
    if (!g.gemeindeId || (typeFilter && g.typeId !== typeFilter)) continue;
    const s = m.get(g.gemeindeId) ?? { count: 0, capacity: 0 };
    s.count += g.count;
    s.capacity += g.capacity;
    m.set(g.gemeindeId, s);
  }
  return m;
}

/** Count and capacity per offer type over all Gemeinden (and offers without one). */
export function statsByType(groups: readonly OfferGroup[]): Map<string, GemeindeStat> {
  const m = new Map<string, GemeindeStat>();
  for (const g of groups) {
    const s = m.get(g.typeId) ?? { count: 0, capacity: 0 };
    s.count += g.count;
    s.capacity += g.capacity;
    m.set(g.typeId, s);
  }
  return m;
}

/**
 * Upper bounds of up to `classes` shading classes over the positive values ("nice" equal
 * steps from 0 to the maximum). Class 0 is reserved for "none".
 */
export function classBreaks(values: readonly number[], classes = 4, integer = false): number[] {
  const max = Math.max(0, ...values);
  if (max <= 0) return [];
  const rawStep = max / classes;
  const magnitude = 10 ** Math.floor(Math.log10(rawStep));
  const nice = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= rawStep) ?? rawStep;
  // Counts come in whole numbers: classes like "1 – 0,5" make no sense, so steps are whole too.
  const step = integer ? Math.max(1, Math.ceil(nice)) : nice;
  const breaks: number[] = [];
  for (let b = step; breaks.length < classes; b += step) {
    breaks.push(Number(b.toPrecision(12)));
    if (b >= max) break;
  }
  return breaks;
}

/** 0 for none, else 1 + the index of the first break ≥ value. */
export function classOf(value: number, breaks: readonly number[]): number {
  if (value <= 0) return 0;
  const i = breaks.findIndex((b) => value <= b);
  return i < 0 ? breaks.length : i + 1;
}
