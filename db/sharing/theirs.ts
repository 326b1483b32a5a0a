/**
 * Opens a returned file for merging without touching it: it is copied into a temporary
 * folder, checked exactly like on open (inspectPlanFile), migrated there if it is older, and
 * then read through a read-only connection. The colleague's file itself is never written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { UserError } from '../../shared/contract/errors';
import { connect } from '../file/connection';
import { inspectPlanFile } from '../file/inspect';
import { migrateFile } from '../file/migrate';
import { SCHEMA_VERSION } from '../migrations';

export interface TheirFile {
  sqlite: Sqlite.Database;
  fileName: string;
  replicaId: string;
  planId: string;
  planTitle: string;
  withoutPersonalData: boolean;
  close(): void;
}

export async function openTheirFile(filePath: string, ownRealPath: string): Promise<TheirFile> {
  const source = path.resolve(filePath);
  const fileName = path.basename(source);
  if (fs.existsSync(source) && fs.realpathSync(source) === ownRealPath) {
    throw new UserError(`„${fileName}“ ist die Datei, die gerade geöffnet ist. Wählen Sie die zurückgekommene Kopie aus.`, 'same-file');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psp-merge-'));
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    if (!fs.existsSync(source)) throw new UserError(`Die Datei „${fileName}“ wurde nicht gefunden (${source}).`, 'missing');
    const copy = path.join(dir, fileName);
    // Refusals (foreign, damaged, truncated, newer) are decided on the unchanged bytes of the copy.
    fs.copyFileSync(source, copy);
    fs.chmodSync(copy, 0o600);
    const inspected = inspectPlanFile(copy);
    if (inspected.version < SCHEMA_VERSION) {
      const conn = connect(copy);
      try {
        await migrateFile(conn.db, conn.sqlite);
      } finally {
        conn.sqlite.close();
      }
    }
    const sqlite = new Sqlite(copy, { readonly: true, fileMustExist: true });
    try {
      const replica = sqlite.prepare('SELECT id FROM replica ORDER BY created_at LIMIT 1').get() as { id: string } | undefined;
      const plan = sqlite.prepare('SELECT id, title FROM plan WHERE deleted_at IS NULL LIMIT 1').get() as { id: string; title: string } | undefined;
      if (!replica || !plan) throw new UserError(`„${fileName}“ enthält keinen Plan. Die Datei wurde nicht verändert.`, 'corrupt');
      const flag = sqlite.prepare(`SELECT value FROM sharing_copy WHERE key = 'without_personal_data'`).get();
      return {
        sqlite,
        fileName,
        replicaId: replica.id,
        planId: plan.id,
        planTitle: plan.title,
        withoutPersonalData: flag !== undefined,
        close: () => {
          sqlite.close();
          cleanup();
        },
      };
    } catch (error) {
      sqlite.close();
      throw error;
    }
  } catch (error) {
    cleanup();
    throw error;
  }
}
