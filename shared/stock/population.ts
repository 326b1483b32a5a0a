/**
 * Inhabitants aged 65 and over from a population row's age bands ({"60-65": 110, "65-75": 287,
 * "75+": 273}), for shading the map per 1,000 inhabitants 65+.
 */

/** Sum of the bands at or above 65; null when a band straddles 65 (it cannot be split). */
export function population65(bands: Record<string, number>): number | null {
  let sum = 0;
  let found = false;
  for (const [key, value] of Object.entries(bands)) {
    const m = /^(\d+)\s*(?:-\s*(\d+)|\+)$/.exec(key.trim());
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? Infinity : Number(m[2]);
    if (from >= 65) {
      sum += value;
      found = true;
    } else if (to > 65) return null;
  }
  return found ? sum : null;
}

/** Value per 1,000 inhabitants 65+; null without population. */
export function per1000(value: number, population: number | null | undefined): number | null {
  if (!population || population <= 0) return null;
  return (value / population) * 1000;
}
