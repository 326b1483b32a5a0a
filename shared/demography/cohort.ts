/**
 * The cohort-component projection of one Kreis and its Gemeinden, in annual steps from one
 * 31.12. to the next (pure, typed arrays, nothing allocated inside the loop):
 *   survivors: everyone aged a ages to a + 1 (90+ stays open) with survival exp(−m̄), m̄ the
 *              mean central death rate of the ages the cohort passes through;
 *   births:    Σ women(a) × fertility(a), split by the boys' share; newborns survive half a year;
 *   migration: net moves = rate(sex, age) × survivors (or a given number per cell);
 *   Gemeinden: the same rates with their own migration, then scaled per age and sex so that they
 *              sum to the Kreis (the Kreis result is the control total);
 *   official projection (optional): the Kreis is scaled to it; the difference is booked as migration.
 * The balance P(t+1) = P(t) − deaths + births + net migration holds per Kreis and year.
 */
import { AGES, type Band, bandEnd, CELLS, OPEN } from './ages';

export type MigrationScenario =
  | { kind: 'keine' }
  | { kind: 'beobachtet' }
  /** Observed rates from `fromAge` on, younger ages damped by `factor` (2015 was exceptional). */
  | { kind: 'gedaempft'; factor: number; fromAge: number }
  /** A net number of people per year, spread like the observed in- (or out-) moves. */
  | { kind: 'eingabe'; netPerYear: number };

export interface DemographicScenario {
  migration: MigrationScenario;
  /** Yearly decline of all death rates (0.01 = 1 %); 0 = constant mortality. */
  mortalityDecline: number;
}

/**
 * The default scenario ("Trend, gedämpfte Wanderung"):
 * - mortality falls 1 % a year, about the gain in life expectancy of Destatis's moderate variant
 *   (14. koordinierte Bevölkerungsvorausberechnung, L2); with it the national deaths of
 *   2016–2019 are met within 1 %;
 * - migration from 50 years on as observed; below 50 the observed rates × 0.2, because 2015's
 *   net immigration (+1.14 million) was about five times the long-term assumption of the same
 *   projection (W2: +221,000 a year), and it came almost entirely at young ages.
 */
export const DEFAULT_MIGRATION_DAMPING = 0.2;
export const DEFAULT_SCENARIO: DemographicScenario = {
  migration: { kind: 'gedaempft', factor: DEFAULT_MIGRATION_DAMPING, fromAge: 50 },
  mortalityDecline: 0.01,
};

export interface KreisSchedules {
  /** Central death rates on the grid (national × the Kreis's SMR). */
  mortality: Float64Array;
  /** Births per woman by single age (national × the Kreis's fertility ratio). */
  fertility: Float64Array;
  boysShare: number;
  /** Observed net migration per person across the Kreis border. */
  migration: Float64Array;
  /** Shares of the observed in- and out-moves per cell (for a user-entered net number). */
  inProfile: Float64Array;
  outProfile: Float64Array;
}

export interface GemeindeInput {
  ags: string;
  base: Float64Array;
  /** Observed net migration per person across the Gemeinde border; null = the Kreis's rates. */
  migration: Float64Array | null;
}

/** One official figure of the Kreis: a band (of one sex, or both when sex is null). */
export interface ControlFigure {
  band: Band;
  sex: number | null;
  value: number;
}

/** Official projection of the Kreis, per year: figures whose bands do not overlap. */
export type ControlTotals = Map<number, ControlFigure[]>;

export interface KreisProjectionInput {
  baseYear: number;
  endYear: number;
  base: Float64Array;
  gemeinden: readonly GemeindeInput[];
  schedules: KreisSchedules;
  scenario: DemographicScenario;
  control?: ControlTotals;
}

export interface YearComponents {
  year: number;
  population: number;
  deaths: number;
  births: number;
  migration: number;
}

/** Called per year with the Kreis and each Gemeinde's population (arrays are reused: copy to keep). */
export type YearSink = (year: number, kreis: Float64Array, gemeinden: readonly Float64Array[]) => void;

/** Migration rates of a scenario (per person) and a number of movers per cell. */
export function scenarioMigration(observed: Float64Array, s: KreisSchedules | null, m: MigrationScenario): { rates: Float64Array; absolute: Float64Array | null } {
  if (m.kind === 'eingabe' && s) {
    const profile = m.netPerYear >= 0 ? s.inProfile : s.outProfile;
    const absolute = new Float64Array(CELLS);
    for (let i = 0; i < CELLS; i++) absolute[i] = m.netPerYear * profile[i]!;
    return { rates: new Float64Array(CELLS), absolute };
  }
  return { rates: migrationRatesInto(observed, m, new Float64Array(CELLS)), absolute: null };
}

