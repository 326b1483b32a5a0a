/**
 * Step 3 walk-through: a workshop idea becomes a measure, the planner gives it a time frame and
 * two milestones, sees them in the Gantt chart and exports the Meilensteinplan as PDF.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expectAccessible, watchConsole } from './a11y';
import { expect, test } from './fixtures';

test('a workshop idea becomes a measure with two milestones in the Gantt chart, exported as PDF', async ({ page, web }) => {
  const problems = watchConsole(page);
  await page.goto(web.url);
  await page.getByLabel('Titel des Plans').fill('Pflegestrukturplan 2026–2030');
  await page.getByLabel('Landkreis (Name)').fill('Landkreis Lüchow-Dannenberg');
  await page.getByLabel('Kreisschlüssel').fill('03354');
  await page.getByRole('button', { name: 'Plan einrichten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();

  // Beteiligung: document the workshop with one working group and an idea.
  await page.getByRole('link', { name: 'Beteiligung' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beteiligung' })).toBeVisible();
  await page.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Veranstaltung anlegen' });
  await dialog.getByLabel('Titel').fill('Fachtag „Pflege im Wendland“');
  await dialog.getByLabel('Datum').fill('2026-03-12');
  await dialog.getByLabel('Teilnehmende Organisationen (eine je Zeile)').fill('Pflegestützpunkt\nSeniorenbeirat');
  await dialog.getByRole('button', { name: 'Arbeitsgruppe hinzufügen' }).click();
  await dialog.getByLabel('Name der Arbeitsgruppe 1').fill('AG 1: Pflegende Angehörige');
  await dialog.getByLabel('Moderation der Arbeitsgruppe 1').fill('Frau Beispiel');
  await expectAccessible(page, 'event dialog');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();

  await page.getByLabel('Handlungsfeld des Ergebnisses').selectOption('hf09');
  await page.getByLabel('Arbeitsgruppe des Ergebnisses').selectOption({ label: 'AG 1: Pflegende Angehörige' });
  await page.getByLabel('Ergebnis', { exact: true }).fill('Sprechstunden des Pflegestützpunkts in jeder Samtgemeinde');
  await page.getByRole('button', { name: 'Ergebnis hinzufügen' }).click();
  const results = page.getByRole('table', { name: 'Ergebnisse: Fachtag „Pflege im Wendland“' });
  await expect(results.getByRole('row')).toHaveCount(2);
  // The field choice belongs to that result; the next one starts without (issue #14).
  await expect(page.getByLabel('Handlungsfeld des Ergebnisses')).toHaveValue('');
  await expectAccessible(page, 'participation page');
  // Results can be edited.
  await results.getByRole('button', { name: 'Ergebnis „Sprechstunden des Pflegestützpunkts in jeder Samtgemeinde“ bearbeiten' }).click();
  const edit = page.getByRole('dialog', { name: 'Ergebnis bearbeiten' });
  await edit.getByLabel('Ergebnis', { exact: true }).fill('Sprechstunden des Pflegestützpunkts in jeder Samtgemeinde');
  await expect(edit.getByLabel('Handlungsfeld des Ergebnisses')).toHaveValue('hf09');
  await edit.getByRole('button', { name: 'Ergebnis speichern' }).click();
  await expect(edit).toBeHidden();
  await results.getByRole('button', { name: 'Idee in Maßnahme übernehmen: „Sprechstunden des Pflegestützpunkts in jeder Samtgemeinde“' }).click();
  await expect(results.getByRole('link', { name: 'Sprechstunden des Pflegestützpunkts in jeder Samtgemeinde' })).toBeVisible();

  // Meilensteinplan: time frame and two milestones.
  await results.getByRole('link', { name: 'Sprechstunden des Pflegestützpunkts in jeder Samtgemeinde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Maßnahmen und Meilensteinplan/ })).toBeVisible();
  const title = 'Sprechstunden des Pflegestützpunkts in jeder Samtgemeinde';
  await expect(page.getByRole('table', { name: /Handlungsfeld 9/ }).getByRole('rowheader', { name: new RegExp(title) })).toBeVisible();
  // The link lands on the measure's row, not at the top of the page.
  await expect(page.getByRole('table', { name: /Handlungsfeld 9/ }).getByRole('rowheader', { name: new RegExp(title) })).toBeFocused();
  // The idea's event date came along as the start, so the measure is in the Gantt at once.
  await expect(page.getByTestId('gantt-bar')).toHaveCount(1);
  await expect(page.getByLabel(`Beginn von „${title}“`)).toHaveValue('12.03.2026');
  await page.getByLabel(`Beginn von „${title}“`).fill('2026-04-01');
  await page.getByLabel(`Ende von „${title}“`).fill('2027-03-31');
  await expect(page.getByTestId('gantt-bar')).toHaveCount(1);
  await expect(page.getByText(`Zeitraum von „${title}“ gespeichert.`)).toBeVisible();

  for (const [name, due] of [
    ['Konzept mit den Samtgemeinden abgestimmt', '2026-06-30'],
    ['Erste Sprechstunde in Gartow', '2026-09-15'],
  ] as const) {
    await page.getByRole('button', { name: `Meilenstein zu „${title}“ hinzufügen` }).click();
    const ms = page.getByRole('dialog', { name: `Meilenstein für „${title}“` });
    await ms.getByLabel('Titel des Meilensteins').fill(name);
    await ms.getByLabel('Fällig am').fill(due);
    await ms.getByLabel('Verantwortlich').fill('Herr Öztürk');
    await ms.getByRole('button', { name: 'Speichern' }).click();
    await expect(ms).toBeHidden();
  }
  await expect(page.getByTestId('gantt-milestone')).toHaveCount(2);
  await expect(page.getByRole('list', { name: `Meilensteine von „${title}“` }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('img', { name: /Zeitplan mit 1 Maßnahme\b/ })).toBeVisible();
  await page.getByRole('radio', { name: 'Monat' }).check();
  await expect(page.locator('svg.gantt[data-zoom="monat"]')).toBeVisible();
  await expectAccessible(page, 'Meilensteinplan');

  // Preconditions and an indicator with a measured value.
  await page.getByRole('button', { name: `Details zu „${title}“: Voraussetzungen und Indikatoren` }).click();
  const details = page.getByRole('dialog', { name: `Voraussetzungen und Indikatoren: ${title}` });
  await details.getByLabel('Kreistagsbeschluss liegt vor').check();
  await expect(details.getByLabel('Kreistagsbeschluss liegt vor')).toBeChecked();
  await details.getByLabel('Name des Indikators').fill('Beratungen je Quartal');
  await details.getByLabel('Ausgangswert').fill('0');
  await details.getByLabel('Zielwert').fill('40');
  await details.getByRole('button', { name: 'Indikator hinzufügen' }).click();
  await details.getByLabel('Messdatum').fill('2026-06-30');
  await details.getByLabel('Messwert').fill('10');
  await details.getByRole('button', { name: 'Messwert hinzufügen' }).click();
  await expect(details.getByText('Zielerreichung: 25 %')).toBeVisible();
  await expectAccessible(page, 'measure details dialog');
  await details.getByRole('button', { name: 'Schließen' }).click();

  // PDF export next to the plan file, plus a download.
  const pdfPath = path.join(web.dir, 'Meilensteinplan.pdf');
  await page.getByLabel('Speichern unter').fill(pdfPath);
  await page.getByRole('button', { name: 'PDF erstellen' }).click();
  const download = page.getByRole('link', { name: /Herunterladen: Meilensteinplan\.pdf/ });
  await expect(download).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/PDF mit \d+ Seiten erstellt und gespeichert unter/)).toBeVisible();
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(title);
  expect(text).toContain('Erste Sprechstunde in Gartow');
  expect(text).toContain('Herr Öztürk');
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  const saved = path.join(web.dir, 'download.pdf');
  await file.saveAs(saved);
  expect(fs.readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
  await expectAccessible(page, 'Meilensteinplan after export');
  expect(problems).toEqual([]);
});
