/**
 * Opens a returned file for merging without touching it: it is copied into a private temporary
 * folder, checked exactly like on open (inspect, recover, verify), migrated there if it is
 * older, and then read through a read-only connection. The colleague's file itself is never
 * written.
 * Hazards: a path may name a FIFO, a device or a folder; reading those synchronously would
 * block the host (and with it every window) forever. So the path is opened non-blocking, the
 * handle is checked to be a regular file before one byte is read, and the copy is made from that
 * handle, asynchronously, with a size limit: on Linux by the kernel (copy_file_range through
 * /proc/self/fd, which reopens exactly the checked file, never what the path names by then),
 * elsewhere streamed in large chunks.
 */
import { formatNumber } from '../../shared/format';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import Sqlite from 'better-sqlite3';
import { UserError } from '../../shared/contract/errors';
import { connect } from '../file/connection';
import { toUserError } from '../file/errors';
import { inspectPlanFile } from '../file/inspect';
import { makeTempDir } from '../file/leftovers';
import { migrateFile } from '../file/migrate';
import { verifyPlanAlongside, verifyPlanContents } from '../file/verify';
import { SCHEMA_VERSION } from '../migrations';

/** Far above any real plan (the 100,000-change benchmark files are ≈ 60 MB), far below a disk image. */
export const THEIR_FILE_MAX_BYTES = 2 * 1024 ** 3;

export interface TheirFile {
  sqlite: Sqlite.Database;
  fileName: string;
  replicaId: string;
  planId: string;
  planTitle: string;
  withoutPersonalData: boolean;
  /**
   * The verdict on the copy's pages: with `pagesAlongside` still being read in a worker
   * (verifyPlanAlongside), so whatever was read from the file is kept only once this holds.
   * Otherwise settled already.
   */
  checked: Promise<void>;
  close(): void;
}

