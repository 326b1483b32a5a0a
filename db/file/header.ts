/**
 * Reads the 100-byte SQLite header directly (https://www.sqlite.org/fileformat.html), so
 * foreign, truncated and newer files are refused before SQLite touches them.
 */
import fs from 'node:fs';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface SqliteHeader {
  pageSize: number;
  /** Pages according to the header, or null when the field is not valid (old writers). */
  pageCount: number | null;
  userVersion: number;
  applicationId: number;
}

/** Returns null when the file does not start with a SQLite header. */
export function readSqliteHeader(path: string): { header: SqliteHeader | null; size: number } {
  const fd = fs.openSync(path, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.alloc(100);
    const read = fs.readSync(fd, buf, 0, 100, 0);
    if (read < 100 || !buf.subarray(0, 16).equals(MAGIC)) return { header: null, size };
    const rawPageSize = buf.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    const changeCounter = buf.readUInt32BE(24);
    const versionValidFor = buf.readUInt32BE(92);
    const inHeaderPages = buf.readUInt32BE(28);
    return {
      size,
      header: {
        pageSize,
        pageCount: inHeaderPages > 0 && changeCounter === versionValidFor ? inHeaderPages : null,
        userVersion: buf.readUInt32BE(60),
        applicationId: buf.readInt32BE(68) >>> 0,
      },
    };
  } finally {
    fs.closeSync(fd);
  }
}
