/** Set-up shared by the sharing specs: a plan with one Gemeinde, and calls to the host's API as the page makes them. */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, type WebApp } from './fixtures';

export async function api<T = unknown>(request: APIRequestContext, url: string, channel: string, input: unknown): Promise<T> {
  const u = new URL(url);
  const response = await request.post(`${u.origin}/api/${channel}`, {
    headers: { 'content-type': 'application/json', 'x-plan-token': u.searchParams.get('token')! },
    data: input,
  });
  const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
  return body.value;
}

/** Sets up „Pflegeplan Teilen“ from the start screen and adds the Gemeinde Lüchow; returns it. */
export async function planWithLuechow(page: Page, web: WebApp, request: APIRequestContext): Promise<{ id: string }> {
  await page.goto(web.url);
  await page.getByLabel('Titel des Plans').fill('Pflegeplan Teilen');
  await page.getByLabel('Landkreis (Name)').fill('Landkreis Test');
  await page.getByRole('button', { name: 'Plan einrichten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  return api<{ id: string }>(request, web.url, 'district.gemeinden.create', { ags: '03354018', name: 'Lüchow' });
}
