/**
 * Reads a text file line by line without holding it as one string: imports of national tables
 * must not need memory in proportion to the file. Works on a path (chunks from disk) or on bytes
 * already received from the renderer (chunks are views, nothing is copied).
 */
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { UserError } from '../../shared/contract/errors';
import { binaryFileMessage, EncodingSniffer } from '../import/decodeText';

export type TextSource = { path: string } | { bytes: Uint8Array };

const CHUNK = 64 * 1024;

export async function* chunksOf(source: TextSource): AsyncGenerator<Uint8Array> {
  if ('bytes' in source) {
    for (let i = 0; i < source.bytes.length; i += CHUNK) yield source.bytes.subarray(i, i + CHUNK);
    return;
  }
  const stream = fs.createReadStream(source.path, { highWaterMark: CHUNK });
  for await (const chunk of stream) yield chunk as Buffer;
}

export async function sizeOf(source: TextSource): Promise<number> {
  return 'bytes' in source ? source.bytes.length : (await fs.promises.stat(source.path)).size;
}

/** First bytes, for the binary check. */
export async function headOf(source: TextSource, n = 4096): Promise<Uint8Array> {
  if ('bytes' in source) return source.bytes.subarray(0, n);
  const fh = await fs.promises.open(source.path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** The encoding by the rule of db/import/decodeText.ts, read chunk by chunk; also refuses NUL bytes anywhere. */
export async function detectEncoding(source: TextSource): Promise<'utf-8' | 'windows-1252'> {
  const sniffer = new EncodingSniffer();
  let first = true;
  for await (const chunk of chunksOf(source)) {
    if (chunk.includes(0)) throw new UserError(binaryFileMessage(first ? chunk : new Uint8Array(0)), 'binary');
    sniffer.push(first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk);
    first = false;
  }
  return sniffer.result();
}

/** Lines of the file (without line breaks), with the number of bytes read so far. */
export async function* linesOf(source: TextSource, encoding: 'utf-8' | 'windows-1252'): AsyncGenerator<{ line: string; bytesRead: number }> {
  const decode = encoding === 'utf-8' ? (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8') : (b: Uint8Array) => iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), 'windows-1252');
  let rest: Uint8Array = new Uint8Array(0);
  let bytesRead = 0;
  let first = true;
  for await (const chunk of chunksOf(source)) {
    bytesRead += chunk.length;
    let data: Uint8Array = rest.length > 0 ? concat(rest, chunk) : chunk;
    if (first && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
    first = false;
    let start = 0;
    for (let i = 0; i < data.length; i++) {
      if (data[i] === 0x0a) {
        const end = i > start && data[i - 1] === 0x0d ? i - 1 : i;
        yield { line: decode(data.subarray(start, end)), bytesRead };
        start = i + 1;
      }
    }
    rest = data.slice(start);
  }
  if (rest.length > 0) yield { line: decode(rest[rest.length - 1] === 0x0d ? rest.subarray(0, rest.length - 1) : rest), bytesRead };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
