/**
 * A bad address or a view that fails to render never blanks the app: the planner gets a
 * German message and a way back, and the rest of the app keeps working.
 */
import { expectAccessible } from './a11y';
import { expect, test } from './fixtures';

async function setUpPlan(page: import('@playwright/test').Page, url: string) {
  await page.goto(url);
  await page.getByLabel('Titel des Plans').fill('Robuster Plan');
  await page.getByLabel('Landkreis (Name)').fill('Landkreis Test');
  await page.getByRole('button', { name: 'Plan einrichten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
}

test('a malformed address shows "Seite nicht gefunden" instead of a blank window', async ({ page, web }) => {
  await setUpPlan(page, web.url);
  for (const hash of ['#/%ff', '#/feld/%E0%A4%A', '#/bestand/%']) {
    await page.evaluate((h) => (location.hash = h), hash);
    await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Zur Übersicht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
});

test('a page that fails to render shows a German message with a way back', async ({ page, web }) => {
  await setUpPlan(page, web.url);
  // An answer the page does not expect makes it throw while rendering.
  await page.route('**/api/district.gemeinden.list', (route) => route.fulfill({ contentType: 'application/json', body: '{"ok":true,"value":{"kaputt":1}}' }));
  await page.getByRole('link', { name: 'Landkreis & Gemeinden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Diese Ansicht konnte nicht angezeigt werden' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Ihre Eingaben sind in der Planungsdatei gespeichert' })).toBeVisible();
  await expectAccessible(page, 'the error view');
  // The navigation stays usable, and the way back works.
  await page.unroute('**/api/district.gemeinden.list');
  await page.getByRole('main').getByRole('link', { name: 'Zur Übersicht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
});

test('"Speichern unter" asks before replacing an existing file and leaves it untouched on "Abbrechen"', async ({ page, web }) => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { createHash } = await import('node:crypto');
  const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');
  const existing = path.join(web.dir, 'vorhanden.sqlite');
  fs.writeFileSync(existing, 'eine fremde Datei');
  const before = sha(existing);
  await setUpPlan(page, web.url);

  await page.getByRole('button', { name: 'Speichern unter …' }).click();
  const saveAs = page.getByRole('dialog', { name: 'Speichern unter' });
  await saveAs.getByLabel('Dateipfad').fill(existing);
  await saveAs.getByRole('button', { name: 'Speichern' }).click();
  const confirm = page.getByRole('dialog', { name: 'Datei ersetzen?' });
  await expect(confirm).toContainText('Die Datei „vorhanden.sqlite“ gibt es schon. Ersetzen?');
  await expectAccessible(page, 'the overwrite question');
  await confirm.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(confirm).toBeHidden();
  expect(sha(existing)).toBe(before);

  await saveAs.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('dialog', { name: 'Datei ersetzen?' }).getByRole('button', { name: 'Ersetzen' }).click();
  await expect(saveAs).toBeHidden();
  await expect(page.getByText('vorhanden.sqlite').first()).toBeVisible();
  expect(sha(existing)).not.toBe(before);
});

test('a damaged plan is refused, and „Neueste Sicherung öffnen“ opens a copy of its newest backup beside it', async ({ page, web }) => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { createHash } = await import('node:crypto');
  const sha = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');
  await setUpPlan(page, web.url);
  // Close and open again: the first open of the day writes the automatic backup.
  await page.getByRole('button', { name: 'Plan schließen' }).click();
  await page.getByRole('button', { name: 'Robuster Plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await page.getByRole('button', { name: 'Plan schließen' }).click();

  // Damage the second page behind the app's back.
  const bytes = fs.readFileSync(web.planPath);
  const pageSize = bytes.readUInt16BE(16);
  bytes.fill(0xa5, pageSize, pageSize * 2);
  fs.writeFileSync(web.planPath, bytes);
  const damaged = sha(web.planPath);

  await page.getByRole('button', { name: 'Robuster Plan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'ist beschädigt' })).toBeVisible();
  await expectAccessible(page, 'the refusal of a damaged plan');
  await page.getByRole('button', { name: 'Neueste Sicherung öffnen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /aus der automatischen Sicherung vom \d\d\.\d\d\.\d{4}, \d\d:\d\d wiederhergestellt/ })).toBeVisible();
  await expect(page.getByText('p (wiederhergestellt).sqlite').first()).toBeVisible();
  expect(fs.existsSync(path.join(web.dir, 'p (wiederhergestellt).sqlite'))).toBe(true);
  expect(sha(web.planPath)).toBe(damaged);
  await expectAccessible(page, 'the plan restored from its backup');
});
