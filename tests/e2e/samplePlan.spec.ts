import fs from 'node:fs';
import path from 'node:path';
import { expectAccessible, watchConsole } from './a11y';
import { expect, test } from './fixtures';

test('the sample plan opens from the start screen with the real Gemeinden of Lüchow-Dannenberg and their map', async ({ page, startPlanless }) => {
  const problems = watchConsole(page);
  await page.goto(await startPlanless());
  await expect(page.getByRole('heading', { level: 1, name: 'Pflegestrukturplaner' })).toBeVisible();
  await expectAccessible(page, 'start screen');

  await page.getByRole('button', { name: 'Beispielplan öffnen (Landkreis Lüchow-Dannenberg)' }).click();
  await expect(page.getByText('Beispielplan mit echten Gemeindedaten').first()).toBeVisible();
  await page.getByRole('link', { name: 'Landkreis & Gemeinden' }).click();
  const table = page.getByRole('table', { name: 'Gemeinden des Landkreises' });
  await expect(table.locator('tbody tr')).toHaveCount(29);
  await expect(table.getByRole('row', { name: /03354008.*Gusborn/ })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Karte der Gemeinden des Landkreises' })).toBeVisible();
  await expect(page.getByText('Samtgemeinde Elbtalaue').first()).toBeVisible();

  await page.getByLabel('Gemeinden durchsuchen').fill('Hitzacker');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expectAccessible(page, 'sample plan district page');
  expect(problems).toEqual([]);
});

test('a planner creates a new plan from the start screen and imports the Gemeinden from a GENESIS table', async ({ page, startPlanless }) => {
  const url = await startPlanless();
  await page.goto(url);
  await page.getByRole('button', { name: 'Neuen Plan anlegen' }).click();
  const filePath = page.getByLabel('Dateipfad');
  const planPath = (await filePath.inputValue()).replace(/Pflegeplan\.sqlite$/, 'Importplan.sqlite');
  await filePath.fill(planPath);
  await page.getByLabel('Titel des Plans').fill('Importplan');
  await page.getByLabel('Landkreis (Name)').fill('Landkreis Lüchow-Dannenberg');
  await page.getByLabel('Kreisschlüssel').fill('03354');
  await page.getByRole('button', { name: 'Plan anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  expect(fs.existsSync(planPath)).toBe(true);

  await page.getByRole('link', { name: 'Landkreis & Gemeinden' }).click();
  await page.getByRole('button', { name: 'Gemeinden importieren' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Datei').setInputFiles(path.join(import.meta.dirname, '..', 'fixtures', 'regionalstatistik', 'LK03354_12411-02-03-5_2015.latin1.csv'));
  await expect(dialog.getByRole('table', { name: 'Gemeinden in der Datei' }).locator('tbody tr')).toHaveCount(29);
  await expect(dialog.getByText('Windows-1252 (ANSI)').first()).toBeVisible();
  await expect(dialog.getByText(/Statistische Ämter/).first()).toBeVisible();
  // The Samtgemeinden of the table are offered as Planungsbereiche, ticked by default.
  await expect(dialog.getByLabel('Die 3 Samt-/Verbandsgemeinden der Tabelle als Planungsbereiche anlegen')).toBeChecked();
  await expect(dialog.getByText(/Samtgemeinde Gartow \(5 Gemeinden\)/)).toBeVisible();
  await expectAccessible(page, 'import preview');
  await dialog.getByRole('button', { name: '29 Gemeinden übernehmen' }).click();
  await expect(dialog.getByText('29 neu, 0 aktualisiert, 0 unverändert')).toBeVisible();
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(page.getByRole('table', { name: 'Gemeinden des Landkreises' }).locator('tbody tr')).toHaveCount(29);
  await expect(page.getByRole('row', { name: /03354009.*Hitzacker \(Elbe\)/ })).toBeVisible();
  await expect(page.getByText('Samtgemeinde Lüchow (Wendland)').first()).toBeVisible();
});
