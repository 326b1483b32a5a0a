/** Indicator attainment: how far the latest value has come from the baseline towards the target. */

export interface IndicatorLike {
  baseline: number | null;
  targetValue: number | null;
  values: readonly { measuredOn: string; value: number }[];
}

/**
 * (latest − baseline) / (target − baseline); 1 = target reached. Works for falling targets
 * too (e.g. waiting times). Baseline 0 when none is given. Null when there is no target, no
 * value yet, or target equals baseline.
 */
export function attainment(i: IndicatorLike): number | null {
  if (i.targetValue === null || i.values.length === 0) return null;
  const latest = [...i.values].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn)).at(-1)!;
  const base = i.baseline ?? 0;
  if (i.targetValue === base) return null;
  return (latest.value - base) / (i.targetValue - base);
}
