import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listIndicators, listMeasures } from '../../../db/measures/measures';
import { listEvents } from '../../../db/measures/participation';
import { createSamplePlan } from '../../../db/sample/createSamplePlan';
import { PlanSession } from '../../../db/session';
import { countOverdue } from '../../../shared/measures/milestones';
import { tempDir } from '../../helpers/files';
import { SAMPLE_DATA_DIR } from '../../helpers/services';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('sample plan: step 3', () => {
  it('has example measures marked as Beispiel, linked to real Gemeinden and Samtgemeinden, with milestones', async () => {
    const file = await createSamplePlan(path.join(dir, 'samples'), SAMPLE_DATA_DIR);
    const session = await PlanSession.open(file, { backupDir: path.join(dir, 'backups') });
    try {
      const measures = await listMeasures(session);
      expect(measures.length).toBeGreaterThanOrEqual(4);
      for (const m of measures) expect(m.title).toContain('(Beispiel)');
      expect(measures.find((m) => m.title.startsWith('Beratungsnetz'))!.planningAreaIds).toHaveLength(3);
      expect(measures.find((m) => m.title.startsWith('Kümmerer'))!.gemeindeIds).toHaveLength(2);
      expect(measures.reduce((n, m) => n + m.milestones.length, 0)).toBeGreaterThanOrEqual(8);
      expect(measures.reduce((n, m) => n + countOverdue(m.milestones, '2026-11-21'), 0)).toBeGreaterThan(0);
      expect((await listIndicators(session))[0]!.values).toHaveLength(2);
      const [workshop] = await listEvents(session);
      expect(workshop!.title).toContain('(Beispiel)');
      expect(workshop!.groups).toHaveLength(2);
      expect(workshop!.results.find((r) => r.measureId !== null)!.measureTitle).toMatch(/^Beratungsnetz/);
    } finally {
      session.close();
    }
  });
});
