import { expect, type Page } from '@playwright/test';

/**
 * Chromium draws a visible `<input type="file">` with its own English „Choose File“ / „No file
 * chosen“ (inside the input, so no text search can see it). So: every file input on the page
 * must be visually hidden (at most 1 px), and each must have the German button beside it.
 */
export async function expectGermanFilePickers(page: Page, where: string): Promise<void> {
  await expect(page.getByText(/Choose File|No file chosen/)).toHaveCount(0);
  const inputs = page.locator('input[type="file"]');
  const count = await inputs.count();
  expect(count, `file inputs on ${where}`).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const box = await inputs.nth(i).boundingBox();
    expect(box === null || (box.width <= 1 && box.height <= 1), `native file input ${i} visible on ${where}: ${JSON.stringify(box)}`).toBe(true);
    await expect(inputs.nth(i).locator('xpath=..').getByRole('button', { name: 'Datei auswählen …' })).toBeVisible();
  }
}
