/**
 * Combines the per-feature channel maps (and handler maps) into one. A plain object spread
 * would let a second feature's channel silently replace the first one's; this refuses any name
 * that two groups declare, so the mistake stops the host at start-up instead of at the user.
 */
type Merged<T extends readonly object[]> = T extends readonly [infer Head, ...infer Rest extends readonly object[]] ? Head & Merged<Rest> : unknown;

export function mergeDisjoint<const T extends readonly object[]>(...groups: T): Merged<T> {
  const merged: Record<string, unknown> = {};
  const duplicates: string[] = [];
  for (const group of groups) {
    for (const [name, value] of Object.entries(group)) {
      if (Object.prototype.hasOwnProperty.call(merged, name)) duplicates.push(name);
      merged[name] = value;
    }
  }
  if (duplicates.length > 0) throw new Error(`Channel name declared twice: ${duplicates.join(', ')}`);
  return merged as Merged<T>;
}