/** The per-person migration rates of a scenario, written into `out` (zero-filled by the caller). */
function migrationRatesInto(observed: Float64Array, m: MigrationScenario, out: Float64Array): Float64Array {
  if (m.kind === 'beobachtet') out.set(observed);
  if (m.kind === 'gedaempft' || m.kind === 'eingabe') {
    // 'eingabe' sets the Kreis's number; its Gemeinden keep their damped pattern and are then
    // scaled to the Kreis.
    const factor = m.kind === 'gedaempft' ? m.factor : DEFAULT_MIGRATION_DAMPING;
    const fromAge = m.kind === 'gedaempft' ? m.fromAge : 50;
    for (let i = 0; i < CELLS; i++) out[i] = observed[i]! * (i % AGES >= fromAge ? 1 : factor);
  }
  return out;
}

interface StepRates {
  survival: Float64Array;
  newbornSurvival: Float64Array;
  fertility: Float64Array;
  /**
   * The ages with a fertility other than 0 lie in fertileFrom … fertileTo − 1: births are summed
   * over those only (a term 0 × population adds exactly nothing, so the sum is the same to the
   * last bit; for every Gemeinde of Germany and year the loop was a sixth of the projection).
   */
  fertileFrom: number;
  fertileTo: number;
  boysShare: number;
}

const newStepRates = (boysShare: number): StepRates => ({
  survival: new Float64Array(CELLS),
  newbornSurvival: new Float64Array(2),
  fertility: new Float64Array(AGES),
  fertileFrom: 0,
  fertileTo: 0,
  boysShare,
});

/** The rates of the step into year baseYear + t, written into `r` (reused from year to year). */
function stepRates(s: KreisSchedules, decline: number, t: number, r: StepRates): StepRates {
  const f = Math.pow(1 - decline, t);
  const { survival, newbornSurvival, fertility } = r;
  for (let sex = 0; sex < 2; sex++) {
    const b = sex * AGES;
    for (let a = 0; a < OPEN; a++) survival[b + a] = Math.exp((-f * (s.mortality[b + a]! + s.mortality[b + a + 1]!)) / 2);
    survival[b + OPEN] = Math.exp(-f * s.mortality[b + OPEN]!);
    newbornSurvival[sex] = Math.exp((-f * s.mortality[b]!) / 2);
  }
  // Women aged a on 31.12. give birth at ages a and a + 1 during the next year.
  for (let a = 0; a < OPEN; a++) fertility[a] = (s.fertility[a]! + s.fertility[a + 1]!) / 2;
  let from = 0;
  let to = OPEN;
  while (from < to && fertility[from] === 0) from++;
  while (to > from && fertility[to - 1] === 0) to--;
  r.fertileFrom = from;
  r.fertileTo = to;
  return r;
}

/** One annual step from `pop` into `out`; returns [deaths, births, net migration]. */
function advance(pop: Float64Array, out: Float64Array, r: StepRates, rates: Float64Array, absolute: Float64Array | null, comp: Float64Array): void {
  out.fill(0);
  let before = 0;
  let survivors = 0;
  for (let sex = 0; sex < 2; sex++) {
    const b = sex * AGES;
    for (let a = 0; a < OPEN; a++) {
      const p = pop[b + a]!;
      before += p;
      const s = p * r.survival[b + a]!;
      out[b + a + 1] = s;
      survivors += s;
    }
    const p = pop[b + OPEN]!;
    before += p;
    const s = p * r.survival[b + OPEN]!;
    out[b + OPEN]! += s;
    survivors += s;
  }
  let births = 0;
  for (let a = r.fertileFrom; a < r.fertileTo; a++) births += r.fertility[a]! * pop[AGES + a]!;
  const boys = births * r.boysShare * r.newbornSurvival[0]!;
  const girls = births * (1 - r.boysShare) * r.newbornSurvival[1]!;
  out[0] = boys;
  out[AGES] = girls;
  let net = 0;
  for (let i = 0; i < CELLS; i++) {
    let d = rates[i]! * out[i]! + (absolute ? absolute[i]! : 0);
    if (out[i]! + d < 0) d = -out[i]!;
    out[i]! += d;
    net += d;
  }
  comp[0] = before - survivors + births - boys - girls;
  comp[1] = births;
  comp[2] = net;
}

/**
 * The Gemeinde step: the same arithmetic as `advance`, fused with summing into `sum` for the
 * constraint and without bookkeeping (the Kreis carries the components). `growth` is 1 + the
 * migration rate per cell (computed once per projection, not per year).
 */
