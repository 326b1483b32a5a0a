/**
 * Issue #14, the week walked on a Kreis the app had never seen (Cochem-Zell, 07135, with its
 * Verbandsgemeinden), from the national GENESIS tables as downloaded: every step has a way on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { nationalFile } from '../helpers/nationalTables';
import { expectAccessible, watchConsole } from './a11y';
import { expect, test } from './fixtures';

/** A national table as the file a planner downloads (the fixtures keep some gzip-compressed). */
function tableFile(dir: string, code: Parameters<typeof nationalFile>[0]): string {
  const { name, text } = nationalFile(code);
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

test('Cochem-Zell from the national tables: first steps, both population tables kept, calibration and staff posts one click away', async ({ page, web }) => {
  test.setTimeout(180_000);
  const problems = watchConsole(page);
  await page.goto(web.url);
  await page.getByLabel('Titel des Plans').fill('Pflegestrukturplan Cochem-Zell 2026–2030');
  await page.getByLabel('Kreis aus der Liste wählen').selectOption({ label: 'Cochem-Zell, Landkreis (07135)' });
  await page.getByRole('button', { name: 'Plan einrichten' }).click();

  // A new plan's overview says where to begin.
  const firstSteps = page.getByRole('region', { name: 'Erste Schritte' });
  await expect(firstSteps).toBeVisible();
  await expectAccessible(page, 'overview of a new plan');
  await firstSteps.getByRole('link', { name: 'Gemeinden importieren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Landkreis & Gemeinden/ })).toBeVisible();
  await page.getByRole('button', { name: 'Gemeinden importieren' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Datei').setInputFiles(tableFile(web.dir, '12411-02-03-5'));
  await dialog.getByRole('button', { name: '89 Gemeinden übernehmen' }).click();
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await page.getByRole('link', { name: 'Übersicht', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Bearbeitungsstand je Handlungsfeld und Schritt' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Erste Schritte' })).toHaveCount(0);
  // A Handlungsfeld keeps the overview marked in the main navigation.
  await page.getByRole('link', { name: 'Handlungsfeld 7, Bedarfsermittlung: 0/5 erledigt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Handlungsfeld 7/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Übersicht' })).toHaveAttribute('aria-current', 'location');

  // The Gemeinde table and the national Kreis table are both kept: the Kreis table's cities
  // (Hannover, Aachen, Saarbrücken) no longer make Cochem-Zell a Gemeinde that replaces the first.
  await page.getByRole('link', { name: 'Bedarf', exact: true }).click();
  for (const code of ['12411-02-03-5', '12411-03-03-4'] as const) {
    await page.getByLabel('Datei (CSV)').setInputFiles(tableFile(web.dir, code));
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await expect(page.getByRole('button', { name: 'Übernehmen' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/Ersetzt den früheren Import/)).toHaveCount(0);
    await page.getByRole('button', { name: 'Übernehmen' }).click();
    await expect(page.getByRole('table', { name: 'Importierte Tabellen' }).getByRole('row', { name: new RegExp(code) })).toBeVisible();
  }
  const imported = page.getByRole('table', { name: 'Importierte Tabellen' });
  await expect(imported.getByRole('row', { name: /12411-02-03-5.*Gemeinden/ })).toBeVisible();
  await expect(imported.getByRole('row', { name: /12411-03-03-4.*Kreis/ })).toBeVisible();

  await page.getByRole('tab', { name: 'Pflegestatistik' }).click();
  await page.getByLabel('Datei der Pflegestatistik (CSV)').setInputFiles(tableFile(web.dir, '22411-02-03-4'));
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
  await page.getByRole('button', { name: 'Pflegestatistik übernehmen' }).click();
  const official = page.getByRole('table', { name: 'Pflegebedürftige am 31.12.2015 nach Leistungsart' });
  await expect(official.getByRole('row', { name: /^Cochem-Zell, Landkreis \(Kreis\) 3\.120/ })).toBeVisible();
  await expect(official.getByRole('rowheader', { name: 'Deutschland', exact: true })).toBeVisible();

  // Uncalibrated rates: the warning leads to the calibration with the imported statistics.
  await page.getByRole('tab', { name: 'Ergebnisse' }).click();
  const warnings = page.getByRole('region', { name: 'Bitte beachten, bevor Sie die Zahlen verwenden' });
  await expect(warnings.getByText(/unter „Quoten und Szenarien“ kalibrieren/)).toBeVisible();
  // No post in the Seniorenberatung yet: the table says so and where to enter one.
  const staffing = page.getByRole('region', { name: /^Betreuungsschlüssel: Soll und Ist: Seniorenberatung/ });
  await expect(staffing.getByText('Ist 0: Es sind keine Personalstellen im Tätigkeitsbereich „Seniorenberatung/Pflegeberatung“ erfasst.')).toBeVisible();
  await expectAccessible(page, 'results of a new Kreis');
  await warnings.getByRole('link', { name: 'Zur Kalibrierung auf die importierte Pflegestatistik (Quoten und Szenarien)' }).click();
  await page.getByRole('button', { name: 'Auf die importierte Pflegestatistik kalibrieren' }).first().click();
  await page.getByRole('tab', { name: 'Ergebnisse' }).click();
  await expect(page.getByRole('region', { name: 'Bitte beachten, bevor Sie die Zahlen verwenden' }).getByText(/nicht auf den Kreis kalibriert/)).toHaveCount(0);

  await page.getByRole('region', { name: /^Betreuungsschlüssel: Soll und Ist: Seniorenberatung/ }).getByRole('link', { name: 'Personalstellen erfassen' }).click();
  await expect(page.getByRole('button', { name: 'Personalstelle hinzufügen' })).toBeVisible();
  expect(problems).toEqual([]);
});
