/**
 * Reads a text file line by line without holding it as one string: imports of national tables
 * must not need memory in proportion to the file. Works on a path (chunks from disk) or on bytes
 * already received from the renderer (chunks are views, nothing is copied).
 */
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import iconv from 'iconv-lite';
import { UserError } from '../../shared/contract/errors';
import { formatNumber } from '../../shared/format';
import { binaryFileMessage, EncodingSniffer } from '../import/decodeText';

export type TextSource = { path: string } | { bytes: Uint8Array };

const CHUNK = 64 * 1024;

/** U+FFFD in UTF-8: the sniffer counts it as a character that did not decode. */
const REPLACEMENT_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);

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
  if ('bytes' in source) {
    // Bytes in hand (the import's usual case): valid UTF-8 without a U+FFFD (EF BF BD) is what
    // the sniffer calls utf-8 too (nothing replaced, nothing counted against it), found natively
    // instead of decoding the whole file into a string and counting it character by character
    // (~20 ms of the national file's import, in a worker still cold).
    const bytes = Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength);
    if (bytes.indexOf(0) < 0 && isUtf8(bytes) && bytes.indexOf(REPLACEMENT_UTF8) < 0) return 'utf-8';
  }
  const sniffer = new EncodingSniffer();
  let first = true;
  for await (const chunk of chunksOf(source)) {
    if (chunk.includes(0)) throw new UserError(binaryFileMessage(first ? chunk : new Uint8Array(0)), 'binary');
    sniffer.push(first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk);
    first = false;
  }
  return sniffer.result();
}

/**
 * Lines of the file (without line breaks), a chunk's worth at a time, with the number of bytes
 * read so far. Each chunk is decoded as a whole (a decoder call per line cost more than the
 * parse of the national file's lines); a character cut at a chunk's end is completed by the
 * next (utf-8 in streaming mode; windows-1252 has one byte per character).
 */
export async function* lineBatchesOf(source: TextSource, encoding: 'utf-8' | 'windows-1252'): AsyncGenerator<{ lines: string[]; bytesRead: number }> {
  // Drops a leading BOM (ignoreBOM false), as the line reader always did.
  const utf8 = new TextDecoder('utf-8');
  const decode = encoding === 'utf-8' ? (b: Uint8Array) => utf8.decode(b, { stream: true }) : (b: Uint8Array) => iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), 'windows-1252');
  let rest = '';
  let bytesRead = 0;
  for await (const chunk of chunksOf(source)) {
    const bom = bytesRead === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
    bytesRead += chunk.length;
    const lines = (rest + decode(bom ? chunk.subarray(3) : chunk)).split('\n');
    rest = lines.pop()!;
    // A file without line breaks is no table; without this, every chunk would re-split it all.
    if (rest.length > MAX_LINE_CHARS) throw new UserError(`Die Datei enthält eine Zeile mit mehr als ${formatNumber(MAX_LINE_CHARS)} Zeichen: So sieht keine Tabelle aus. Im Plan wurde nichts geändert.`, 'line-too-long');
    for (let i = 0; i < lines.length; i++) if (lines[i]!.endsWith('\r')) lines[i] = lines[i]!.slice(0, -1);
    if (lines.length > 0) yield { lines, bytesRead };
  }
  if (encoding === 'utf-8') rest += utf8.decode();
  if (rest.length > 0) yield { lines: [rest.endsWith('\r') ? rest.slice(0, -1) : rest], bytesRead };
}

/** Longest line a table may have (a GENESIS line is a few hundred characters). */
const MAX_LINE_CHARS = 1_000_000;

/** Line breaks in bytes not yet decoded (+1): a cheap count for the row limit before a long read. */
export function countByteLines(bytes: Uint8Array): number {
  // Buffer's indexOf (memchr), not the generic typed-array one: ~10× faster on 50 MB.
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 1;
  for (let i = buf.indexOf(0x0a); i >= 0; i = buf.indexOf(0x0a, i + 1)) n++;
  return n;
}
