/**
 * Bedarfsermittlung walk-through: a planner imports the Lüchow-Dannenberg population tables
 * through the UI, sees the projection per scenario and a gap chart, and opens "Wie berechnet?".
 */
import path from 'node:path';
import { expectAccessible, watchConsole } from './a11y';
import { expectGermanFilePickers } from './filePicker';
import { expect, test } from './fixtures';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'regionalstatistik');

test('a planner imports the population table, sees the care-need projection and a gap chart with "Wie berechnet?"', async ({ page, web }) => {
  const problems = watchConsole(page);
  await page.goto(web.url);
  await page.getByLabel('Titel des Plans').fill('Pflegestrukturplan');
  await page.getByLabel('Landkreis (Name)').fill('Landkreis Lüchow-Dannenberg');
  await page.getByLabel('Kreisschlüssel').fill('03354');
  await page.getByRole('button', { name: 'Plan einrichten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();

  // Gemeinden first (district page), then their population (Bedarf page).
  await page.getByRole('link', { name: 'Landkreis & Gemeinden' }).click();
  await page.getByRole('button', { name: 'Gemeinden importieren' }).click();
  const dialog = page.getByRole('dialog');
  await expectGermanFilePickers(page, 'Gemeinde import dialog');
  await expect(dialog.getByText('Keine Datei ausgewählt')).toBeVisible();
  await dialog.getByLabel('Datei').setInputFiles(path.join(fixtures, 'LK03354_12411-02-03-5_2015.csv'));
  await expect(dialog.getByText('LK03354_12411-02-03-5_2015.csv', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: '29 Gemeinden übernehmen' }).click();
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await page.getByRole('button', { name: 'Gemeinden importieren' }).click();
  await dialog.getByLabel('Gemeindegrenzen (GeoJSON)').check();
  await dialog.getByLabel('Datei').setInputFiles(path.join(import.meta.dirname, '..', 'fixtures', 'geo', 'LK03354_gemeinden_vg250_simplify200.geojson'));
  await dialog.getByRole('button', { name: /übernehmen/ }).click();
  await dialog.getByRole('button', { name: 'Schließen' }).click();

  await page.getByRole('link', { name: 'Bedarf', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Bedarfsermittlung/ })).toBeVisible();
  await expect(page.getByText('Noch keine Bevölkerungstabelle importiert.')).toBeVisible();
  await expectAccessible(page, 'needs page without data');

  await expectGermanFilePickers(page, 'needs page');
  // Keyboard only: Tab reaches the German button (the native input is out of the tab order), Enter opens the chooser.
  const populationPicker = page.getByLabel('Datei (CSV)').locator('xpath=..').getByRole('button', { name: 'Datei auswählen …' });
  await expect(populationPicker).toHaveAccessibleDescription('Keine Datei ausgewählt');
  await populationPicker.focus();
  await expect(populationPicker).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(path.join(fixtures, 'LK03354_12411-02-03-5_2015.latin1.csv'));
  await expect(populationPicker).toHaveAccessibleDescription('LK03354_12411-02-03-5_2015.latin1.csv');
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
  await expect(page.getByText('29 Gebiete, zusammen 50.128 Einwohner (2015).')).toBeVisible();
  await expect(page.getByText('Keine Probleme gefunden.')).toBeVisible();
  await expect(page.getByText(/Windows-1252 \(ANSI\)/).first()).toBeVisible();
  await expect(page.getByText(/windows-1252/)).toHaveCount(0);
  await expectAccessible(page, 'population preview');
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(page.getByRole('table', { name: 'Importierte Tabellen' }).getByRole('row', { name: /12411-02-03-5/ })).toBeVisible();

  // The Kreis table splits "75 und mehr" into 75–80 … 90+.
  await page.getByLabel('Datei (CSV)').setInputFiles(path.join(fixtures, 'LK03354_12411-03-03-4_2015.csv'));
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
  await expect(page.getByText('Keine Probleme gefunden.')).toBeVisible();
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(page.getByRole('table', { name: 'Importierte Tabellen' }).getByRole('row', { name: /12411-03-03-4/ })).toBeVisible();

  // Uncalibrated 2023 rates on the population of 2015: the results say so.
  await page.getByRole('tab', { name: 'Ergebnisse' }).click();
  const warnings = page.getByRole('region', { name: 'Bitte beachten, bevor Sie die Zahlen verwenden' });
  await expect(warnings.getByText(/nicht auf den Kreis kalibriert/)).toBeVisible();
  await expect(warnings.getByText(/Reform des Pflegebedürftigkeitsbegriffs 2017/).first()).toBeVisible();

  // The Kreis's Pflegestatistik: preview, take over, official figures; then calibrate per setting.
  await page.getByRole('tab', { name: 'Pflegestatistik' }).click();
  await page.getByLabel('Datei der Pflegestatistik (CSV)').setInputFiles(path.join(fixtures, 'LK03354_22411-02-03-4_2015.csv'));
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
  const preview = page.getByRole('table', { name: 'Vorschau der Pflegestatistik' });
  await expect(preview.getByRole('row', { name: /Lüchow-Dannenberg, Landkreis \(Kreis\) 2015 insgesamt 2\.466/ })).toBeVisible();
  await expectAccessible(page, 'Pflegestatistik preview');
  await page.getByRole('button', { name: 'Pflegestatistik übernehmen' }).click();
  const official = page.getByRole('table', { name: 'Pflegebedürftige am 31.12.2015 nach Leistungsart' });
  await expect(official.getByRole('row', { name: /Lüchow-Dannenberg, Landkreis \(Kreis\) 2\.466 594 24,1 % 770 31,2 % 1\.102 44,7 %/ })).toBeVisible();
  await expect(official.getByRole('row', { name: /Niedersachsen \(Land\)/ })).toBeVisible();
  await page.getByLabel('Datei der Pflegestatistik (CSV)').setInputFiles(path.join(fixtures, 'LK03354_22411-01-01-4_2003-2015.csv'));
  await page.getByRole('button', { name: 'Datei prüfen' }).click();
  await page.getByRole('button', { name: 'Pflegestatistik übernehmen' }).click();
  const facilities = page.getByRole('table', { name: /Pflegeeinrichtungen am 31\.12\.2015/ });
  await expect(facilities.getByRole('row', { name: /^Pflegeheime 18 0$/ })).toBeVisible();
  await expectAccessible(page, 'Pflegestatistik figures');

  await page.getByRole('tab', { name: 'Quoten und Szenarien' }).click();
  await page.getByRole('button', { name: 'Auf die importierte Pflegestatistik kalibrieren' }).click();
  await expect(page.getByRole('table', { name: /Kalibrierungsfaktoren je Leistungsart/ })).toBeVisible();
  await expect(page.getByText(/ambulant \(mit Pflegedienst\): beobachtet 594/)).toBeVisible();
  // A scenario with the Destatis-like rising rates: the preset fills trend and end year.
  await page.getByRole('button', { name: 'Szenario anlegen' }).click();
  await page.getByLabel('Name des Szenarios').fill('Steigende Quoten');
  await page.getByLabel('Annahme zu den Pflegequoten').selectOption({ label: 'Steigende Pflegequoten bis 2027 (wie Destatis-Variante 2)' });
  await expect(page.getByLabel('Trend bis zum Jahr (leer = alle Jahre)')).toHaveValue('2027');
  await expect(page.getByLabel('Veränderung der Pflegequoten pro Jahr (%)')).toHaveValue('1,98');
  await expectAccessible(page, 'scenario form with rate presets');
  await page.getByRole('button', { name: 'Szenario speichern' }).click();
  await expect(page.getByRole('table', { name: 'Szenarien' }).getByRole('row', { name: /Steigende Quoten.*1,98 % pro Jahr bis 2027/ }).first()).toBeVisible();

  await page.getByRole('tab', { name: 'Ergebnisse' }).click();
  await expect(page.getByText(/nicht auf den Kreis kalibriert/)).toHaveCount(0);
  const compare = page.getByRole('table', { name: 'Pflegebedürftige im Kreis je Jahr und Szenario' });
  await expect(compare.getByRole('columnheader', { name: 'Status quo' })).toBeVisible();
  await expect(compare.getByRole('row', { name: /^2035/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Liniendiagramm: Pflegebedürftige im Kreis/ })).toBeVisible();

  const gapSection = page.getByRole('region', { name: /Lücken je Gemeinde: Vollstationäre Pflegeplätze/ });
  await expect(gapSection.getByRole('img', { name: /Lücke \(Bedarf minus Bestand\) je Gemeinde/ })).toBeVisible();
  await gapSection.getByText('Wie berechnet?').click();
  await expect(gapSection.getByText(/Bedarf Vollstationäre Pflegeplätze = Pflegebedürftige \(vollstationär\)/)).toBeVisible();
  // Without deaths, births and migration of the Kreis the trace says what the projection stands on.
  await expect(gapSection.getByText(/Die Altersgruppen des Kreises \(21 Gruppen\)/).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /Karte der Gemeinden: Pflegebedürftige je 100 Einwohner/ })).toBeVisible();
  await expectAccessible(page, 'needs results');

  // A Richtwert of the planner's own, and a qualitative need linked to field 7.
  await page.getByRole('tab', { name: 'Richtwerte und Schlüssel' }).click();
  await page.getByRole('button', { name: 'Richtwert hinzufügen' }).click();
  const richtwert = page.getByRole('dialog', { name: 'Neuer Richtwert' });
  await richtwert.getByRole('textbox', { name: 'Bezeichnung' }).fill('Kurzzeitpflegeplätze');
  await richtwert.getByLabel('Angebotsart').selectOption({ label: 'Kurzzeitpflege (solitär)' });
  await richtwert.getByLabel('Plätze', { exact: true }).fill('2');
  await richtwert.getByRole('button', { name: 'Richtwert speichern' }).click();
  await expect(page.getByRole('table', { name: 'Richtwerte je Angebotsart' }).getByRole('row', { name: /Kurzzeitpflegeplätze.*2,0 je 1\.000 Einwohner 65\+/ })).toBeVisible();
  await expectAccessible(page, 'needs Richtwerte');

  await page.getByRole('tab', { name: 'Qualitative Bedarfe' }).click();
  await page.getByRole('button', { name: 'Bedarf erfassen' }).click();
  await page.getByLabel('Bedarf (kurz)').fill('Tagespflege im Norden fehlt');
  await page.getByLabel('Handlungsfeld').selectOption('hf07');
  await page.getByLabel('Priorität').selectOption('hoch');
  await page.getByRole('button', { name: 'Bedarf speichern' }).click();
  await expect(page.getByRole('table', { name: 'Qualitative Bedarfe' }).getByRole('row', { name: /Tagespflege im Norden fehlt.*hoch/ })).toBeVisible();
  await expectAccessible(page, 'needs statements');
  expect(problems).toEqual([]);
});
