/**
 * The foundation's "done" walk-through: a new user creates the plan, adds a Gemeinde, opens
 * field 7, ticks a task in step 2, reloads and finds everything; the file on disk is a valid
 * planning file whose change log holds the edits.
 */
import Sqlite from 'better-sqlite3';
import { fieldById } from '../../shared/catalog';
import { APPLICATION_ID } from '../../db/file/constants';
import { expandEntries } from '../../db/changes/entries';
import { expectAccessible, watchConsole } from './a11y';
import { expect, test } from './fixtures';

const task = fieldById('hf07')!.steps.find((s) => s.id === 'bedarf')!.tasks[0]!;

test('a new planner sets up a plan, adds a Gemeinde, ticks a task in field 7 and finds it after reload', async ({ page, web }) => {
  const problems = watchConsole(page);
  await page.goto(web.url);

  await expect(page.getByRole('heading', { level: 1, name: 'Plan einrichten' })).toBeVisible();
  await expectAccessible(page, 'set-up form');
  await page.getByRole('button', { name: 'Plan einrichten' }).click();
  await expect(page.getByText('Bitte einen Titel für den Plan angeben.').first()).toBeVisible();

  await page.getByLabel('Titel des Plans').fill('Pflegestrukturplan 2026–2030');
  await page.getByLabel('Landkreis (Name)').fill('Landkreis Lüchow-Dannenberg');
  await page.getByLabel('Kreisschlüssel').fill('03354');
  await page.getByRole('button', { name: 'Plan einrichten' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Bearbeitungsstand je Handlungsfeld und Schritt' }).getByRole('row')).toHaveCount(11);
  await expectAccessible(page, 'overview');

  await page.getByRole('link', { name: 'Landkreis & Gemeinden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Landkreis & Gemeinden' })).toBeVisible();
  await page.getByRole('button', { name: 'Gemeinde hinzufügen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gemeinde hinzufügen' });
  await dialog.getByLabel('Amtlicher Gemeindeschlüssel (AGS)').fill('0335400');
  await dialog.getByLabel('Name', { exact: true }).fill('Lüchow (Wendland)');
  await dialog.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(dialog.getByText(/8 Ziffern/).first()).toBeVisible();
  await dialog.getByLabel('Amtlicher Gemeindeschlüssel (AGS)').fill('03354018');
  await dialog.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(dialog).toBeHidden();
  const table = page.getByRole('table', { name: 'Gemeinden des Landkreises' });
  await expect(table.getByRole('row', { name: /03354018.*Lüchow \(Wendland\)/ })).toBeVisible();
  await expectAccessible(page, 'district page');

  await page.getByRole('link', { name: 'Übersicht' }).click();
  await page.getByRole('link', { name: /Handlungsfeld 7, Bedarfsermittlung/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Handlungsfeld 7/ })).toBeVisible();
  await expect(page.getByRole('tab', { name: /Bedarfsermittlung/ })).toHaveAttribute('aria-selected', 'true');
  const checkbox = page.getByRole('checkbox', { name: task.title, exact: true });
  await checkbox.check();
  await expect(page.getByText('Gespeichert').first()).toBeVisible();
  await expectAccessible(page, 'field page');

  await page.reload();
  await expect(page.getByRole('checkbox', { name: task.title, exact: true })).toBeChecked();
  await page.getByRole('link', { name: 'Übersicht' }).click();
  await expect(page.getByRole('link', { name: /Handlungsfeld 7, Bedarfsermittlung/ })).toContainText('1/');
  await page.getByRole('link', { name: 'Landkreis & Gemeinden' }).click();
  await expect(page.getByRole('row', { name: /03354018.*Lüchow \(Wendland\)/ })).toBeVisible();

  expect(problems).toEqual([]);

  const db = new Sqlite(web.planPath, { readonly: true });
  try {
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const entries = db.prepare(`SELECT tbl, col, new_value, op FROM change_log WHERE tbl IN ('gemeinde', 'task_state', 'plan') ORDER BY seq`).all() as { tbl: string; col: string; new_value: string; op: string }[];
    // Per column: an insert is one entry carrying the whole row.
    const logged = expandEntries(entries).map(({ tbl, col, new_value }) => ({ tbl, col, new_value }));
    expect(logged).toEqual(
      expect.arrayContaining([
        { tbl: 'plan', col: 'title', new_value: JSON.stringify('Pflegestrukturplan 2026–2030') },
        { tbl: 'gemeinde', col: 'ags', new_value: JSON.stringify('03354018') },
        { tbl: 'task_state', col: 'task_id', new_value: JSON.stringify(task.id) },
        { tbl: 'task_state', col: 'state', new_value: JSON.stringify('erledigt') },
      ]),
    );
  } finally {
    db.close();
  }
});

test('the app is usable with the keyboard alone: skip link, tabs with arrow keys', async ({ page, web }) => {
  await page.goto(web.url);
  await page.getByLabel('Titel des Plans').fill('Tastaturplan');
  await page.getByLabel('Landkreis (Name)').fill('Landkreis Test');
  await page.getByLabel('Landkreis (Name)').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeFocused();

  await page.getByRole('link', { name: /Handlungsfeld 7, Bestandserhebung/ }).focus();
  await page.keyboard.press('Enter');
  const first = page.getByRole('tab', { name: /Bestandserhebung/ });
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Bedarfsermittlung/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /Bedarfsermittlung/ })).toHaveAttribute('aria-selected', 'true');
});
