/**
 * Akteure are chosen by typing (issue #11: the register is searched in SQL, never loaded whole):
 * the Vorsitz of a network as one choice, its members as a list, with the keyboard, axe clean.
 */
import { expectAccessible, watchConsole } from './a11y';
import { expect, test } from './fixtures';

test('a planner changes the chair and the members of a network by typing names', async ({ page, startPlanless }) => {
  const problems = watchConsole(page);
  await page.goto(await startPlanless());
  await page.getByRole('button', { name: 'Beispielplan öffnen (Landkreis Lüchow-Dannenberg)' }).click();
  await page.getByRole('link', { name: 'Bestand', exact: true }).click();
  await page.getByRole('navigation', { name: 'Register' }).getByRole('link', { name: 'Netzwerke und Gremien', exact: true }).click();
  const table = page.getByRole('table', { name: 'Netzwerke und Gremien' });
  // The chair's name, loaded for the ids on the page.
  await expect(table.getByRole('row', { name: /AG Demenz im Wendland/ })).toContainText('Beispiel-Wohlfahrtsverband Wendland e. V.');

  await page.getByRole('button', { name: 'AG Demenz im Wendland bearbeiten' }).click();
  const dialog = page.getByRole('dialog', { name: 'AG Demenz im Wendland bearbeiten' });
  const chair = dialog.getByRole('combobox', { name: 'Vorsitz/Koordination' });
  await expect(chair).toHaveValue('Beispiel-Wohlfahrtsverband Wendland e. V.');
  const members = dialog.getByRole('list', { name: 'Gewählt: Mitglieder' });
  await expect(members.getByRole('listitem')).toHaveCount(4);

  // Members: one removed, one added with the keyboard alone (already chosen ones are not offered).
  await members.getByRole('button', { name: 'Seniorenbeirat (Beispiel) entfernen' }).click();
  await expect(members.getByRole('listitem')).toHaveCount(3);
  const add = dialog.getByRole('combobox', { name: 'Akteur hinzufügen (Namen tippen)' });
  await add.fill('beispiel');
  const matches = dialog.getByRole('listbox', { name: 'Passende Akteure' });
  await expect(matches.getByRole('option', { name: 'Kirchenkreis Lüchow-Dannenberg (Beispiel)' })).toBeVisible();
  await expect(matches.getByRole('option', { name: 'Pflegestützpunkt Landkreis (Beispiel)' })).toHaveCount(0);
  await expectAccessible(page, 'the open member pick list');
  await add.fill('kirchenkreis');
  await expect(matches.getByRole('option')).toHaveCount(1);
  await add.press('ArrowDown');
  await add.press('Enter');
  await expect(members.getByRole('listitem')).toHaveCount(4);
  await expect(members).toContainText('Kirchenkreis Lüchow-Dannenberg (Beispiel)');
  await expect(add).toHaveValue('');

  // The chair: a name that matches nothing says so; Escape closes the list, not the dialog.
  await chair.fill('gibt es nicht');
  await expect(dialog.getByText('Kein Akteur passt zu dieser Eingabe.')).toBeVisible();
  await chair.press('Escape');
  await expect(dialog).toBeVisible();
  await expect(chair).toHaveValue('Beispiel-Wohlfahrtsverband Wendland e. V.');
  await chair.fill('pflegestütz');
  await dialog.getByRole('option', { name: 'Pflegestützpunkt Landkreis (Beispiel)' }).click();
  await expect(chair).toHaveValue('Pflegestützpunkt Landkreis (Beispiel)');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row', { name: /AG Demenz im Wendland/ })).toContainText('Pflegestützpunkt Landkreis (Beispiel)');

  await page.getByRole('button', { name: 'AG Demenz im Wendland bearbeiten' }).click();
  await expect(members.getByRole('listitem')).toHaveCount(4);
  await expect(members).not.toContainText('Seniorenbeirat');
  await expect(members).toContainText('Kirchenkreis Lüchow-Dannenberg (Beispiel)');
  await expectAccessible(page, 'the network form with chosen members');
  expect(problems).toEqual([]);
});
