/**
 * Called first thing in every worker thread: background work (layout, imports, merge, analysis)
 * gives way to the host's thread, which answers the window. On a two-core laptop busy with
 * other programs the host otherwise waits for the scheduler behind its own workers (the report
 * bench measured host pauses of 100–160 ms while its worker laid out the PDF).
 *
 * Linux keeps a nice value per thread, so `setPriority(0, …)` in a worker lowers that thread
 * alone (and threads it starts). Elsewhere pid 0 would mean the whole process, the window
 * included: there nothing is changed.
 */
import os from 'node:os';

/** Nice +10: a quarter of the host's share or less when both want the CPU; all of it when the host is idle. */
const BACKGROUND_NICE = 10;
/** Nice +19, for work nobody waits for yet (a check whose verdict is needed only at the end of a job). */
export const IDLE_NICE = 19;

export function lowerThreadPriority(nice = BACKGROUND_NICE): void {
  if (process.platform !== 'linux') return;
  try {
    if (os.getPriority(0) < nice) os.setPriority(0, nice);
  } catch {
    // Not allowed (a sandbox or container): the work runs at normal priority.
  }
}
