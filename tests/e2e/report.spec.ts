/** The Bericht page on the sample plan: chapters with switches and own text, page count, PDF and Word created and downloaded. */
import fs from 'node:fs';
import { expectAccessible, watchConsole } from './a11y';
import { expect, test } from './fixtures';

test('the sample plan produces the Pflegestrukturbericht as PDF and Word', async ({ page, startPlanless }) => {
  test.setTimeout(180_000);
  const problems = watchConsole(page);
  await page.goto(await startPlanless());
  await page.getByRole('button', { name: 'Beispielplan öffnen (Landkreis Lüchow-Dannenberg)' }).click();
  await page.getByRole('link', { name: 'Bericht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pflegestrukturbericht' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '9 Gemeindeprofile' })).toBeChecked();
  await expectAccessible(page, 'report page');

  // Switching a chapter off renumbers the ones after it; switching it on again restores them.
  await page.getByRole('checkbox', { name: '6 Personal' }).uncheck();
  await expect(page.getByRole('checkbox', { name: 'Personal' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: '6 Prognose der Pflegebedürftigen' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Personal' }).check();
  await expect(page.getByRole('checkbox', { name: '6 Personal' })).toBeChecked();

  const beteiligung = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: '10 Beteiligung' }) });
  await beteiligung.locator('summary').click();
  await beteiligung.getByRole('textbox', { name: 'Eigener Text zum Kapitel „Beteiligung“' }).fill('Die Ergebnisse wurden in der Pflegekonferenz vorgestellt.');
  await beteiligung.getByRole('button', { name: 'Text speichern' }).click();
  await expect(beteiligung.getByRole('status')).toHaveText('Gespeichert.');

  await page.getByRole('button', { name: 'Seiten zählen' }).click();
  await expect(page.getByText(/Der Bericht hat \d+ Seiten\./)).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText(/ab Seite \d+/).first()).toBeVisible();

  await page.getByRole('button', { name: 'Bericht erstellen' }).click();
  const pdfLink = page.getByRole('link', { name: /Pflegestrukturbericht Lüchow-Dannenberg \d{4}-\d{2}-\d{2}\.pdf herunterladen/ });
  await expect(pdfLink).toBeVisible({ timeout: 120_000 });
  const [pdf] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
  expect(fs.readFileSync(await pdf.path()).subarray(0, 5).toString()).toBe('%PDF-');
  const docxLink = page.getByRole('link', { name: /\.docx herunterladen/ });
  const [docx] = await Promise.all([page.waitForEvent('download'), docxLink.click()]);
  expect(fs.readFileSync(await docx.path()).subarray(0, 2).toString()).toBe('PK');
  await expectAccessible(page, 'report page after creating');
  expect(problems).toEqual([]);
});
