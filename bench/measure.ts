/** Runs a scenario `runs` times and prints one JSON line: median/min/max ms, peak RSS, extras. */
export type Measure = (name: string, runs: number, fn: (i: number) => Promise<Record<string, unknown> | void>) => Promise<void>;

const round = (n: number) => Math.round(n * 10) / 10;

export const measure: Measure = async (name, runs, fn) => {
  const times: number[] = [];
  let extra: Record<string, unknown> = {};
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      extra = (await fn(i)) ?? {};
      times.push(performance.now() - start);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
  } finally {
    clearInterval(sampler);
  }
  times.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      scenario: name,
      runs,
      median_ms: round(times[Math.floor(times.length / 2)]!),
      min_ms: round(times[0]!),
      max_ms: round(times.at(-1)!),
      peak_rss_mb: round(peak / 1e6),
      ...extra,
    }),
  );
};

/** A bench scenario file exports `run`; it gets a scratch folder that is removed afterwards. */
export type Scenario = (measure: Measure, scratchDir: string) => Promise<void>;
