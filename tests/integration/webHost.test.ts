import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../db/host/webHost';
import { testServices } from '../helpers/services';
import { tempDir } from '../helpers/files';

let dir: string;
let host: WebHost;

beforeAll(async () => {
  dir = tempDir();
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Pflegestrukturplaner</title>');
  fs.writeFileSync(path.join(dir, 'geheim.txt'), 'geheim');
  host = await startWebHost({ services: testServices(path.join(dir, 'userdata')), rendererDir });
});
afterAll(async () => {
  await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function request(options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (channel: string, token: string, extra: Record<string, string> = {}) =>
  request({ method: 'POST', path: `/api/${channel}`, headers: { 'content-type': 'application/json', 'x-plan-token': token, ...extra }, body: '{}' });

describe('the loopback browser host', () => {
  it('listens on 127.0.0.1 only and prints a URL with its token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const res = await request({ path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('Pflegestrukturplaner');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe');
  });

  it('answers API calls that carry the token', async () => {
    const res = await api('app.info', host.token);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { host: 'web', nativeDialogs: false } });
  });

  it('refuses API calls without or with a wrong token', async () => {
    expect((await api('app.info', '')).status).toBe(401);
    expect((await api('app.info', host.token.slice(0, -1) + 'x')).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await api('app.info', host.token, { host: `evil.example:${host.port}` });
    expect(res.status).toBe(421);
  });

  it('refuses form posts that could come from another site', async () => {
    const res = await request({ method: 'POST', path: '/api/app.info', headers: { 'content-type': 'text/plain', 'x-plan-token': host.token }, body: '{}' });
    expect(res.status).toBe(415);
  });

  it('does not serve files outside the renderer folder', async () => {
    expect((await request({ path: '/../geheim.txt' })).status).toBe(404);
    expect((await request({ path: '/%2e%2e/geheim.txt' })).status).toBe(404);
  });
});
