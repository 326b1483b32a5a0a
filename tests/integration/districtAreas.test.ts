/**
 * Samtgemeinden of the GENESIS Gemeinde table become Planungsbereiche on import, when asked, in
 * the same all-or-nothing write; an area the planner already made keeps her members.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/files';
import { call, useTestServices } from '../helpers/services';

const ctx = useTestServices();
const GEMEINDEN = fs.readFileSync(fixture('regionalstatistik/LK03354_12411-02-03-5_2015.csv'));
const meta = { title: 'Plan', districtName: 'Landkreis Lüchow-Dannenberg', kreisKey: '03354', periodFrom: 2026, periodTo: 2030, organisation: '', author: '' };
const file = (createAreas?: boolean) => ({ format: 'genesis' as const, fileName: 'g.csv', contentBase64: GEMEINDEN.toString('base64'), kreisKey: '03354', ...(createAreas === undefined ? {} : { createAreas }) });


describe('Samtgemeinden as Planungsbereiche', () => {
  it('are offered in the preview and created with their members on request', async () => {
    await call(ctx.services, 'plan.create', { path: path.join(ctx.dir, 'a.sqlite'), meta });
    const preview = await call(ctx.services, 'district.import.preview', file());
    expect(preview.areas).toEqual([
      { name: 'Samtgemeinde Gartow', members: 5, exists: false },
      { name: 'Samtgemeinde Elbtalaue', members: 10, exists: false },
      { name: 'Samtgemeinde Lüchow (Wendland)', members: 12, exists: false },
    ]);
    const result = await call(ctx.services, 'district.import.commit', file(true));
    expect(result).toMatchObject({ inserted: 29, areas: 3 });
    const areas = await call(ctx.services, 'district.areas.list', {});
    const gemeinden = await call(ctx.services, 'district.gemeinden.list', {});
    const nameOf = new Map(gemeinden.map((g) => [g.id, g.name]));
    const gartow = areas.find((a) => a.name === 'Samtgemeinde Gartow')!;
    expect(gartow.gemeindeIds.map((id) => nameOf.get(id)).sort()).toEqual(['Gartow, Elbe', 'Gorleben', 'Höhbeck', 'Prezelle', 'Schnackenburg']);
    // Importing again creates nothing twice.
    const again = await call(ctx.services, 'district.import.commit', file(true));
    expect(again).toMatchObject({ inserted: 0, areas: 0 });
    expect(await call(ctx.services, 'district.areas.list', {})).toHaveLength(3);
    await call(ctx.services, 'plan.close', {});
  });

  it('are not created unless asked', async () => {
    await call(ctx.services, 'plan.create', { path: path.join(ctx.dir, 'b.sqlite'), meta });
    const result = await call(ctx.services, 'district.import.commit', file());
    expect(result.areas ?? 0).toBe(0);
    expect(await call(ctx.services, 'district.areas.list', {})).toEqual([]);
    await call(ctx.services, 'plan.close', {});
  });
});
