/**
 * A guard in front of exceljs: an .xlsx is a ZIP, and a ZIP of a few kilobytes can unpack to
 * gigabytes (a "zip bomb"), which stalled the host for seconds before exceljs gave up. The
 * central directory is read first (entry count, declared sizes), then every entry is
 * inflated with a hard output limit, so a lying size field cannot get past either. Only
 * after that does exceljs see the bytes.
 */
import { formatNumber } from '../../shared/format';
import zlib from 'node:zlib';
import { UserError } from '../../shared/contract/errors';

export interface ZipLimits {
  /** Sum of all unpacked entries. */
  maxUnpackedBytes: number;
  maxEntries: number;
}

/** Generous for a register sheet (57 offers unpack to ≈ 100 kB), tiny next to a bomb. */
export const XLSX_LIMITS: ZipLimits = { maxUnpackedBytes: 200 * 1024 * 1024, maxEntries: 5_000 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function tooBig(fileName: string, limits: ZipLimits): UserError {
  return new UserError(
    `„${fileName}“ wird beim Entpacken größer als ${Math.round(limits.maxUnpackedBytes / 1024 / 1024)} MB oder enthält mehr als ${formatNumber(limits.maxEntries)} Teile. ` +
      'So groß ist keine Tabelle für dieses Programm; die Datei ist vermutlich beschädigt oder manipuliert. Im Plan wurde nichts geändert.',
    'zip-too-big',
  );
}

function unreadable(fileName: string): UserError {
  return new UserError(`„${fileName}“ ließ sich nicht als Excel-Arbeitsmappe (.xlsx) lesen. Bitte in Excel öffnen und erneut als .xlsx oder als CSV speichern.`, 'unreadable');
}

/** Throws a German UserError when the ZIP would unpack beyond `limits`; returns quietly otherwise. */
export function assertZipWithinLimits(bytes: Uint8Array, fileName: string, limits: ZipLimits = XLSX_LIMITS): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65,535 (comment) bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable(fileName);
  const entries = buf.readUInt16LE(eocd + 10);
  const centralOffset = buf.readUInt32LE(eocd + 16);
  // ZIP64 markers: no spreadsheet of this app needs them.
  if (entries === 0xffff || centralOffset === 0xffffffff) throw tooBig(fileName, limits);
  if (entries > limits.maxEntries) throw tooBig(fileName, limits);

  let declared = 0;
  let unpacked = 0;
  let at = centralOffset;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw unreadable(fileName);
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localOffset = buf.readUInt32LE(at + 42);
    declared += size;
    if (declared > limits.maxUnpackedBytes) throw tooBig(fileName, limits);

    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL) throw unreadable(fileName);
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    const data = buf.subarray(dataStart, dataStart + compressedSize);
    const budget = limits.maxUnpackedBytes - unpacked;
    if (method === 0) unpacked += data.length;
    else if (method === 8) {
      try {
        unpacked += zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig(fileName, limits);
        throw unreadable(fileName);
      }
    } else throw unreadable(fileName);
    if (unpacked > limits.maxUnpackedBytes) throw tooBig(fileName, limits);
    at += 46 + nameLength + extraLength + commentLength;
  }
}
