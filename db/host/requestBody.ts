/**
 * Reading a request body for the browser host without letting one request hurt the host:
 * a size limit checked before and while reading (a huge body is cut off, not buffered), and
 * German messages for everything a caller can get wrong.
 */
import type http from 'node:http';

/** An API body larger than this is refused; imports send files as base64 inside JSON. */
export const MAX_BODY_BYTES = 100 * 1024 * 1024;

/** A request the host refuses; `status` is the HTTP answer, the message is for people. */
export class BadRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'BadRequest';
  }
}

const tooLarge = () => new BadRequest(413, `Die Anfrage ist zu groß (höchstens ${MAX_BODY_BYTES / 1024 / 1024} MB). Es wurde nichts geändert.`);

export function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (fn: () => void) => {
      if (!settled) {
        settled = true;
        fn();
      }
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        // Stop buffering; the rest of the body is drained and thrown away.
        settle(() => reject(tooLarge()));
      } else chunks.push(chunk);
    });
    req.on('end', () => settle(() => resolve(Buffer.concat(chunks))));
    req.on('error', () => settle(() => reject(new BadRequest(400, 'Die Anfrage wurde unterbrochen. Es wurde nichts geändert.'))));
    req.on('aborted', () => settle(() => reject(new BadRequest(400, 'Die Anfrage wurde unterbrochen. Es wurde nichts geändert.'))));
  });
}

/** The body as JSON; anything else is a 400 with a German message, never an exception. */
export async function readJsonBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const bytes = await readBody(req, limit);
  if (bytes.length === 0) return {};
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    throw new BadRequest(400, 'Die Anfrage ist kein gültiges JSON. Es wurde nichts geändert.');
  }
}

/** Decodes a URL path; a malformed escape such as `%ff` yields null instead of throwing. */
export function safeDecodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}