function advanceGemeinde(pop: Float64Array, out: Float64Array, r: StepRates, growth: Float64Array, sum: Float64Array): void {
  const survival = r.survival;
  let births = 0;
  for (let a = r.fertileFrom; a < r.fertileTo; a++) births += r.fertility[a]! * pop[AGES + a]!;
  for (let sex = 0; sex < 2; sex++) {
    const b = sex * AGES;
    const newborn = births * (sex === 0 ? r.boysShare : 1 - r.boysShare) * r.newbornSurvival[sex]!;
    let v = newborn * growth[b]!;
    let w = v > 0 ? v : 0;
    out[b] = w;
    sum[b]! += w;
    for (let a = 1; a < OPEN; a++) {
      v = pop[b + a - 1]! * survival[b + a - 1]! * growth[b + a]!;
      w = v > 0 ? v : 0;
      out[b + a] = w;
      sum[b + a]! += w;
    }
    v = (pop[b + OPEN - 1]! * survival[b + OPEN - 1]! + pop[b + OPEN]! * survival[b + OPEN]!) * growth[b + OPEN]!;
    w = v > 0 ? v : 0;
    out[b + OPEN] = w;
    sum[b + OPEN]! += w;
  }
}

/** Scales Gemeinden to the Kreis with the per-cell sums of `advanceGemeinde`. */
function scaleToKreis(kreis: Float64Array, gemeinden: readonly Float64Array[], sum: Float64Array): void {
  for (let i = 0; i < CELLS; i++) {
    if (sum[i]! > 0) sum[i] = kreis[i]! / sum[i]!;
    else if (kreis[i]! > 0) {
      spreadBySize(kreis[i]!, gemeinden, i);
      sum[i] = 1;
    } else sum[i] = 0;
  }
  for (const g of gemeinden) for (let i = 0; i < CELLS; i++) g[i]! *= sum[i]!;
}

const figureSum = (pop: Float64Array, f: ControlFigure): number => {
  let sum = 0;
  for (let sex = 0; sex < 2; sex++) {
    if (f.sex !== null && f.sex !== sex) continue;
    for (let a = Math.min(f.band.from, OPEN), end = bandEnd(f.band); a < end; a++) sum += pop[sex * AGES + a]!;
  }
  return sum;
};

/** Scales the Kreis to the official figures of `year`; returns the people added (or removed). */
function applyControl(kreis: Float64Array, control: ControlTotals | undefined, year: number): number {
  const figures = control?.get(year);
  if (!figures) return 0;
  let change = 0;
  for (const f of figures) {
    const model = figureSum(kreis, f);
    if (!(model > 0)) continue;
    const factor = f.value / model;
    for (let sex = 0; sex < 2; sex++) {
      if (f.sex !== null && f.sex !== sex) continue;
      for (let a = Math.min(f.band.from, OPEN), end = bandEnd(f.band); a < end; a++) kreis[sex * AGES + a]! *= factor;
    }
    change += f.value - model;
  }
  return change;
}

/**
 * Official projections often come in five-year steps: the figures of the years between are
 * interpolated linearly, starting from the base population in the base year. After the last
 * official year the model runs on by itself.
 */
export function interpolateControl(control: ControlTotals, base: Float64Array, baseYear: number): ControlTotals {
  const years = [...control.keys()].filter((y) => y > baseYear).sort((a, b) => a - b);
  const out: ControlTotals = new Map();
  let prevYear = baseYear;
  let prev: ControlFigure[] | null = null;
  for (const y of years) {
    const figures = control.get(y)!;
    const start = prev ?? figures.map((f) => ({ ...f, value: figureSum(base, f) }));
    for (let t = prevYear + 1; t < y; t++) {
      const w = (t - prevYear) / (y - prevYear);
      out.set(
        t,
        figures.map((f, i) => ({ ...f, value: (start[i]?.value ?? f.value) * (1 - w) + f.value * w })),
      );
    }
    out.set(y, figures);
    prevYear = y;
    prev = figures;
  }
  return out;
}

/**
 * Scales Gemeinden per cell so that they sum to the Kreis. Gemeinde by Gemeinde (sequential
 * memory), because this runs for every Gemeinde of Germany in every year.
 */
export function constrainToKreis(kreis: Float64Array, gemeinden: readonly Float64Array[], sum = new Float64Array(CELLS)): void {
  if (gemeinden.length === 0) return;
  sum.fill(0);
  for (const g of gemeinden) for (let i = 0; i < CELLS; i++) sum[i]! += g[i]!;
  scaleToKreis(kreis, gemeinden, sum);
}

