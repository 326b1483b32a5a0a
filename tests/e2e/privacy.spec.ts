/**
 * DSGVO Art. 17 in the UI: „Personenbezogene Daten löschen“ in a contact person's form asks
 * first, then the name, phone and e-mail are gone from the table and from the plan file.
 */
import fs from 'node:fs';
import { expectAccessible, watchConsole } from './a11y';
import { expect, test } from './fixtures';

test('a planner erases the personal data of a contact person for good', async ({ page, web }) => {
  const problems = watchConsole(page);
  await page.goto(web.url);
  await page.getByLabel('Titel des Plans').fill('Datenschutzplan');
  await page.getByLabel('Landkreis (Name)').fill('Landkreis Test');
  await page.getByRole('button', { name: 'Plan einrichten' }).click();
  await page.getByRole('link', { name: 'Bestand', exact: true }).click();
  const registers = page.getByRole('navigation', { name: 'Register' });

  await registers.getByRole('link', { name: 'Akteure', exact: true }).click();
  await page.getByRole('button', { name: 'Akteur hinzufügen' }).click();
  const actorForm = page.getByRole('dialog', { name: 'Akteur hinzufügen' });
  await actorForm.getByLabel('Name', { exact: true }).fill('Diakonie Lüchow');
  await actorForm.getByLabel('Art', { exact: true }).selectOption({ label: 'Pflegeanbieter' });
  await actorForm.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(actorForm).toBeHidden();

  await registers.getByRole('link', { name: 'Ansprechpersonen', exact: true }).click();
  await page.getByRole('button', { name: 'Ansprechperson hinzufügen' }).click();
  const contactForm = page.getByRole('dialog', { name: 'Ansprechperson hinzufügen' });
  // The Akteur is searched as the planner types (the register is not loaded whole): keyboard only.
  const actorBox = contactForm.getByRole('combobox', { name: 'Akteur' });
  await actorBox.fill('diak');
  await expect(contactForm.getByRole('listbox', { name: 'Passende Akteure' }).getByRole('option', { name: 'Diakonie Lüchow' })).toBeVisible();
  await expectAccessible(page, 'the open pick list of Akteure');
  await actorBox.press('ArrowDown');
  await expect(actorBox).toHaveAttribute('aria-activedescendant', /.+/);
  await actorBox.press('Enter');
  await expect(actorBox).toHaveValue('Diakonie Lüchow');
  await expect(contactForm).toBeVisible();
  await contactForm.getByLabel('Name', { exact: true }).fill('Hannelore Kowalski');
  await contactForm.getByLabel('Telefon', { exact: true }).fill('05841 123456');
  await contactForm.getByLabel('E-Mail', { exact: true }).fill('h.kowalski@example.org');
  await contactForm.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(contactForm).toBeHidden();
  const table = page.getByRole('table', { name: 'Ansprechpersonen' });
  await expect(table.getByRole('row', { name: /Hannelore Kowalski/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Hannelore Kowalski/ })).toContainText('Diakonie Lüchow');

  await page.getByRole('button', { name: 'Hannelore Kowalski bearbeiten' }).click();
  const edit = page.getByRole('dialog', { name: 'Hannelore Kowalski bearbeiten' });
  await edit.getByRole('button', { name: 'Personenbezogene Daten löschen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Personenbezogene Daten löschen?' });
  await expect(confirm).toContainText('Name, Telefon und E-Mail von „Hannelore Kowalski“ werden aus dem Plan und aus dem Änderungsprotokoll endgültig gelöscht');
  await expectAccessible(page, 'the erasure question');
  // Cancel first: nothing happens.
  await confirm.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(confirm).toBeHidden();
  expect(fs.readFileSync(web.planPath).includes(Buffer.from('Kowalski'))).toBe(true);

  await edit.getByRole('button', { name: 'Personenbezogene Daten löschen' }).click();
  await page.getByRole('dialog', { name: 'Personenbezogene Daten löschen?' }).getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText('Die personenbezogenen Daten wurden gelöscht.')).toBeVisible();
  await expect(table.getByRole('row', { name: /Kowalski/ })).toHaveCount(0);
  const bytes = fs.readFileSync(web.planPath);
  for (const secret of ['Kowalski', '123456', 'h.kowalski']) expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
  expect(problems).toEqual([]);
});

test('a planner erases a moderator named in the participation groups, from the measures page', async ({ page, web }) => {
  const problems = watchConsole(page);
  await page.goto(web.url);
  await page.getByLabel('Titel des Plans').fill('Datenschutzplan');
  await page.getByLabel('Landkreis (Name)').fill('Landkreis Test');
  await page.getByRole('button', { name: 'Plan einrichten' }).click();
  await page.getByRole('link', { name: 'Beteiligung' }).click();
  await page.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Veranstaltung anlegen' });
  await dialog.getByLabel('Titel').fill('Fachtag');
  await dialog.getByLabel('Datum').fill('2026-03-12');
  await dialog.getByRole('button', { name: 'Arbeitsgruppe hinzufügen' }).click();
  await dialog.getByLabel('Name der Arbeitsgruppe 1').fill('AG 1');
  await dialog.getByLabel('Moderation der Arbeitsgruppe 1').fill('Hannelore Kowalski');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  expect(fs.readFileSync(web.planPath).includes(Buffer.from('Kowalski'))).toBe(true);

  await page.getByRole('link', { name: 'Maßnahmen', exact: true }).click();
  const section = page.getByRole('region', { name: 'Personenbezogene Daten löschen' });
  await section.getByRole('button', { name: 'Personenbezogene Daten löschen' }).click();
  await expect(section.getByText('Bitte mindestens zwei Zeichen des Namens angeben.')).toBeVisible();
  await section.getByLabel('Name der Person').fill('Hannelore Kowalski');
  await section.getByRole('button', { name: 'Personenbezogene Daten löschen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Personenbezogene Daten löschen?' });
  await expect(confirm).toContainText('Jedes Feld „Verantwortlich“ und „Moderation“, in dem „Hannelore Kowalski“ steht oder früher stand, wird geleert');
  await expectAccessible(page, 'the question before erasing a name in the measures');
  await confirm.getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(page.getByText('Die personenbezogenen Daten wurden gelöscht (1 Eintrag).')).toBeVisible();
  expect(fs.readFileSync(web.planPath).includes(Buffer.from('Kowalski'))).toBe(false);
  expect(problems).toEqual([]);
});
