/**
 * The goals of issue #11, checked against the lines `npm run bench` printed (bench/run.ts prints
 * one `goal` line per check after all scenarios, then a count). A goal whose scenario did not
 * run (a name was chosen, or the scenario failed) is reported as not measured, never as held.
 *
 * Ratios are wall-time medians against the plain baseline of the same run; on a shared machine
 * `cpu_ratio` is printed next to them for judgement, but the goal is judged on the wall ratio.
 */
type Line = Record<string, unknown>;

interface Goal {
  goal: string;
  /** Matches the `scenario` of the line the goal is judged on. */
  scenario: RegExp;
  figure: string;
  limit: number;
}

export const GOALS: readonly Goal[] = [
  { goal: '50,000-offer import ≤ 2× the baseline', scenario: /^stock: import commit of 50000 offers/, figure: 'ratio', limit: 2 },
  { goal: '50,000-offer import: peak memory ≤ 300 MB', scenario: /^stock: import commit of 50000 offers/, figure: 'peak_rss_mb', limit: 300 },
  { goal: '50,000-offer import: host pause ≤ 100 ms', scenario: /^stock: import commit of 50000 offers/, figure: 'max_event_loop_pause_ms', limit: 100 },
  { goal: 'national population import ≤ 3× sqlite3 .import', scenario: /^needs: import national .*every record/, figure: 'ratio', limit: 3 },
  { goal: 'projection of Germany, 30 years, 3 scenarios ≤ 1 s', scenario: /^projection: all Kreise .*3 scenarios/, figure: 'app_ms', limit: 1000 },
  { goal: 'projection ≤ 1.2× the typed-array baseline', scenario: /^projection: all Kreise .*3 scenarios/, figure: 'ratio', limit: 1.2 },
  { goal: 'analysis: every call while the first analysis computes ≤ 500 ms', scenario: /^analysis: Germany-scale plan, first call/, figure: 'longest_call_ms', limit: 500 },
  { goal: 'analysis: host answers within 100 ms while the first analysis computes', scenario: /^analysis: Germany-scale plan, first call/, figure: 'longest_ping_wait_ms', limit: 100 },
  { goal: 'analysis call on a Germany-scale plan ≤ 500 ms (cached)', scenario: /^analysis: Germany-scale plan, repeat call/, figure: 'median_ms', limit: 500 },
  { goal: 'analysis answer ≤ 5 MB', scenario: /^analysis: Germany-scale plan, repeat call/, figure: 'response_mb', limit: 5 },
  { goal: 'merge ≤ 1.5× the set-based baseline', scenario: /^sharing: merge a copy with/, figure: 'ratio', limit: 1.5 },
  { goal: 'merge: host pause ≤ 100 ms', scenario: /^sharing: merge a copy with/, figure: 'max_event_loop_pause_ms', limit: 100 },
  { goal: 'Meilensteinplan PDF: host pause ≤ 100 ms', scenario: /^measures: PDF Meilensteinplan/, figure: 'max_event_loop_pause_ms', limit: 100 },
  { goal: 'Pflegestrukturbericht: host pause ≤ 100 ms', scenario: /^report: PDF and Word, 150 Gemeinden/, figure: 'host_max_pause_ms', limit: 100 },
];

/** One line per goal: the figure, the limit, whether it holds (null: not measured in this run). */
export function judgeGoals(lines: readonly Line[]): Line[] {
  return GOALS.map((g) => {
    const line = lines.find((l) => typeof l.scenario === 'string' && g.scenario.test(l.scenario));
    const value = line?.[g.figure];
    const measured = typeof value === 'number';
    return {
      goal: g.goal,
      scenario: line?.scenario ?? null,
      figure: g.figure,
      value: measured ? value : null,
      limit: g.limit,
      holds: measured ? value <= g.limit : null,
      ...(g.figure === 'ratio' && typeof line?.cpu_ratio === 'number' ? { cpu_ratio: line.cpu_ratio } : {}),
    };
  });
}
