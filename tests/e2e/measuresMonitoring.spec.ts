/** Monitoring on the sample plan: status, overdue milestones, indicators, a saved reporting state and a comparison. */
import fs from 'node:fs';
import { expectAccessible, watchConsole } from './a11y';
import { expect, test } from './fixtures';

test('the monitoring dashboard of the sample plan shows status, overdue milestones and indicators, and saves a reporting state', async ({ page, startPlanless }) => {
  const problems = watchConsole(page);
  await page.goto(await startPlanless());
  await page.getByRole('button', { name: 'Beispielplan öffnen (Landkreis Lüchow-Dannenberg)' }).click();
  await expect(page.getByRole('link', { name: 'Monitoring' })).toBeVisible();

  await page.getByRole('link', { name: 'Maßnahmen' }).click();
  await expect(page.getByRole('img', { name: /Zeitplan mit 4 Maßnahmen/ })).toBeVisible();
  await expect(page.getByTestId('gantt-milestone')).toHaveCount(9);
  await expect(page.getByTestId('gantt-today')).toHaveCount(1);
  await page.getByLabel('Handlungsfeld', { exact: true }).selectOption('hf09');
  await expect(page.getByTestId('gantt-bar')).toHaveCount(1);
  await expect(page.getByText('1 von 4 Maßnahmen')).toBeVisible();
  await page.getByLabel('Handlungsfeld', { exact: true }).selectOption('');
  // Gartow: the Kümmerer measure names it directly, the Beratungsnetz reaches it through its Samtgemeinde.
  await page.getByLabel('Gemeinde', { exact: true }).selectOption({ label: 'Gartow' });
  await expect(page.getByText('2 von 4 Maßnahmen')).toBeVisible();
  await page.getByLabel('Gemeinde', { exact: true }).selectOption('');
  await expectAccessible(page, 'sample Meilensteinplan');

  // Milestones for the planners' calendars: download only (empty path).
  await page.getByLabel('Dokument').selectOption({ label: 'Meilensteine für den Kalender (iCalendar)' });
  await page.getByLabel('Speichern unter').fill('');
  await page.getByRole('button', { name: 'Datei erstellen' }).click();
  const link = page.getByRole('link', { name: /Herunterladen: Meilensteine Lüchow-Dannenberg \d{4}-\d{2}-\d{2}\.ics/ });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const ics = fs.readFileSync(await download.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(9);

  await page.getByRole('link', { name: 'Monitoring' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Monitoring der Maßnahmen' })).toBeVisible();
  const status = page.getByRole('table', { name: 'Maßnahmen nach Status' });
  await expect(status.getByRole('row', { name: 'Summe 4' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Zielerreichung der Indikatoren' }).getByRole('row', { name: /Tagespflegeplätze im Landkreis/ })).toContainText('25 %');
  await page.getByLabel('Name des Berichtsstands').fill('Bericht Sozialausschuss (Test)');
  await page.getByRole('button', { name: 'Aktuellen Stand speichern' }).click();
  await expect(page.getByRole('table', { name: 'Berichtsstände' }).getByRole('rowheader', { name: 'Bericht Sozialausschuss (Test)' })).toBeVisible();
  await page.getByLabel('Früherer Stand').selectOption({ index: 1 });
  await expect(page.getByText('Keine Unterschiede zwischen den beiden Ständen.')).toBeVisible();
  await page.getByLabel('Bereich').selectOption('hf07');
  await expect(status.getByRole('row', { name: 'Summe 1' })).toBeVisible();
  await expectAccessible(page, 'monitoring');

  await page.getByRole('link', { name: 'Beteiligung' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Workshop „Älter werden im Wendland“ \(Beispiel\)/ })).toBeVisible();
  await expectAccessible(page, 'sample participation');
  expect(problems).toEqual([]);
});
