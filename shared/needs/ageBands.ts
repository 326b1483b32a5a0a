/**
 * Age bands (Altersgruppen). Sources use different bands: the Gemeinde table 12411-02-03-5 stops
 * at "75 und mehr", the Kreis table 12411-03-03-4 goes to "90 und mehr", care rates have their
 * own bands. A band is [from, to) in years; `to` null = open band ("und mehr").
 * Keys: "0-3", "75-80", "90+".
 */
import { formatNumberUpTo } from '../format';
import { UserError } from '../contract/errors';

export interface AgeBand {
  from: number;
  to: number | null;
}

export const bandKey = (b: AgeBand): string => (b.to === null ? `${b.from}+` : `${b.from}-${b.to}`);

const parsedKeys = new Map<string, AgeBand | null>();

/** Parses a band key (memoised: projections look up the same few keys millions of times; do not mutate the result). */
export function parseBandKey(key: string): AgeBand | null {
  let b = parsedKeys.get(key);
  if (b === undefined) {
    b = parseBandKeyUncached(key);
    if (parsedKeys.size < 1000) parsedKeys.set(key, b);
  }
  return b;
}

function parseBandKeyUncached(key: string): AgeBand | null {
  const open = /^(\d{1,3})\+$/.exec(key);
  if (open) return { from: Number(open[1]), to: null };
  const closed = /^(\d{1,3})-(\d{1,3})$/.exec(key);
  if (closed && Number(closed[1]) < Number(closed[2])) return { from: Number(closed[1]), to: Number(closed[2]) };
  return null;
}

/** German label for a band key: "75 bis unter 80 Jahre", "90 Jahre und mehr". */
export function bandLabel(key: string): string {
  const b = parseBandKey(key);
  if (!b) return key;
  if (b.to === null) return `${b.from} Jahre und mehr`;
  if (b.from === 0) return `unter ${b.to} Jahre`;
  return `${b.from} bis unter ${b.to} Jahre`;
}

/**
 * Reads an age label of the statistical offices: "unter 3 Jahre", "3 bis unter 6 Jahre",
 * "75 Jahre und mehr", "90 und aelter", "95 und älter", GENESIS codes "ALT003B06", "ALT075UM",
 * or a key "75-80" / "90+". Returns null for anything else (e.g. "Insgesamt").
 */
export function parseAgeLabel(label: string): AgeBand | null {
  const t = label.trim().toLowerCase();
  const key = parseBandKey(t);
  if (key) return key;
  const code = /^alt(\d{3})(?:b(\d{2,3})|um)$/.exec(t);
  if (code) return { from: Number(code[1]), to: code[2] === undefined ? null : Number(code[2]) };
  const under = /^unter (\d{1,3})(?: jahre?n?)?$/.exec(t);
  if (under) return { from: 0, to: Number(under[1]) };
  const range = /^(\d{1,3})(?: jahre?)? bis unter (\d{1,3})(?: jahre?n?)?$/.exec(t);
  if (range) return { from: Number(range[1]), to: Number(range[2]) };
  const open = /^(\d{1,3})(?: jahre)?(?: und (?:mehr|älter|aelter|darüber)| u\.m\.|\+)$/.exec(t);
  if (open) return { from: Number(open[1]), to: null };
  return null;
}

export const contains = (outer: AgeBand, inner: AgeBand): boolean =>
  inner.from >= outer.from && (outer.to === null || (inner.to !== null && inner.to <= outer.to));

export const sortBandKeys = (keys: Iterable<string>): string[] =>
  [...keys].sort((a, b) => (parseBandKey(a)?.from ?? 0) - (parseBandKey(b)?.from ?? 0));

/** Sum of the bands with lower bound ≥ `age` (bands that straddle `age` are not counted). */
export function sumFrom(values: Record<string, number>, age: number): number {
  let sum = 0;
  for (const key in values) {
    const b = parseBandKey(key);
    if (b && b.from >= age) sum += values[key]!;
  }
  return sum;
}

export interface HarmonisedPopulation {
  /** Population per target band. */
  values: Record<string, number>;
  /** German statements of what was assumed (e.g. how an open band was split). */
  assumptions: string[];
}

/**
 * Maps population bands onto target bands (e.g. the bands of a rate set). A source band that
 * lies inside one target band is added to it. A source band that overlaps several target bands
 * — "75 und mehr" onto 75–80, 80–85, 85–90, 90+, or onto "unter 80" / "80 und mehr", where the
 * bound 80 cuts it — is split into its overlaps with the targets in proportion to a reference
 * distribution over finer bands (the Kreis table 12411-03-03-4). Target bands must not overlap
 * and must cover all ages.
 */
export function harmonise(
  population: Record<string, number>,
  targetKeys: readonly string[],
  reference: Record<string, number> | null,
  referenceLabel: string,
): HarmonisedPopulation {
  const values: Record<string, number> = {};
  for (const k of targetKeys) values[k] = 0;
  const assumptions: string[] = [];
  for (const key in population) {
    const value = population[key]!;
    if (value === 0) continue;
    const split = splitOf(key, targetKeys, reference, referenceLabel);
    for (let i = 0; i < split.keys.length; i++) values[split.keys[i]!]! += value * split.weights[i]!;
    if (split.assumption && !assumptions.includes(split.assumption)) assumptions.push(split.assumption);
  }
  return { values, assumptions };
}

