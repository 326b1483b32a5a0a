import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

test('"Speichern unter", closing and reopening by path and from the recent list', async ({ page, web }) => {
  await page.goto(web.url);
  await page.getByLabel('Titel des Plans').fill('Originalplan');
  await page.getByLabel('Landkreis (Name)').fill('Landkreis Test');
  await page.getByRole('button', { name: 'Plan einrichten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();

  await page.getByRole('button', { name: 'Speichern unter …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Speichern unter' });
  const copyPath = path.join(web.dir, 'Kopie.sqlite');
  await dialog.getByLabel('Dateipfad').fill(path.join(web.dir, 'gibt-es-nicht', 'x.sqlite'));
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.getByText(/existiert nicht/)).toBeVisible();
  await dialog.getByLabel('Dateipfad').fill(copyPath);
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Kopie.sqlite').first()).toBeVisible();
  expect(fs.existsSync(copyPath)).toBe(true);

  await page.getByRole('button', { name: 'Plan schließen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pflegestrukturplaner' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Zuletzt geöffnet' }).getByText('Kopie.sqlite').first()).toBeVisible();

  await page.getByRole('button', { name: 'Plan öffnen', exact: true }).click();
  await page.getByLabel('Dateipfad').fill(path.join(web.dir, 'fehlt.sqlite'));
  await page.getByRole('button', { name: 'Öffnen', exact: true }).click();
  await expect(page.getByText(/wurde nicht gefunden/)).toBeVisible();
  await page.getByLabel('Dateipfad').fill(web.planPath);
  await page.getByRole('button', { name: 'Öffnen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await expect(page.getByText('p.sqlite').first()).toBeVisible();
});
