/**
 * The browser mode's host: serves the built renderer and the same API handlers as the
 * Electron main process, over HTTP on 127.0.0.1 only. Every API call must carry the
 * per-start token, and the Host header must name this loopback port, so neither another
 * local user's web page nor a DNS-rebinding site can drive it.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../api/dispatch';
import type { HostServices } from '../api/context';
import { BadRequest, readJsonBody, safeDecodePath } from './requestBody';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const WINDOW_ID = 'web';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startWebHost(options: {
  services: HostServices;
  rendererDir: string;
  port?: number;
  /** Largest API body accepted; tests lower it. */
  maxBodyBytes?: number;
  /** How long one request (headers and body) may take. */
  requestTimeoutMs?: number;
}): Promise<WebHost> {
  const token = randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let port = 0;

  // Every request runs inside one guard: whatever a request contains (a malformed escape, a
  // broken URL, a body that never ends), the answer is a 4xx/5xx and the host keeps serving.
  // An <img src="http://127.0.0.1:PORT/%ff"> on any web page can reach this code.
  // Slow or stalled requests must not hold sockets for ever; other requests are served meanwhile.
  const requestTimeout = options.requestTimeoutMs ?? 120_000;
  const server = http.createServer(
    { requestTimeout, headersTimeout: Math.min(20_000, requestTimeout), connectionsCheckingInterval: Math.min(5_000, requestTimeout / 2) },
    (req, res) => {
      handle(req, res).catch((error: unknown) => answerError(res, error));
    },
  );
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, TEXT, 'Falscher Host.');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${host}`);
    } catch {
      throw new BadRequest(400, 'Ungültige Adresse.');
    }
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, TEXT, 'Nicht erlaubt.');
    serveStatic(res, options.rendererDir, url.pathname);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, TEXT, 'Nur POST.');
    const given = Buffer.from(String(req.headers['x-plan-token'] ?? ''));
    if (given.length !== tokenBytes.length || !timingSafeEqual(given, tokenBytes)) {
      return sendJson(res, 401, apiError('Zugriff verweigert: ungültiges Sitzungs-Token. Bitte die beim Start ausgegebene Adresse öffnen.', 'token'));
    }
    // A JSON content type cannot be sent cross-site without a CORS preflight, which we never answer.
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, TEXT, 'JSON erwartet.');
    const body = await readJsonBody(req, options.maxBodyBytes);
    const result = await dispatch(channel, body, { windowId: WINDOW_ID, services: options.services });
    // A prepared answer (db/api/preparedAnswer.ts) is already JSON: written around, not parsed.
    if ('json' in result) send(res, 200, 'application/json', Buffer.concat([Buffer.from('{"ok":true,"value":'), result.json, Buffer.from('}')]));
    else sendJson(res, 200, result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  // After listening, a server error (e.g. too many open files) is logged, not thrown at the process.
  server.on('error', (error) => console.error('[web] server error:', error));
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        options.services.sessions.closeAll();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const TEXT = 'text/plain; charset=utf-8';
const apiError = (message: string, code: string) => ({ ok: false, error: { message, code } });

function answerError(res: http.ServerResponse, error: unknown): void {
  const known = error instanceof BadRequest;
  if (!known) console.error('[web] request failed:', error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const status = known ? error.status : 500;
  const message = known ? error.message : 'Unerwarteter Fehler im Browser-Modus. Ihre Daten sind unverändert.';
  // Tell the client we stop reading; an oversized body is not drained first.
  res.setHeader('connection', 'close');
  sendJson(res, status, apiError(message, known ? 'bad-request' : 'internal'));
}

function serveStatic(res: http.ServerResponse, root: string, pathname: string): void {
  const relative = safeDecodePath(pathname === '/' ? '/index.html' : pathname);
  if (relative === null || relative.includes('\0')) return send(res, 400, TEXT, 'Ungültige Adresse.');
  const file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(path.resolve(root) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return send(res, 404, TEXT, 'Nicht gefunden.');
  }
  send(res, 200, CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file));
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json', JSON.stringify(value));
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(body);
}