/** Nobody of this age and sex in any Gemeinde (tiny places): the Kreis's people spread by size. */
function spreadBySize(target: number, gemeinden: readonly Float64Array[], i: number): void {
  const sizes = gemeinden.map((g) => g.reduce((a, b) => a + b, 0));
  const all = sizes.reduce((a, b) => a + b, 0);
  gemeinden.forEach((g, k) => (g[i] = all > 0 ? (target * sizes[k]!) / all : target / gemeinden.length));
}

/**
 * Projects one Kreis and its Gemeinden from baseYear to endYear. `sink` sees every year including
 * the base year; the result lists the components of each year's change.
 */
export function projectKreis(input: KreisProjectionInput, sink?: YearSink): YearComponents[] {
  const buffer = takeGemeindeBuffer(3 * input.gemeinden.length * CELLS);
  try {
    return projectWith(input, buffer, sink);
  } finally {
    giveBackGemeindeBuffer(buffer);
  }
}

function projectWith(input: KreisProjectionInput, buffer: Float64Array, sink?: YearSink): YearComponents[] {
  const { schedules: s, scenario } = input;
  let kreis = Float64Array.from(input.base);
  let next = new Float64Array(CELLS);
  // Every Gemeinde a view into one buffer (per purpose): one allocation instead of one per
  // Gemeinde and year; on a national run that was an eighth of the time in garbage collection.
  const G = input.gemeinden.length;
  let gem = cellViews(buffer.subarray(0, G * CELLS), G);
  let gemNext = cellViews(buffer.subarray(G * CELLS, 2 * G * CELLS), G);
  // Zero-filled: migrationRatesInto writes only the cells its kind sets.
  const gemGrowth = cellViews(buffer.subarray(2 * G * CELLS, 3 * G * CELLS).fill(0), G);
  const gemScenario = scenario.migration.kind === 'eingabe' ? DEFAULT_SCENARIO.migration : scenario.migration;
  input.gemeinden.forEach((g, k) => {
    gem[k]!.set(g.base);
    const growth = migrationRatesInto(g.migration ?? s.migration, gemScenario, gemGrowth[k]!);
    for (let i = 0; i < CELLS; i++) growth[i]! += 1;
  });
  constrainToKreis(kreis, gem);
  const kreisMig = scenarioMigration(s.migration, s, scenario.migration);
  const rates = newStepRates(s.boysShare);
  const comp = new Float64Array(3);
  const scratch = new Float64Array(CELLS);
  const out: YearComponents[] = [{ year: input.baseYear, population: sum(kreis), deaths: 0, births: 0, migration: 0 }];
  sink?.(input.baseYear, kreis, gem);
  for (let year = input.baseYear + 1; year <= input.endYear; year++) {
    const r = stepRates(s, scenario.mortalityDecline, year - input.baseYear, rates);
    advance(kreis, next, r, kreisMig.rates, kreisMig.absolute, comp);
    const adjusted = applyControl(next, input.control, year);
    scratch.fill(0);
    for (let k = 0; k < gem.length; k++) advanceGemeinde(gem[k]!, gemNext[k]!, r, gemGrowth[k]!, scratch);
    if (gem.length > 0) scaleToKreis(next, gemNext, scratch);
    [kreis, next] = [next, kreis];
    [gem, gemNext] = [gemNext, gem];
    out.push({ year, population: sum(kreis), deaths: comp[0]!, births: comp[1]!, migration: comp[2]! + adjusted });
    sink?.(year, kreis, gem);
  }
  return out;
}

/**
 * The Gemeinde buffer of the last projection, taken by the next: a national run (11,000
 * Gemeinden, three scenarios) allocated ≈ 150 MB of them, which the garbage collector then
 * chased alongside. Taken while in use, so a projection started from inside a sink gets its own;
 * the arrays a sink sees are reused anyway (YearSink: copy to keep).
 */
let spareBuffer: Float64Array | null = null;

function takeGemeindeBuffer(length: number): Float64Array {
  const held = spareBuffer;
  if (held && held.length >= length) {
    spareBuffer = null;
    return held;
  }
  return new Float64Array(length);
}

function giveBackGemeindeBuffer(buffer: Float64Array): void {
  if (!spareBuffer || spareBuffer.length < buffer.length) spareBuffer = buffer;
}

/** `n` consecutive Gemeinde populations (CELLS each) in `buffer`. */
const cellViews = (buffer: Float64Array, n: number): Float64Array[] => Array.from({ length: n }, (_, k) => buffer.subarray(k * CELLS, (k + 1) * CELLS));

const sum = (p: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += p[i]!;
  return s;
};
