/**
 * Issue 13 in Chromium: an undecided conflict travels with the file. The Kreis (A) merges the
 * copy of colleague B and leaves the conflict open; colleague C merges A's file and is asked
 * too, in the conflict review; once A decides, C's next merge of A closes it.
 */
import path from 'node:path';
import { expectAccessible, watchConsole } from './a11y';
import { expect, test } from './fixtures';
import { api, planWithLuechow } from './sharingSetup';

test('a third copy is asked about the conflict the Kreis left open, and learns its decision', async ({ page, web, startPlanless, request }) => {
  const problems = watchConsole(page);
  const g = await planWithLuechow(page, web, request);
  const copyB = path.join(web.dir, 'Kopie-B.sqlite');
  const copyC = path.join(web.dir, 'Kopie-C.sqlite');
  await api(request, web.url, 'sharing.share', { path: copyB, withoutPersonalData: false });
  await api(request, web.url, 'sharing.share', { path: copyC, withoutPersonalData: false });

  const b = await startPlanless();
  await api(request, b, 'plan.open', { path: copyB });
  await api(request, b, 'district.gemeinden.update', { id: g.id, values: { ags: '03354018', name: 'Lüchow (B)' } });
  await api(request, b, 'plan.close', {});
  await api(request, web.url, 'district.gemeinden.update', { id: g.id, values: { ags: '03354018', name: 'Lüchow (Kreis)' } });

  // The Kreis merges B and does not decide yet.
  await page.getByRole('link', { name: 'Teilen' }).click();
  await page.getByLabel('Zurückgekommene Datei (Dateipfad)').fill(copyB);
  await page.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
  await expect(page.getByText(/„Kopie-B\.sqlite“ wurde zusammengeführt: .*1 Konflikt zu entscheiden\./).first()).toBeVisible();

  // Colleague C merges the Kreis' file: the same conflict waits for her decision.
  const c = await startPlanless();
  await api(request, c, 'plan.open', { path: copyC });
  await page.goto(c);
  await page.getByRole('link', { name: 'Teilen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teilen und Zusammenführen' })).toBeVisible();
  await page.getByLabel('Zurückgekommene Datei (Dateipfad)').fill(web.planPath);
  await page.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
  await expect(page.getByText(/„p\.sqlite“ wurde zusammengeführt: .*1 Konflikt zu entscheiden\./).first()).toBeVisible();
  const row = page.getByRole('table', { name: /Offene Konflikte/ }).getByRole('row').filter({ hasText: 'Lüchow (B)' });
  await expect(row).toContainText('Lüchow (Kreis)');
  await expect(row).toContainText('beide geändert');
  await expectAccessible(page, 'Teilen (mitgebrachter Konflikt)');

  // The Kreis decides for B's value; C merges the Kreis' file again.
  await api(request, web.url, 'sharing.resolve', { all: 'theirs', mergeId: null });
  await page.getByLabel('Zurückgekommene Datei (Dateipfad)').fill(web.planPath);
  await page.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
  await expect(page.getByText('Es gibt keine offenen Konflikte.')).toBeVisible();
  const gemeinden = await api<{ name: string }[]>(request, c, 'district.gemeinden.list', {});
  expect(gemeinden.map((x) => x.name)).toEqual(['Lüchow (B)']);
  expect(problems).toEqual([]);
});
