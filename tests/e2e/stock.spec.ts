import path from 'node:path';
import { expectAccessible, watchConsole } from './a11y';
import { expect, test } from './fixtures';

const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', name);

test('a planner adds a Tagespflege in Karwitz and sees it on the map, in the Gemeinde summary and on the field tab', async ({ page, startPlanless }) => {
  const problems = watchConsole(page);
  await page.goto(await startPlanless());
  await page.getByRole('button', { name: 'Beispielplan öffnen (Landkreis Lüchow-Dannenberg)' }).click();
  await page.getByRole('link', { name: 'Bestand', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bestandserhebung' })).toBeVisible();
  await expectAccessible(page, 'Bestand overview');

  await page.getByRole('navigation', { name: 'Register' }).getByRole('link', { name: 'Angebote und Einrichtungen' }).click();
  const table = page.getByRole('table', { name: 'Angebote und Einrichtungen' });
  await expect(page.getByText('57 Einträge')).toBeVisible();
  // Pages of 50, cut in SQL: the second page holds the other 7.
  const pages = page.getByRole('navigation', { name: 'Seiten der Tabelle' });
  await expect(pages.getByText('Seite 1 von 2')).toBeVisible();
  await expect(table.locator('tbody tr.stock-row')).toHaveCount(50);
  await expect(pages.getByRole('button', { name: 'Vorherige Seite' })).toBeDisabled();
  await pages.getByRole('button', { name: 'Nächste Seite' }).click();
  await expect(pages.getByText('Seite 2 von 2')).toBeVisible();
  await expect(table.locator('tbody tr.stock-row')).toHaveCount(7);
  await expect(table.locator('tbody tr.stock-row').first()).toHaveAttribute('aria-rowindex', '52');
  await pages.getByRole('button', { name: 'Vorherige Seite' }).click();
  await expect(pages.getByText('Seite 1 von 2')).toBeVisible();
  await page.getByLabel('Durchsuchen').fill('Amtsgarten');
  await expect(table.getByRole('row', { name: /Haus am Amtsgarten/ }).first()).toBeVisible();
  await expect(table.getByText('Beispiel').first()).toBeVisible();
  await expectAccessible(page, 'register table');

  // Karwitz has no offer in the sample plan.
  await page.getByRole('navigation', { name: 'Register' }).getByRole('link', { name: 'Je Gemeinde' }).click();
  await page.getByLabel('Gemeinde', { exact: true }).selectOption({ label: 'Karwitz (03354012)' });
  await expect(page.getByRole('heading', { name: 'Angebote und Einrichtungen (0)' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Register' }).getByRole('link', { name: 'Angebote und Einrichtungen' }).click();
  await page.getByRole('button', { name: 'Angebot hinzufügen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Angebot hinzufügen' });
  // German validation before anything is sent.
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog.getByText('„Name“ ist ein Pflichtfeld.')).toBeVisible();
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'offer form with errors');

  await dialog.getByLabel('Angebotsart', { exact: true }).selectOption({ label: 'Tagespflege' });
  await dialog.getByLabel('Name', { exact: true }).fill('Tagespflege Karwitzer Heide');
  await dialog.getByLabel('Gemeinde', { exact: true }).selectOption({ label: 'Karwitz (03354012)' });
  await dialog.getByLabel('Breitengrad').fill('53,0858');
  await dialog.getByLabel('Längengrad').fill('10,9896');
  await dialog.getByLabel('Kapazität', { exact: true }).fill('12');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog).toBeHidden();
  await page.getByLabel('Durchsuchen').fill('Karwitzer');
  await expect(table.getByRole('row', { name: /Tagespflege Karwitzer Heide/ })).toBeVisible();
  await expect(page.getByText('1 von 58 Einträgen')).toBeVisible();

  await page.getByRole('navigation', { name: 'Register' }).getByRole('link', { name: 'Karte und Diagramme' }).click();
  const map = page.getByRole('group', { name: /Karte des Landkreises/ });
  await expect(map.locator('circle[data-offer="Tagespflege Karwitzer Heide"]')).toHaveCount(1);
  await expect(map.getByRole('link', { name: 'Karwitz: 1 – Anzahl der Angebote je Gemeinde' })).toBeVisible();
  await page.getByLabel('Angebotsart', { exact: true }).selectOption({ label: 'Tagespflege' });
  await expect(page.getByRole('listitem').filter({ hasText: /^Tagespflege$/ })).toBeVisible();
  // The sample plan has population: the map can also shade per 1,000 inhabitants 65+.
  await page.getByLabel('Einfärbung der Gemeinden').selectOption({ label: 'Angebote je 1.000 Einwohner ab 65' });
  await expect(page.getByText(/rechnet mit der Bevölkerung 2015/)).toBeVisible();
  await expectAccessible(page, 'map and charts');
  await page.getByLabel('Einfärbung der Gemeinden').selectOption({ label: 'Anzahl der Angebote je Gemeinde' });

  await map.getByRole('link', { name: /^Karwitz:/ }).click();
  await expect(page.getByRole('heading', { name: 'Bestand je Gemeinde: Karwitz' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Angebote und Einrichtungen (1)' })).toBeVisible();
  await expect(page.getByText('Tagespflege Karwitzer Heide', { exact: true })).toBeVisible();
  await expectAccessible(page, 'Gemeinde summary');

  await page.goto(page.url().replace(/#.*$/, '#/feld/hf07/bestand'));
  await expect(page.getByRole('heading', { name: 'Bestand in diesem Handlungsfeld' })).toBeVisible();
  await expect(page.getByText(/58 Angebote in/)).toBeVisible();
  await expectAccessible(page, 'field 7 step 1');
  expect(problems).toEqual([]);
});

test('a planner imports offers: a file with wrong AGS is refused row by row, a good one is taken whole; export downloads a file', async ({ page, startPlanless }) => {
  const problems = watchConsole(page);
  await page.goto(await startPlanless());
  await page.getByRole('button', { name: 'Beispielplan öffnen (Landkreis Lüchow-Dannenberg)' }).click();
  await page.getByRole('link', { name: 'Bestand', exact: true }).click();
  await page.getByRole('navigation', { name: 'Register' }).getByRole('link', { name: 'Angebote und Einrichtungen' }).click();
  await expect(page.getByText('57 Einträge')).toBeVisible();

  await page.getByRole('button', { name: 'Importieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Angebote und Einrichtungen importieren' });
  await dialog.getByLabel('Datei (CSV oder Excel)').setInputFiles(fixture('stock/angebote_ungueltiger_ags.csv'));
  await expect(dialog.getByText('3 mit Fehlern', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Tagespflege Nirgendwo.*99 ist kein Land/ })).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^\d+ Zeilen? übernehmen$/ })).toBeDisabled();
  await expectAccessible(page, 'import preview with errors');

  await dialog.getByLabel('Datei (CSV oder Excel)').setInputFiles(fixture('stock/angebote_gut.csv'));
  await expect(dialog.getByText('3 neu, 0 aktualisiert')).toBeVisible();
  await dialog.getByRole('button', { name: '3 Zeilen übernehmen' }).click();
  await expect(dialog.getByText('Import abgeschlossen: 3 neu, 0 aktualisiert, 0 unverändert.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(page.getByText('60 Einträge')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Als Excel exportieren' }).click();
  expect((await download).suggestedFilename()).toMatch(/^angebote_\d{4}-\d{2}-\d{2}\.xlsx$/);
  await page.getByRole('button', { name: 'Erfassungsbogen' }).click();
  const survey = page.getByRole('dialog', { name: /Erfassungsbogen erstellen/ });
  await survey.getByLabel('Mit den vorhandenen Einträgen vorausgefüllt').check();
  await expectAccessible(page, 'survey dialog');
  const surveyDownload = page.waitForEvent('download');
  await survey.getByRole('button', { name: 'Bogen erstellen' }).click();
  expect((await surveyDownload).suggestedFilename()).toMatch(/^Erfassungsbogen_angebote_/);
  expect(problems).toEqual([]);
});
