/**
 * Share and merge at Germany scale: a plan with ~11,000 Gemeinden is shared; each copy then
 * gets 100,000 logged changes (new Planungsbereiche and edits of Gemeinden; a few hundred on
 * the same fields, so conflicts are recorded too), written through the change writer in a few
 * large transactions. Measured: merging the copy into the master as a job (time, peak
 * memory, and the longest pause of the event loop, i.e. how responsive the window stays).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlanSession } from '../../db/session';
import { mergePlanFile } from '../../db/sharing/merge';
import { sharePlanFile } from '../../db/sharing/share';
import { runJob, type Scenario } from '../measure';

const meta = { title: 'Bench Deutschland', districtName: 'Deutschland', kreisKey: '', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const GEMEINDEN = 11_000;
const CHANGES = 100_000;

/** Exactly `CHANGES` log entries: new areas (one whole-row entry each) and Gemeinde edits (1 entry each). */
async function edit(session: PlanSession, ids: string[], side: 'a' | 'b'): Promise<number> {
  const before = (session.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
  const areas = 20_000; // 20,000 entries (an insert is one whole-row entry)
  const overlap = 300; // the same field on both sides: conflicts
  // Transactions of 10,000 writes: large, but small enough to keep the generator's memory low.
  for (let start = 0; start < areas; start += 10_000) {
    await session.write(async (w) => {
      for (let i = start; i < Math.min(areas, start + 10_000); i++) await w.insert('planning_area', { id: randomUUID(), name: `Bereich ${side} ${i}`, description: '' });
    });
  }
  // The same field on both sides (conflicts), then disjoint edits: side a edits lat, side b lon.
  const edits: [string, Record<string, unknown>][] = [];
  for (let i = 0; i < overlap; i++) edits.push([ids[i]!, { name: `Gemeinde ${i} (${side})` }]);
  for (let round = 1; edits.length < CHANGES - areas; round++) {
    for (let i = 0; i < ids.length && edits.length < CHANGES - areas; i++) edits.push([ids[i]!, side === 'a' ? { lat: 47 + round + i / 1e5 } : { lon: 6 + round + i / 1e5 }]);
  }
  for (let start = 0; start < edits.length; start += 10_000) {
    await session.write(async (w) => {
      for (const [id, patch] of edits.slice(start, start + 10_000)) await w.update('gemeinde', id, patch);
    });
  }
  return (session.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n - before;
}

/** Builds master and copy with their changes; run in a child process (see below). */
async function generate(dir: string): Promise<void> {
  const master = await PlanSession.create(path.join(dir, 'sharing-master.sqlite'), meta);
  const ids: string[] = [];
  await master.write(async (w) => {
    for (let i = 0; i < GEMEINDEN; i++) {
      const id = randomUUID();
      ids.push(id);
      await w.insert('gemeinde', { id, ags: String(1_000_000 + i).padStart(8, '0'), name: `Gemeinde ${i}`, kind: 'gemeinde', lat: 50, lon: 10, geometry: null });
    }
  });
  const share = performance.now();
  const copyPath = path.join(dir, 'sharing-kopie.sqlite');
  await sharePlanFile(master, copyPath, { withoutPersonalData: true });
  const shareMs = performance.now() - share;
  const copy = await PlanSession.open(copyPath, { backupDir: dir });
  const mine = await edit(master, ids, 'a');
  const theirs = await edit(copy, ids, 'b');
  copy.close();
  master.close();
  fs.writeFileSync(path.join(dir, 'sharing-generated.json'), JSON.stringify({ mine, theirs, shareMs, fileMb: fs.statSync(copyPath).size / 1e6 }));
}

// The generator runs in its own process, so that its garbage (hundreds of thousands of
// statements of the writes) does not distort the merge's time, memory and pauses.
if (process.argv[2] === '--generate-sharing') await generate(process.argv[3]!);

export const run: Scenario = async (measure, dir) => {
  execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--generate-sharing', dir], { stdio: 'inherit' });
  const generated = JSON.parse(fs.readFileSync(path.join(dir, 'sharing-generated.json'), 'utf8')) as { mine: number; theirs: number; shareMs: number; fileMb: number };
  console.log(JSON.stringify({ scenario: 'sharing: share a Germany-scale plan (VACUUM INTO, check, rename)', runs: 1, median_ms: Math.round(generated.shareMs), copy_mb_after_edits: Math.round(generated.fileMb * 10) / 10 }));
  const master = await PlanSession.open(path.join(dir, 'sharing-master.sqlite'), { backupDir: dir });
  const copyPath = path.join(dir, 'sharing-kopie.sqlite');
  // As the app runs it: a job (max_event_loop_pause_ms is the host's longest pause meanwhile).
  await measure.job(`sharing: merge a copy with ${generated.theirs} changes into a plan with ${generated.mine} own changes (job)`, 1, async () => {
    const r = await runJob('sharing.merge', (job) => mergePlanFile(master, copyPath, { backupDir: path.join(dir, 'backups'), job }));
    return { received: r.received, applied: r.applied, conflicts: r.conflicts };
  });
  await measure('sharing: merge the same file again (nothing new)', 1, async () => {
    const r = await mergePlanFile(master, copyPath, { backupDir: path.join(dir, 'backups') });
    return { received: r.received };
  });
  master.close();
};
