/** Foundation scenarios: create and open planning files, build the sample plan, a user action. */
import fs from 'node:fs';
import path from 'node:path';
import { createSamplePlan } from '../../db/sample/createSamplePlan';
import { PlanSession } from '../../db/session';
import { listGemeinden } from '../../db/district/gemeinden';
import { setTask } from '../../db/method/tasks';
import { allTaskIds } from '../../shared/catalog';
import type { Scenario } from '../measure';

const root = path.resolve(import.meta.dirname, '..', '..');
const meta = { title: 'Bench', districtName: 'LK', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const kb = (file: string) => Math.round(fs.statSync(file).size / 102.4) / 10;

export const run: Scenario = async (measure, dir) => {
  await measure('plan.create', 10, async (i) => {
    (await PlanSession.create(path.join(dir, `create-${i}.sqlite`), meta)).close();
    return { file_kb: kb(path.join(dir, `create-${i}.sqlite`)) };
  });

  await measure('plan.open (validate header, quick_check, connect)', 20, async () => {
    (await PlanSession.open(path.join(dir, 'create-0.sqlite'), { backupDir: dir })).close();
  });

  let samplePath = '';
  await measure('sample plan: build Lüchow-Dannenberg from the bundled official files', 5, async () => {
    samplePath = await createSamplePlan(path.join(dir, 'samples'), path.join(root, 'db', 'sample', 'data'));
    return { file_kb: kb(samplePath) };
  });

  await measure('sample plan: open', 20, async () => {
    (await PlanSession.open(samplePath, { backupDir: dir })).close();
  });

  const sample = await PlanSession.open(samplePath, { backupDir: dir });
  await measure('sample plan: list Gemeinden', 50, async () => ({ rows: (await listGemeinden(sample)).length }));
  const taskIds = allTaskIds();
  await measure('method.setTask (one user action = one transaction with change log)', 200, async (i) => {
    await setTask(sample, { taskId: taskIds[i % taskIds.length]!, state: i % 2 ? 'erledigt' : 'in_arbeit' });
  });
  sample.close();
};