interface Split {
  keys: string[];
  /** Shares summing to 1. */
  weights: number[];
  assumption: string | null;
}

// Projections harmonise thousands of Gemeinden with the same bands: the split of a source band
// depends only on the band, the targets and the reference, so it is computed once.
const splits = new WeakMap<object, Map<string, Split>>();
const NO_REFERENCE = {};

function splitOf(key: string, targetKeys: readonly string[], reference: Record<string, number> | null, referenceLabel: string): Split {
  let cache = splits.get(reference ?? NO_REFERENCE);
  if (!cache) {
    cache = new Map();
    splits.set(reference ?? NO_REFERENCE, cache);
  }
  const id = `${key}|${targetKeys.join(',')}|${referenceLabel}`;
  let split = cache.get(id);
  if (!split) {
    split = computeSplit(key, targetKeys, reference, referenceLabel);
    cache.set(id, split);
  }
  return split;
}

/** The ages two bands have in common; null when they do not overlap. */
export function intersect(a: AgeBand, b: AgeBand): AgeBand | null {
  const from = Math.max(a.from, b.from);
  const to = a.to === null ? b.to : b.to === null ? a.to : Math.min(a.to, b.to);
  return to !== null && to <= from ? null : { from, to };
}

function computeSplit(key: string, targetKeys: readonly string[], reference: Record<string, number> | null, referenceLabel: string): Split {
  const band = parseBandKey(key);
  if (!band) return { keys: [], weights: [], assumption: null };
  const targets = targetKeys.map((k) => ({ key: k, band: parseBandKey(k)! }));
  const inside = targets.find((t) => contains(t.band, band));
  if (inside) return { keys: [inside.key], weights: [1], assumption: null };
  // Overlaps several target bands: each target gets the reference's share of the common ages.
  const parts = targets.flatMap((t) => {
    const common = intersect(band, t.band);
    return common ? [{ key: t.key, common }] : [];
  });
  let label = referenceLabel;
  let weights = parts.map((p) => referenceShare(reference, p.common));
  if (weights.some((w) => w === null || w <= 0)) {
    // The reference is not fine enough (e.g. a Kreis row with the Gemeinde table's bands).
    weights = parts.map((p) => referenceShare(GERMANY_2015_BANDS, p.common));
    label = GERMANY_2015_LABEL;
  }
  const known = weights.filter((w): w is number => w !== null);
  const total = known.reduce((a, b) => a + b, 0);
  if (parts.length === 0 || known.length < weights.length || total <= 0 || known.some((w) => w <= 0)) {
    throw new UserError(`Die Altersgruppe „${bandLabel(key)}“ lässt sich nicht auf die Altersgruppen der Quoten abbilden. Bitte Altersgruppen verwenden, die an den Grenzen der Quoten (z. B. 65, 80, 90 Jahre) beginnen und enden.`, 'bands');
  }
  const shares = known.map((w) => w / total);
  const described = parts.map((p, i) => {
    const part = bandKey(p.common) === p.key ? bandLabel(p.key) : `${bandLabel(bandKey(p.common))} (zu „${bandLabel(p.key)}“)`;
    return `${part} ${formatNumberUpTo(shares[i]! * 100, 1)} %`;
  });
  return {
    keys: parts.map((p) => p.key),
    weights: shares,
    assumption: `Die Altersgruppe „${bandLabel(key)}“ wurde im Verhältnis ${label} aufgeteilt: ${described.join(', ')}.`,
  };
}

/**
 * Reference population of exactly the ages of `band`, from reference bands lying inside it;
 * null when those bands do not cover `band` without gaps (the reference cannot say how many).
 */
function referenceShare(reference: Record<string, number> | null, band: AgeBand): number | null {
  if (!reference) return null;
  const inside: Array<{ b: AgeBand; v: number }> = [];
  for (const [key, v] of Object.entries(reference)) {
    const b = parseBandKey(key);
    if (b && contains(band, b)) inside.push({ b, v });
  }
  inside.sort((x, y) => x.b.from - y.b.from);
  let at: number | null = band.from;
  let sum = 0;
  for (const { b, v } of inside) {
    if (at === null || b.from !== at) return null;
    at = b.to;
    sum += v;
  }
  return at === band.to ? sum : null;
}

/**
 * Reference age distribution of Germany (all 21 bands), 31.12.2015 (12411-03-03-4, row DG,
 * © Statistische Ämter des Bundes und der Länder, 2017, dl-de/by-2-0). Used to split open bands
 * when no Kreis table has been imported.
 */
export const GERMANY_2015_LABEL = 'der Altersverteilung Deutschlands am 31.12.2015 (12411-03-03-4)';

export const GERMANY_2015_BANDS: Record<string, number> = {
  '0-3': 2200407,
  '3-6': 2130002,
  '6-10': 2855051,
  '10-15': 3695666,
  '15-18': 2444551,
  '18-20': 1745413,
  '20-25': 4587878,
  '25-30': 5387681,
  '30-35': 5167860,
  '35-40': 4951744,
  '40-45': 4990088,
  '45-50': 6523704,
  '50-55': 6954765,
  '55-60': 6038640,
  '60-65': 5202056,
  '65-70': 4331884,
  '70-75': 3969193,
  '75-80': 4269898,
  '80-85': 2524412,
  '85-90': 1486700,
  '90+': 718091,
};
