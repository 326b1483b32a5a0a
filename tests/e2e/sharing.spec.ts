/**
 * Teilen und Zusammenführen in Chromium: share a copy, edit both copies (the colleague's in a
 * second browser-mode server), merge, decide a conflict, undo the merge.
 */
import path from 'node:path';
import { expectAccessible, watchConsole } from './a11y';
import { expect, test } from './fixtures';
import { api, planWithLuechow } from './sharingSetup';

test('share, edit both copies, merge, decide a conflict, undo', async ({ page, web, startPlanless, request }) => {
  const problems = watchConsole(page);
  const g = await planWithLuechow(page, web, request);

  await page.getByRole('link', { name: 'Teilen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teilen und Zusammenführen' })).toBeVisible();
  await expect(page.getByText('Noch keine Zusammenführung.')).toBeVisible();
  await expectAccessible(page, 'Teilen (leer)');

  // Share.
  const copy = path.join(web.dir, 'Kopie-Kollegin.sqlite');
  await page.getByLabel('Speicherort der Kopie (Dateipfad)').fill(copy);
  await page.getByRole('button', { name: 'Kopie schreiben' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Die Kopie wurde geschrieben' }).first()).toBeVisible();

  // The colleague works on the copy in another instance of the app.
  const other = await startPlanless();
  await api(request, other, 'plan.open', { path: copy });
  await api(request, other, 'district.gemeinden.update', { id: g.id, values: { ags: '03354018', name: 'Lüchow (Kollegin)' } });
  await api(request, other, 'district.gemeinden.create', { ags: '03354004', name: 'Dannenberg' });
  await api(request, other, 'plan.close', {});
  // Meanwhile the master changes the same Gemeinde.
  await api(request, web.url, 'district.gemeinden.update', { id: g.id, values: { ags: '03354018', name: 'Lüchow (Master)' } });

  // Merge.
  await page.getByLabel('Zurückgekommene Datei (Dateipfad)').fill(path.join(web.dir, 'gibt-es-nicht.sqlite'));
  await page.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
  await expect(page.getByText(/wurde nicht gefunden/).first()).toBeVisible();
  await page.getByLabel('Zurückgekommene Datei (Dateipfad)').fill(copy);
  await page.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
  await expect(page.getByText('„Kopie-Kollegin.sqlite“ wurde zusammengeführt: 1 Änderung übernommen, 1 Konflikt zu entscheiden.').first()).toBeVisible();

  const table = page.getByRole('table', { name: /Offene Konflikte/ });
  await expect(table).toBeVisible();
  const row = table.getByRole('row').filter({ hasText: 'Lüchow (Kollegin)' });
  await expect(row).toContainText('Lüchow (Master)');
  await expect(row).toContainText('Lüchow');
  await expect(row).toContainText('beide geändert');
  await expectAccessible(page, 'Teilen (Konflikt)');
  // Until decided, the live data keeps mine; theirs' new Gemeinde is already in.
  let gemeinden = await api<{ name: string }[]>(request, web.url, 'district.gemeinden.list', {});
  expect(gemeinden.map((x) => x.name).sort()).toEqual(['Dannenberg', 'Lüchow (Master)']);

  await row.getByRole('button', { name: /ihres übernehmen/ }).click();
  await expect(page.getByText('Es gibt keine offenen Konflikte.')).toBeVisible();
  gemeinden = await api<{ name: string }[]>(request, web.url, 'district.gemeinden.list', {});
  expect(gemeinden.map((x) => x.name).sort()).toEqual(['Dannenberg', 'Lüchow (Kollegin)']);

  // History and undo.
  const history = page.getByRole('table', { name: /Zusammenführungen/ });
  await expect(history.getByRole('row').filter({ hasText: 'Kopie-Kollegin.sqlite' })).toContainText('wirksam');
  await history.getByRole('button', { name: /rückgängig machen/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Zusammenführung rückgängig machen?' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'Teilen (Rückgängig-Dialog)');
  await dialog.getByRole('button', { name: 'Rückgängig machen' }).click();
  await expect(dialog).toBeHidden();
  await expect(history.getByRole('row').filter({ hasText: 'Kopie-Kollegin.sqlite' })).toContainText('rückgängig gemacht');
  gemeinden = await api<{ name: string }[]>(request, web.url, 'district.gemeinden.list', {});
  expect(gemeinden.map((x) => x.name)).toEqual(['Lüchow (Master)']);
  await expectAccessible(page, 'Teilen (nach Rückgängig)');

  // Undone by mistake: merging the same file again brings the colleague's work back (issue #14).
  await page.getByLabel('Zurückgekommene Datei (Dateipfad)').fill(copy);
  await page.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
  await expect(history.getByRole('row').filter({ hasText: 'Kopie-Kollegin.sqlite' })).toContainText('wirksam');
  gemeinden = await api<{ name: string }[]>(request, web.url, 'district.gemeinden.list', {});
  expect(gemeinden.map((x) => x.name).sort()).toEqual(['Dannenberg', 'Lüchow (Kollegin)']);
  // And the history offers the same after another undo.
  await history.getByRole('button', { name: /rückgängig machen/ }).click();
  await page.getByRole('dialog', { name: 'Zusammenführung rückgängig machen?' }).getByRole('button', { name: 'Rückgängig machen' }).click();
  await history.getByRole('button', { name: /Zusammenführung wiederherstellen: „Kopie-Kollegin\.sqlite“/ }).click();
  await expect(history.getByRole('row').filter({ hasText: 'Kopie-Kollegin.sqlite' })).toContainText('wirksam');
  gemeinden = await api<{ name: string }[]>(request, web.url, 'district.gemeinden.list', {});
  expect(gemeinden.map((x) => x.name).sort()).toEqual(['Dannenberg', 'Lüchow (Kollegin)']);
  await expectAccessible(page, 'Teilen (wiederhergestellt)');
  expect(problems).toEqual([]);
});

test('a file of another plan is not merged; its registers can be copied', async ({ page, web, startPlanless, request }) => {
  const problems = watchConsole(page);
  await page.goto(web.url);
  await page.getByLabel('Titel des Plans').fill('Mein Plan');
  await page.getByLabel('Landkreis (Name)').fill('Landkreis Test');
  await page.getByRole('button', { name: 'Plan einrichten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await api(request, web.url, 'district.gemeinden.create', { ags: '03354018', name: 'Lüchow' });

  const otherFile = path.join(web.dir, 'Anderer-Plan.sqlite');
  const other = await startPlanless();
  await api(request, other, 'plan.create', { path: otherFile, meta: { title: 'Anderer Plan', districtName: 'LK', kreisKey: '', periodFrom: null, periodTo: null, organisation: '', author: '' } });
  await api(request, other, 'district.gemeinden.create', { ags: '03354018', name: 'Lüchow (dort)' });
  await api(request, other, 'district.gemeinden.create', { ags: '03354004', name: 'Dannenberg' });
  await api(request, other, 'plan.close', {});

  await page.getByRole('link', { name: 'Teilen' }).click();
  await page.getByLabel('Zurückgekommene Datei (Dateipfad)').fill(otherFile);
  await page.getByRole('button', { name: 'Zusammenführen', exact: true }).click();
  await expect(page.getByText(/gehört zu einem anderen Plan/).first()).toBeVisible();

  const section = page.getByRole('region', { name: 'Aus einem anderen Plan übernehmen' });
  await section.getByLabel('Datei des anderen Plans (Dateipfad)').fill(otherFile);
  await section.getByRole('button', { name: 'Verzeichnisse anzeigen' }).click();
  await section.getByRole('checkbox', { name: /Gemeinde \(2 Einträge\)/ }).check();
  await expectAccessible(page, 'Teilen (Verzeichnisse übernehmen)');
  await section.getByRole('button', { name: 'Ausgewählte übernehmen' }).click();
  await expect(section.getByText('1 Eintrag übernommen, 1 schon vorhanden.')).toBeVisible();
  const gemeinden = await api<{ name: string }[]>(request, web.url, 'district.gemeinden.list', {});
  expect(gemeinden.map((g) => g.name)).toEqual(['Dannenberg', 'Lüchow']);
  expect(problems).toEqual([]);
});
