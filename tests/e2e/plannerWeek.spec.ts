/**
 * Issue #14 "A planner's week without a dead end": a new Sozialplanerin works through the
 * sample plan with mouse and keyboard; every step selects by role and label as she reads it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible, watchConsole } from './a11y';
import { expect, test } from './fixtures';

async function openSample(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Beispielplan öffnen (Landkreis Lüchow-Dannenberg)' }).click();
  await expect(page.getByText('Beispielplan mit echten Gemeindedaten').first()).toBeVisible({ timeout: 30_000 });
}

test('German numbers are read as written: "4.317" Pflegebedürftige, "250.000 €", "100 %" of a post; ambiguous input is refused', async ({ page, startPlanless }) => {
  const problems = watchConsole(page);
  await openSample(page, await startPlanless());

  await page.getByRole('link', { name: 'Bedarf', exact: true }).click();
  await page.getByRole('tab', { name: 'Quoten und Szenarien' }).click();
  // Calibration per setting from typed figures (the sample is calibrated on its Pflegestatistik).
  await page.getByText('Zahlen von Hand eingeben').first().click();
  const observed = page.getByLabel('vollstationär', { exact: true }).first();
  await observed.fill('4.317');
  await expect(page.getByText('gelesen: 4.317').first()).toBeVisible();
  await observed.fill('4.31');
  await expect(page.getByText(/„4\.31“ ist nicht eindeutig/).first()).toBeVisible();
  await observed.fill('4.317');
  await page.getByLabel('Herkunft der Zahlen').first().fill('Pflegestatistik 2015');
  await page.getByRole('button', { name: 'Mit diesen Zahlen kalibrieren' }).first().click();
  // The note states the figure as read: 4.317 people, not 4,317.
  await expect(page.getByText(/vollstationär: beobachtet 4\.317, erwartet/).first()).toBeVisible();
  await expectAccessible(page, 'rates with a number reading');

  await page.getByRole('link', { name: 'Maßnahmen', exact: true }).click();
  await page.getByRole('button', { name: 'Maßnahme anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Maßnahme anlegen' });
  await dialog.getByLabel('Titel', { exact: true }).fill('Tagespflege Elbtalaue');
  await dialog.getByLabel('Einmalige Kosten (€)').fill('250.000 €');
  await expect(dialog.getByText('gelesen: 250.000 €')).toBeVisible();
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Maßnahme „Tagespflege Elbtalaue“ bearbeiten' }).click();
  await expect(page.getByRole('dialog').getByLabel('Einmalige Kosten (€)')).toHaveValue('250.000');
  await page.getByRole('dialog').getByRole('button', { name: 'Abbrechen' }).click();

  await page.getByRole('link', { name: 'Bestand', exact: true }).click();
  await page.getByRole('navigation', { name: 'Register' }).getByRole('link', { name: 'Personalstellen' }).click();
  await page.getByRole('button', { name: 'Personalstelle hinzufügen' }).click();
  const post = page.getByRole('dialog', { name: 'Personalstelle hinzufügen' });
  await post.getByLabel('Bezeichnung', { exact: true }).fill('Pflegeplanung');
  await post.getByLabel('Tätigkeitsbereich').selectOption({ label: 'Altenhilfeplanung/Sozialplanung' });
  await post.getByLabel('Umfang (VZÄ)').fill('1');
  await post.getByLabel('Anteil Senioren/Pflege').fill('100 %');
  await expect(post.getByText('gelesen: 100 %')).toBeVisible();
  await post.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(post).toBeHidden();
  await page.getByRole('link', { name: 'Angebote und Einrichtungen' }).click();
  await page.getByRole('button', { name: 'Angebot hinzufügen' }).click();
  const offer = page.getByRole('dialog', { name: 'Angebot hinzufügen' });
  await offer.getByLabel('Kapazität', { exact: true }).fill('1.050');
  await expect(offer.getByText('gelesen: 1.050')).toBeVisible();
  expect(problems).toEqual([]);
});

test('every assumption has a form: Richtwert edited, copied, deleted and restored; a staffing ratio added; own rates by sex', async ({ page, startPlanless }) => {
  const problems = watchConsole(page);
  await openSample(page, await startPlanless());
  await page.getByRole('link', { name: 'Bedarf', exact: true }).click();
  await page.getByRole('tab', { name: 'Richtwerte und Schlüssel' }).click();
  const richtwerte = page.getByRole('table', { name: 'Richtwerte je Angebotsart' });
  await expect(richtwerte.getByRole('row', { name: /Vollstationäre Pflegeplätze.*Vollstationäre Dauerpflege.*Auslastung 95 %/ })).toBeVisible();

  await page.getByRole('button', { name: '„Vollstationäre Pflegeplätze“ bearbeiten' }).click();
  let dialog = page.getByRole('dialog', { name: /Richtwert „Vollstationäre Pflegeplätze“ bearbeiten/ });
  await expect(dialog.getByLabel('Angebotsart')).toHaveValue('vollstationaer');
  await dialog.getByLabel('Auslastung (%)').fill('90');
  await expectAccessible(page, 'Richtwert form');
  await dialog.getByRole('button', { name: 'Richtwert speichern' }).click();
  await expect(richtwerte.getByRole('row', { name: /Vollstationäre Pflegeplätze.*Auslastung 90 %/ })).toBeVisible();

  await page.getByRole('button', { name: '„Vollstationäre Pflegeplätze“ duplizieren' }).click();
  dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Bezeichnung')).toHaveValue('Vollstationäre Pflegeplätze (Kopie)');
  await dialog.getByLabel('Bezeichnung').fill('Kurzzeitpflegeplätze');
  await dialog.getByLabel('Angebotsart').selectOption({ label: 'Kurzzeitpflege (solitär)' });
  await dialog.getByRole('button', { name: 'Richtwert speichern' }).click();
  await expect(richtwerte.getByRole('row', { name: /Kurzzeitpflegeplätze.*Kurzzeitpflege \(solitär\)/ })).toBeVisible();

  await page.getByRole('button', { name: '„Kurzzeitpflegeplätze“ löschen' }).click();
  await expect(richtwerte.getByRole('row', { name: /Kurzzeitpflegeplätze/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(richtwerte.getByRole('row', { name: /Kurzzeitpflegeplätze/ })).toBeVisible();

  await page.getByRole('button', { name: 'Betreuungsschlüssel hinzufügen' }).click();
  dialog = page.getByRole('dialog', { name: 'Neuer Betreuungsschlüssel' });
  await dialog.getByLabel('Bezeichnung', { exact: true }).fill('Pflegestützpunkt');
  await dialog.getByLabel('Zielgruppe: Einwohner ab Alter (Jahre)').fill('65');
  await dialog.getByLabel('Stufe 1: gilt ab Jahr').fill('2025');
  await dialog.getByLabel('Stufe 1: Einwohner je VZÄ').fill('4.000');
  await dialog.getByLabel('Ist-Stellen: Tätigkeitsbereich der Personalstellen').selectOption({ label: 'Pflegestützpunkt' });
  await dialog.getByRole('button', { name: 'Schlüssel speichern' }).click();
  await expect(page.getByRole('table', { name: 'Betreuungsschlüssel' }).getByRole('row', { name: /Pflegestützpunkt.*ab 2025: 1 : 4\.000 \(Einw\. 65\+\) Pflegestützpunkt/ })).toBeVisible();

  await page.getByRole('tab', { name: 'Quoten und Szenarien' }).click();
  await page.getByRole('button', { name: /duplizieren/ }).first().click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Quoten Niedersachsen');
  await dialog.getByLabel('Quoten getrennt nach Geschlecht').check();
  await dialog.getByLabel('Quote 90 Jahre und mehr, vollstationär, weiblich (%)').fill('31,5');
  await dialog.getByRole('button', { name: 'Quoten speichern' }).click();
  await expect(dialog).toBeHidden();
  const own = page.getByRole('table', { name: 'Quoten Niedersachsen' });
  await expect(own.getByRole('row', { name: /weiblich.*31,50 %/ })).toBeVisible();

  await page.getByRole('button', { name: '„Status quo“ bearbeiten' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Pflegequoten', { exact: true }).selectOption({ label: 'Quoten Niedersachsen' });
  await dialog.getByRole('button', { name: 'Szenario speichern' }).click();
  await expect(page.getByRole('table', { name: 'Szenarien' }).getByRole('row', { name: /Status quo.*Quoten Niedersachsen/ })).toBeVisible();
  await expectAccessible(page, 'rates and scenarios with forms');
  expect(problems).toEqual([]);
});

test('one scenario for the whole page: staffing follows it, it survives tab switches, and the Hauptszenario is kept in the plan', async ({ page, startPlanless }) => {
  const problems = watchConsole(page);
  await openSample(page, await startPlanless());
  await page.getByRole('link', { name: 'Bedarf', exact: true }).click();
  await page.getByRole('tab', { name: 'Ergebnisse' }).click();
  const other = 'Gesünder älter werden';
  await page.getByLabel('Szenario', { exact: true }).selectOption({ label: other });
  await page.getByLabel('Jahr', { exact: true }).selectOption('2030');
  await expect(page.getByRole('heading', { name: `Betreuungsschlüssel: Soll und Ist: Seniorenberatung (Schlüssel nach Fachplan Dresden 2022) (${other})` })).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(`Personalbedarf in der Pflege \\(Handlungsfeld 6\\) \\(${other.replace(/[()]/g, '\\$&')}, 2030\\)`) })).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(`Lücken je Gemeinde: .*\\(${other.replace(/[()]/g, '\\$&')}, 2030\\)`) })).toBeVisible();

  // The export names the scenario, the sources and the licence, with the numbers as shown.
  const gapCard = page.getByRole('region', { name: new RegExp(`Lücken je Gemeinde: .*\\(${other.replace(/[()]/g, '\\$&')}, 2030\\)`) });
  const download = page.waitForEvent('download');
  await gapCard.getByRole('button', { name: 'Als CSV exportieren' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^luecken-.*-2030-gesuender-aelter-werden\.csv$/);
  const csv = fs.readFileSync((await file.path())!, 'utf8');
  expect(csv).toContain(`Szenario: ${other}`);
  expect(csv).toContain('dl-de/by-2-0');
  expect(csv).not.toMatch(/\d,\d{3,}/);
  await expect(gapCard.getByRole('button', { name: 'Grafik als PNG speichern' })).toBeVisible();

  await page.getByRole('tab', { name: 'Richtwerte und Schlüssel' }).click();
  await page.getByRole('tab', { name: 'Ergebnisse' }).click();
  await expect(page.getByLabel('Szenario', { exact: true })).toHaveValue(await page.getByLabel('Szenario', { exact: true }).locator('option', { hasText: other }).first().getAttribute('value') as string);
  await expect(page.getByLabel('Jahr', { exact: true })).toHaveValue('2030');

  await page.getByRole('button', { name: 'Als Hauptszenario festlegen' }).click();
  await expect(page.getByText('Hauptszenario des Plans', { exact: true })).toBeVisible();
  await page.reload();
  await page.getByRole('link', { name: 'Bedarf', exact: true }).click();
  await page.getByRole('tab', { name: 'Ergebnisse' }).click();
  await expect(page.getByLabel('Szenario', { exact: true }).locator('option:checked')).toHaveText(other);
  await expectAccessible(page, 'needs results with the Hauptszenario');
  expect(problems).toEqual([]);
});

test('a measure is justified by a computed gap, which stays live in the measure and in the monitoring', async ({ page, startPlanless }) => {
  const problems = watchConsole(page);
  await openSample(page, await startPlanless());
  await page.getByRole('link', { name: 'Maßnahmen', exact: true }).click();
  await page.getByRole('button', { name: /^Details zu „Kümmerer/ }).click();
  const details = page.getByRole('dialog');
  await expect(details.getByText('Noch keine berechnete Lücke verknüpft.')).toBeVisible();
  await details.getByLabel('Richtwert').selectOption({ label: 'Vollstationäre Pflegeplätze' });
  await details.getByLabel('Gebiet').selectOption({ label: 'Lüchow (Wendland)' });
  await details.getByLabel('Jahr').selectOption('2030');
  await details.getByRole('button', { name: 'Lücke verknüpfen' }).click();
  await expect(details.getByText(/^Vollstationäre Pflegeplätze, Lüchow \(Wendland\), 2030, Szenario „Status quo“: (Lücke|Überhang) \d/)).toBeVisible();
  await expectAccessible(page, 'measure details with a gap link');
  await details.getByRole('button', { name: 'Schließen' }).click();

  await page.getByRole('link', { name: 'Monitoring', exact: true }).click();
  const gaps = page.getByRole('region', { name: 'Versorgungslücken der Maßnahmen' });
  await expect(gaps.getByRole('row', { name: /Kümmerer.*Vollstationäre Pflegeplätze, Lüchow \(Wendland\), 2030/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test('progress is suggested from the data and confirmed by the planner, with the date', async ({ page, startPlanless }) => {
  const problems = watchConsole(page);
  await openSample(page, await startPlanless());
  await page.getByRole('link', { name: 'Übersicht' }).click();
  await page.getByRole('link', { name: /Handlungsfeld 7, Bedarfsermittlung/ }).click();
  // Today as the page sees it (its time zone, not this process's: between 23:00 and 00:00 UTC they differ).
  const todayDe = await page.evaluate(() => new Date().toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }));
  const suggestion = page.getByRole('group', { name: 'Vorschlag aus den Daten zu „Künftige Nachfrage je Gemeinde prognostizieren“' });
  await expect(suggestion).toContainText(`Bevölkerung importiert am ${todayDe}`);
  await expectAccessible(page, 'field 7 with suggestions');
  await suggestion.getByRole('button', { name: '„Künftige Nachfrage je Gemeinde prognostizieren“ als erledigt bestätigen' }).click();
  await expect(page.getByRole('checkbox', { name: 'Künftige Nachfrage je Gemeinde prognostizieren' })).toBeChecked();
  await expect(suggestion).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: /^Datum.*Künftige Nachfrage/ })).toHaveValue(todayDe);

  // Ticking a task by hand gives it today's date as well.
  await page.getByRole('checkbox', { name: 'Versorgungslücken je Gemeinde ermitteln' }).check();
  await expect(page.getByRole('textbox', { name: /^Datum.*Versorgungslücken je Gemeinde/ })).toHaveValue(todayDe);
  expect(problems).toEqual([]);
});

test('one bad row no longer blocks a returned sheet: the valid rows are taken, the rest is listed', async ({ page, startPlanless }) => {
  const problems = watchConsole(page);
  await openSample(page, await startPlanless());
  await page.getByRole('link', { name: 'Bestand', exact: true }).click();
  await page.getByRole('navigation', { name: 'Register' }).getByRole('link', { name: 'Angebote und Einrichtungen' }).click();
  await expect(page.getByText('57 Einträge')).toBeVisible();
  await page.getByRole('button', { name: 'Importieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Angebote und Einrichtungen importieren' });
  await dialog.getByLabel('Datei (CSV oder Excel)').setInputFiles(path.join(import.meta.dirname, '..', 'fixtures', 'stock', 'angebote_ungueltiger_ags.csv'));
  await expect(dialog.getByText('3 mit Fehlern', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: 'Gültige Zeilen übernehmen (1), Rest auflisten (3)' }).click();
  await expect(dialog.getByText('Import abgeschlossen: 0 neu, 1 aktualisiert, 0 unverändert.')).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Nicht übernommen: 3 Zeilen mit Fehlern' })).toBeVisible();
  await expect(dialog.getByText(/^Zeile 3 \(„Tagespflege Nirgendwo“\): .*99 ist kein Land/)).toBeVisible();
  await expectAccessible(page, 'import of the valid rows');
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(page.getByText('57 Einträge')).toBeVisible();
  expect(problems).toEqual([]);
});

test('plan set-up picks the Kreis from the list of all Kreise, with name and key', async ({ page, web }) => {
  const problems = watchConsole(page);
  await page.goto(web.url);
  await page.getByLabel('Titel des Plans').fill('Pflegestrukturplan');
  const picker = page.getByLabel('Kreis aus der Liste wählen');
  await expect(picker.locator('option', { hasText: 'München, Landkreis (09184)' })).toHaveCount(1);
  await expect(picker.locator('option', { hasText: 'München, Landeshauptstadt (09162)' })).toHaveCount(1);
  await picker.selectOption({ label: 'Lüchow-Dannenberg, Landkreis (03354)' });
  await expect(page.getByLabel('Landkreis (Name)')).toHaveValue('Landkreis Lüchow-Dannenberg');
  await expect(page.getByLabel('Kreisschlüssel')).toHaveValue('03354');
  await expectAccessible(page, 'plan set-up with the Kreis list');
  await page.getByRole('button', { name: 'Plan einrichten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a Seniorenberatung post counts as Ist by its Tätigkeitsbereich, whatever its title says', async ({ page, startPlanless }) => {
  const problems = watchConsole(page);
  await openSample(page, await startPlanless());
  const istIn2030 = async (): Promise<string> => {
    await page.getByRole('link', { name: 'Bedarf', exact: true }).click();
    await page.getByRole('tab', { name: 'Ergebnisse' }).click();
    await page.getByLabel('Jahr', { exact: true }).selectOption('2030');
    const table = page.getByRole('region', { name: /^Betreuungsschlüssel: Soll und Ist: Seniorenberatung/ }).getByRole('table');
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2030', exact: true }) });
    // Columns after the year: Zielgruppe, Schlüssel, Soll-VZÄ, Ist-VZÄ.
    return (await row.getByRole('cell').nth(3).innerText()).trim();
  };
  // The sample's Seniorenbeauftragte (0,5 VZÄ) counts although „Beratung“ is not in her title.
  expect(await istIn2030()).toBe('0,5');

  await page.getByRole('link', { name: 'Bestand', exact: true }).click();
  await page.getByRole('navigation', { name: 'Register' }).getByRole('link', { name: 'Personalstellen' }).click();
  const table = page.getByRole('table', { name: 'Personalstellen' });
  await expect(table.getByRole('columnheader', { name: 'Tätigkeitsbereich' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Seniorenbeauftragte.*Seniorenberatung\/Pflegeberatung/ })).toBeVisible();
  await page.getByRole('button', { name: 'Personalstelle hinzufügen' }).click();
  const post = page.getByRole('dialog', { name: 'Personalstelle hinzufügen' });
  await post.getByLabel('Bezeichnung', { exact: true }).fill('Fachstelle Älterwerden');
  await post.getByLabel('Umfang (VZÄ)').fill('1');
  await post.getByLabel('Anteil Senioren/Pflege').fill('100 %');
  // Without a Tätigkeitsbereich the form says what is missing and keeps what was typed.
  await post.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(post.getByText('„Tätigkeitsbereich“ ist ein Pflichtfeld.')).toBeVisible();
  await expect(post.getByLabel('Bezeichnung', { exact: true })).toHaveValue('Fachstelle Älterwerden');
  await post.getByLabel('Tätigkeitsbereich').selectOption({ label: 'Seniorenberatung/Pflegeberatung' });
  await expectAccessible(page, 'staff post form with a Tätigkeitsbereich');
  await post.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(post).toBeHidden();
  await expect(table.getByRole('row', { name: /Fachstelle Älterwerden.*Seniorenberatung\/Pflegeberatung/ })).toBeVisible();

  expect(await istIn2030()).toBe('1,5');
  await page.getByRole('tab', { name: 'Richtwerte und Schlüssel' }).click();
  await expect(page.getByRole('table', { name: 'Betreuungsschlüssel' }).getByRole('row', { name: /Seniorenberatung.*Seniorenberatung\/Pflegeberatung/ })).toBeVisible();
  await expectAccessible(page, 'staffing ratios with their Tätigkeitsbereich');
  expect(problems).toEqual([]);
});
