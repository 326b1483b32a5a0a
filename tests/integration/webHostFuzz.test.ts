/**
 * No request may stop the browser host: malformed paths, headers and bodies, huge and slow
 * bodies all get a 4xx answer (with a German message where the API answers), and the host
 * keeps serving afterwards. One unguarded decodeURIComponent used to kill the process.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../db/host/webHost';
import { testServices } from '../helpers/services';
import { tempDir } from '../helpers/files';

let dir: string;
let host: WebHost;
const LIMIT = 64 * 1024;

beforeAll(async () => {
  dir = tempDir();
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Pflegestrukturplaner</title>');
  host = await startWebHost({ services: testServices(path.join(dir, 'userdata')), rendererDir, maxBodyBytes: LIMIT, requestTimeoutMs: 3_000 });
});
afterAll(async () => {
  await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Sends raw bytes and returns whatever comes back before the socket closes (or after 2 s). */
function raw(bytes: string | Buffer, waitMs = 2_000): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(host.port, '127.0.0.1');
    let answer = '';
    const done = () => {
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(done, waitMs);
    socket.on('data', (c) => (answer += c.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer);
    });
    socket.write(bytes);
  });
}

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
const hostHeader = () => `Host: 127.0.0.1:${host.port}`;
const get = (rawPath: string) => raw(`GET ${rawPath} HTTP/1.1\r\n${hostHeader()}\r\nConnection: close\r\n\r\n`);
const post = (body: string, headers = '') =>
  raw(`POST /api/app.info HTTP/1.1\r\n${hostHeader()}\r\nContent-Type: application/json\r\nx-plan-token: ${host.token}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n${headers}\r\n${body}`);

async function stillServes(): Promise<void> {
  const answer = await get('/');
  expect(statusOf(answer)).toBe(200);
  expect(answer).toContain('Pflegestrukturplaner');
}

describe('the browser host survives every request', () => {
  it.each(['/%ff', '/%', '/%E0%A4%A', '/a%2', '/%c0%af', '/%00', '/..%00/x', '//', '//evil.example/x', `/${'a'.repeat(6000)}`])(
    'answers GET %s with an error status and keeps serving',
    async (p) => {
      const status = statusOf(await get(p));
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      await stillServes();
    },
  );

  it('answers a malformed escape in the API path without crashing', async () => {
    const answer = await raw(`POST /api/%ff HTTP/1.1\r\n${hostHeader()}\r\nContent-Type: application/json\r\nx-plan-token: ${host.token}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
    expect(answer).toContain('Unbekannte Anfrage.');
    await stillServes();
  });

  it('answers malformed request lines and headers with 400', async () => {
    for (const bytes of ['GARBAGE\r\n\r\n', `GET / HTTP/1.1\r\n${hostHeader()}\r\nBad Header Without Colon\r\n\r\n`, `GET / HTTP/1.1\r\n${hostHeader()}\r\nContent-Length: -5\r\n\r\n`, '\u0000\u0001\u0002\r\n\r\n']) {
      expect(statusOf(await raw(bytes))).toBe(400);
    }
    await stillServes();
  });

  it('answers a body that is not JSON with a German message', async () => {
    for (const body of ['{', 'null', '\u00ff\u00fe', '[1,2', '"x"']) {
      const answer = await post(body);
      const status = statusOf(answer);
      if (status === 400) expect(answer).toContain('Die Anfrage ist kein gültiges JSON.');
      else expect(answer).toMatch(/"ok":(true|false)/);
    }
    await stillServes();
  });

  it('refuses an oversized body by its declared length, before reading it', async () => {
    const answer = await raw(
      `POST /api/app.info HTTP/1.1\r\n${hostHeader()}\r\nContent-Type: application/json\r\nx-plan-token: ${host.token}\r\nContent-Length: ${100 * 1024 * 1024 * 1024}\r\n\r\n{`,
    );
    expect(statusOf(answer)).toBe(413);
    expect(answer).toContain('Die Anfrage ist zu groß');
    await stillServes();
  });

  it('refuses an oversized chunked body while reading it', async () => {
    const chunk = 'x'.repeat(16 * 1024);
    const chunks = Array.from({ length: 8 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('');
    const answer = await raw(
      `POST /api/app.info HTTP/1.1\r\n${hostHeader()}\r\nContent-Type: application/json\r\nx-plan-token: ${host.token}\r\nTransfer-Encoding: chunked\r\n\r\n${chunks}0\r\n\r\n`,
    );
    expect(statusOf(answer)).toBe(413);
    await stillServes();
  });

  it('keeps answering others while a slow body trickles in, and drops the slow one at the time limit', async () => {
    const slow = net.connect(host.port, '127.0.0.1');
    slow.on('error', () => undefined);
    const closed = new Promise<string>((resolve) => {
      let answer = '';
      slow.on('data', (c) => (answer += c.toString()));
      slow.on('close', () => resolve(answer));
    });
    slow.write(`POST /api/app.info HTTP/1.1\r\n${hostHeader()}\r\nContent-Type: application/json\r\nx-plan-token: ${host.token}\r\nContent-Length: 1000\r\n\r\n{"a":`);
    await stillServes();
    const started = Date.now();
    const answer = await closed;
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(answer === '' || (statusOf(answer) >= 400 && statusOf(answer) < 500)).toBe(true);
    await stillServes();
  });

  it('answers an API call whose handler throws unexpectedly with 200 and a German error, not a crash', async () => {
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: host.port, method: 'POST', path: '/api/plan.open', headers: { 'content-type': 'application/json', 'x-plan-token': host.token } },
        (r) => {
          let body = '';
          r.on('data', (c) => (body += c));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ path: '\u0000' }));
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false });
    await stillServes();
  });
});