export async function openTheirFile(filePath: string, ownRealPath: string, maxBytes = THEIR_FILE_MAX_BYTES, options: { pagesAlongside?: boolean } = {}): Promise<TheirFile> {
  const source = path.resolve(filePath);
  const fileName = path.basename(source);
  const dir = makeTempDir('merge');
  const stopCheck = new AbortController();
  const cleanup = () => {
    stopCheck.abort();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  let checked = Promise.resolve();
  try {
    // Named like the original, so refusals read by inspectPlanFile name the file the person chose.
    const copy = path.join(dir, fileName || 'plan.sqlite');
    await copyRegularFile(source, copy, fileName, ownRealPath, maxBytes);
    // The colleague's crash may have left a hot journal; without it the copy could be inconsistent.
    if (fs.existsSync(`${source}-journal`)) await copyRegularFile(`${source}-journal`, `${copy}-journal`, fileName, ownRealPath, maxBytes).catch(() => undefined);
    // Refusals (foreign, damaged, truncated, newer) are decided on the unchanged bytes of the copy.
    const inspected = inspectPlanFile(copy);
    if (inspected.hotJournal || inspected.version < SCHEMA_VERSION) {
      // Our own copy: a read-write open may roll back and migrate it.
      const conn = connect(copy);
      try {
        conn.sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
        const version = conn.sqlite.pragma('user_version', { simple: true }) as number;
        await verifyPlanContents(copy, version, fileName, { privateCopy: true });
        if (version < SCHEMA_VERSION) await migrateFile(conn.db, conn.sqlite);
      } finally {
        conn.sqlite.close();
      }
    } else if (options.pagesAlongside) {
      checked = (await verifyPlanAlongside(copy, inspected.version, fileName, stopCheck.signal)).pages;
    } else {
      await verifyPlanContents(copy, inspected.version, fileName, { privateCopy: true });
    }
    return readTheirFile(copy, fileName, checked, cleanup);
  } catch (error) {
    // What a damaged copy's pages say explains more than what reading it threw.
    const verdict = await checked.then(() => error, (damaged: unknown) => damaged);
    cleanup();
    throw toUserError(verdict, `„${fileName}“ konnte nicht gelesen werden; die Datei wurde nicht verändert`);
  }
}

/** Copies `source` only if it is a regular file of at most `maxBytes`; never blocks on open or read. */
async function copyRegularFile(source: string, target: string, fileName: string, ownRealPath: string, maxBytes: number): Promise<void> {
  let handle: fs.promises.FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer (Windows has no such flag).
    handle = await fs.promises.open(source, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`Die Datei „${fileName}“ wurde nicht gefunden (${source}).`, 'missing');
    throw error;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      throw new UserError(`„${fileName}“ ist keine gewöhnliche Datei (sondern ein Ordner, eine Pipe oder ein Gerät). Wählen Sie die zurückgeschickte Planungsdatei aus.`, 'not-file');
    }
    if ((await fs.promises.realpath(source)) === ownRealPath) {
      throw new UserError(`„${fileName}“ ist die Datei, die gerade geöffnet ist. Wählen Sie die zurückgekommene Kopie aus.`, 'same-file');
    }
    if (stat.size > maxBytes) {
      throw new UserError(`„${fileName}“ ist mit ${formatNumber(Math.round(stat.size / 1024 ** 2))} MB zu groß für eine Planungsdatei. Die Datei wurde nicht verändert.`, 'too-large');
    }
    const tooLarge = () => new UserError(`„${fileName}“ ist zu groß für eine Planungsdatei. Die Datei wurde nicht verändert.`, 'too-large');
    if (process.platform === 'linux' && (await kernelCopy(handle, target))) {
      // The file may grow while it is copied; the limit holds for what was actually copied.
      if ((await fs.promises.stat(target)).size > maxBytes) throw tooLarge();
      return;
    }
    let copied = 0;
    const limit = async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        copied += chunk.length;
        // The file may grow while it is read; the limit holds for what is actually read.
        if (copied > maxBytes) throw tooLarge();
        yield chunk;
      }
    };
    await pipeline(handle.createReadStream({ start: 0, autoClose: false, highWaterMark: 1024 ** 2 }), limit, fs.createWriteStream(target, { mode: 0o600 }));
  } finally {
    await handle.close();
  }
}

/**
 * Copies the open, checked regular file by its handle: /proc/self/fd/N opens the very file the
 * handle holds (same inode, even if the path was replaced meanwhile), and copyFile lets the
 * kernel copy it (copy_file_range), several times cheaper than streaming it through JavaScript.
 * False where /proc is not available (then the caller streams).
 */
async function kernelCopy(handle: fs.promises.FileHandle, target: string): Promise<boolean> {
  const byHandle = `/proc/self/fd/${handle.fd}`;
  const held = await handle.stat();
  const reopened = await fs.promises.stat(byHandle).catch(() => null);
  if (!reopened || reopened.ino !== held.ino || reopened.dev !== held.dev) return false;
  await fs.promises.copyFile(byHandle, target, fs.constants.COPYFILE_EXCL);
  await fs.promises.chmod(target, 0o600);
  return true;
}

function readTheirFile(copy: string, fileName: string, checked: Promise<void>, cleanup: () => void): TheirFile {
  const sqlite = new Sqlite(copy, { readonly: true, fileMustExist: true });
  try {
    const replica = sqlite.prepare('SELECT id FROM replica ORDER BY created_at LIMIT 1').get() as { id: string };
    const plan = sqlite.prepare('SELECT id, title FROM plan WHERE deleted_at IS NULL LIMIT 1').get() as { id: string; title: string };
    const flag = sqlite.prepare(`SELECT value FROM sharing_copy WHERE key = 'without_personal_data'`).get();
    return {
      sqlite,
      fileName,
      replicaId: replica.id,
      planId: plan.id,
      planTitle: plan.title,
      withoutPersonalData: flag !== undefined,
      checked,
      close: () => {
        sqlite.close();
        cleanup();
      },
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
