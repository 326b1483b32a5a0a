/**
 * Measuring inside one scenario process (bench/child.ts). Every call prints one JSON line.
 *
 * - `measure(name, runs, fn)`: median/min/max ms over `runs`, the peak RSS *of this measurement*,
 *   and whatever `fn` returns.
 * - `measure.app(name, runs, fn, { job })` and `measure.baseline(name, runs, fn)`: the two sides of
 *   a comparison; bench/run.ts joins them into one line with app_ms, baseline_ms and ratio. App
 *   paths that the app runs as a job are benched as one (`runJob`) and report the host's longest
 *   event-loop pause during the measurement.
 *
 * `cpu_ms` is the CPU time (user + system, all threads, plus child processes waited for, such as
 * the `sqlite3` CLI of a baseline) of the median run: on a shared machine it varies much less
 * than the wall time.
 *
 * Peak RSS: on Linux the kernel's high-water mark (VmHWM) is reset before each measurement
 * (`/proc/self/clear_refs` ← 5) and read after it, so a measurement never inherits an earlier
 * one's peak and short synchronous spikes are not missed; elsewhere RSS is sampled every 20 ms.
 * Each scenario file (and each part of one) runs in its own process, see bench/run.ts.
 */
import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { JobRunner, type JobContext } from '../db/jobs/jobRunner';

type Extra = Record<string, unknown> | void;
type Fn = (i: number) => Promise<Extra>;
/** Runs after the timing (e.g. a checksum of what was written); its fields join the line. */
type Check = () => Record<string, unknown>;

export interface Measure {
  (name: string, runs: number, fn: Fn): Promise<void>;
  /** The app's path of a comparison; `job: true` when the app runs it as a job (measures event-loop pauses). */
  app(name: string, runs: number, fn: Fn, options?: { job?: boolean; check?: Check; before?: (i: number) => Promise<void> }): Promise<void>;
  /** Without a baseline, for jobs (and handlers that block): the plain line plus the host's longest event-loop pause. */
  job(name: string, runs: number, fn: Fn): Promise<void>;
  /** The plain baseline of the comparison of the same name. */
  baseline(name: string, runs: number, fn: Fn, options?: { check?: Check }): Promise<void>;
}

/** A bench scenario file exports `run`; it gets a scratch folder that is removed afterwards.
 * A file may export `parts` (names): each part then runs in its own process with `part` set. */
export type Scenario = (measure: Measure, scratchDir: string, part?: string) => Promise<void>;

const round = (n: number) => Math.round(n * 10) / 10;
const STATUS = '/proc/self/status';
const hasHwm = (() => {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return /VmHWM:\s+\d+/.test(fs.readFileSync(STATUS, 'utf8'));
  } catch {
    return false;
  }
})();

/** Starts tracking the peak RSS from now; the returned function gives it in bytes. */
function trackPeak(): () => number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  if (hasHwm) {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return () => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(STATUS, 'utf8'))![1]) * 1024;
  }
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return () => {
    clearInterval(sampler);
    return Math.max(peak, process.memoryUsage().rss);
  };
}

/**
 * CPU ms of the child processes this process has waited for (Linux: cutime + cstime of
 * /proc/self/stat, in clock ticks of 10 ms); 0 elsewhere.
 */
function childrenCpuMs(): number {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 3, cutime 16 and cstime 17.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

let processPeak = 0;

/** The largest peak RSS of any measurement in this process (the kernel's own maximum is reset by them). */
export const processPeakRss = (): number => Math.max(processPeak, process.resourceUsage().maxRSS * 1024);

/** Run before each timed run, outside its time (what a planner's situation has ready, such as a worker started ahead). */
type Before = (i: number) => Promise<void>;

async function timed(runs: number, fn: Fn, eventLoop: boolean, before?: Before) {
  const times: number[] = [];
  let extra: Record<string, unknown> = {};
  const peak = trackPeak();
  const delay = eventLoop ? monitorEventLoopDelay({ resolution: 10 }) : null;
  delay?.enable();
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.(i);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const childStart = childrenCpuMs();
    extra = (await fn(i)) ?? {};
    const used = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000 + childrenCpuMs() - childStart);
  }
  delay?.disable();
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const peakRss = peak();
  processPeak = Math.max(processPeak, peakRss);
  return {
    median_ms: round(times[Math.floor(times.length / 2)]!),
    min_ms: round(times[0]!),
    max_ms: round(times.at(-1)!),
    cpu_ms: round(cpu[Math.floor(cpu.length / 2)]!),
    peak_rss_mb: round(peakRss / 1e6),
    ...(delay ? { max_event_loop_pause_ms: round(delay.max / 1e6) } : {}),
    extra,
  };
}

const print = (line: Record<string, unknown>) => console.log(JSON.stringify(line));

export const measure: Measure = Object.assign(
  async (name: string, runs: number, fn: Fn) => {
    const { extra, ...t } = await timed(runs, fn, false);
    print({ scenario: name, runs, ...t, ...extra });
  },
  {
    app: async (name: string, runs: number, fn: Fn, options: { job?: boolean; check?: Check; before?: Before } = {}) => {
      const { extra, ...t } = await timed(runs, fn, options.job ?? false, options.before);
      print({ scenario: name, role: 'app', runs, ...t, ...extra, ...options.check?.() });
    },
    job: async (name: string, runs: number, fn: Fn) => {
      const { extra, ...t } = await timed(runs, fn, true);
      print({ scenario: name, runs, ...t, ...extra });
    },
    baseline: async (name: string, runs: number, fn: Fn, options: { check?: Check } = {}) => {
      const { extra, ...t } = await timed(runs, fn, false);
      print({ scenario: name, role: 'baseline', runs, ...t, ...extra, ...options.check?.() });
    },
  },
);

/** Runs `work` through the app's job runner, as the handlers do, and returns its result. */
export async function runJob<T>(kind: string, work: (job: JobContext) => Promise<T>): Promise<T> {
  const runner = new JobRunner();
  let result: T | undefined;
  const id = runner.start(kind, 'bench', async (job) => (result = await work(job)));
  const status = await runner.wait(id, 'bench');
  if (status.state !== 'done') throw new Error(`Job ${kind}: ${status.state} ${status.error ?? ''}`);
  return result as T;
}
