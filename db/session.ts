/**
 * An open planning file: its connection, its replica identity and its clock. All writes go
 * through `write`, which runs one transaction and hands out the change writer.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Transaction } from 'kysely';
import { formatHlc, parseHlc, receive, tick, type HlcState } from '../shared/changes/hlc';
import { UserError } from '../shared/contract/errors';
import type { PlanMetaInput } from '../shared/contract/schemas';
import { ChangeWriter } from './changes/writer';
import { connect, type Connection } from './file/connection';
import { backupPlanFile } from './file/backup';
import { inspectPlanFile } from './file/inspect';
import { migrateFile } from './file/migrate';
import { SCHEMA_VERSION } from './migrations';
import type { Database } from './schema';

export interface MigrationNote {
  version: number;
  backupPath: string;
}

export class PlanSession {
  private clock: HlcState;
  private closed = false;

  private constructor(
    readonly filePath: string,
    readonly realPath: string,
    private readonly conn: Connection,
    readonly replicaId: string,
    readonly migratedFrom: MigrationNote | null,
  ) {
    const row = conn.sqlite.prepare('SELECT hlc_millis, hlc_counter FROM replica WHERE id = ?').get(replicaId) as
      | { hlc_millis: number; hlc_counter: number }
      | undefined;
    this.clock = { millis: row?.hlc_millis ?? 0, counter: row?.hlc_counter ?? 0 };
  }

  get db() {
    return this.conn.db;
  }

  get sqlite() {
    return this.conn.sqlite;
  }

  /** Creates a new planning file atomically: built under a temporary name, then renamed. */
  static async create(filePath: string, meta: PlanMetaInput | null): Promise<PlanSession> {
    const target = path.resolve(filePath);
    const name = path.basename(target);
    if (fs.existsSync(target)) {
      throw new UserError(`Die Datei „${name}“ gibt es bereits. Wählen Sie einen anderen Namen; die vorhandene Datei bleibt unverändert.`, 'exists');
    }
    if (!fs.existsSync(path.dirname(target))) throw new UserError(`Der Ordner ${path.dirname(target)} existiert nicht.`, 'no-dir');
    const temp = `${target}.${randomUUID().slice(0, 8)}.tmp`;
    let conn: Connection | undefined;
    try {
      conn = connect(temp, { create: true });
      await migrateFile(conn.db, conn.sqlite);
      const replicaId = randomUUID();
      conn.sqlite.prepare('INSERT INTO replica (id, hlc_millis, hlc_counter, created_at) VALUES (?, 0, 0, ?)').run(replicaId, new Date().toISOString());
      const session = new PlanSession(temp, temp, conn, replicaId, null);
      await session.write(async (w) => {
        await w.insert('plan', {
          id: randomUUID(),
          title: meta?.title ?? '',
          district_name: meta?.districtName ?? '',
          kreis_key: meta?.kreisKey ?? '',
          period_from: meta?.periodFrom ?? null,
          period_to: meta?.periodTo ?? null,
          organisation: meta?.organisation ?? '',
          author: meta?.author ?? '',
        });
      });
      conn.sqlite.close();
      conn = undefined;
      fs.renameSync(temp, target);
    } catch (error) {
      conn?.sqlite.close();
      fs.rmSync(temp, { force: true });
      fs.rmSync(`${temp}-journal`, { force: true });
      throw toUserError(error, `Die Datei „${name}“ konnte nicht angelegt werden`);
    }
    return PlanSession.open(target, { backupDir: path.dirname(target) });
  }

  /**
   * Opens an existing file. Foreign, damaged, newer and read-only files are refused by
   * inspectPlanFile before anything is written; older ones are backed up, then migrated.
   */
  static async open(filePath: string, options: { backupDir: string }): Promise<PlanSession> {
    const target = path.resolve(filePath);
    const inspected = inspectPlanFile(target);
    let migratedFrom: MigrationNote | null = null;
    if (inspected.version < SCHEMA_VERSION) {
      const backupPath = backupPlanFile(target, options.backupDir, `vor-aktualisierung-v${inspected.version}`);
      migratedFrom = { version: inspected.version, backupPath };
    }
    const conn = connect(target);
    try {
      if (migratedFrom) await migrateFile(conn.db, conn.sqlite);
      const replica = conn.sqlite.prepare('SELECT id FROM replica ORDER BY created_at LIMIT 1').get() as { id: string } | undefined;
      if (!replica) throw new UserError('Der Datei fehlt ihre Kennung (Replikat). Sie wurde nicht mit diesem Programm angelegt.', 'corrupt');
      return new PlanSession(target, inspected.realPath, conn, replica.id, migratedFrom);
    } catch (error) {
      conn.sqlite.close();
      throw toUserError(error, 'Die Datei konnte nicht geöffnet werden');
    }
  }

  /**
   * Runs `fn` in one transaction with a change writer. The clock is persisted in the same
   * transaction, so timestamps stay monotonic even if the computer's clock goes back.
   */
  async write<T>(fn: (writer: ChangeWriter, trx: Transaction<Database>) => Promise<T>): Promise<T> {
    this.assertOpen();
    const before = this.clock;
    try {
      return await this.db.transaction().execute(async (trx) => {
        const writer = new ChangeWriter(trx, {
          replicaId: this.replicaId,
          txId: randomUUID(),
          now: new Date().toISOString(),
          sqlite: this.sqlite,
          nextHlc: () => {
            this.clock = tick(this.clock, Date.now());
            return formatHlc(this.clock, this.replicaId);
          },
        });
        const result = await fn(writer, trx);
        await trx.updateTable('replica').set({ hlc_millis: this.clock.millis, hlc_counter: this.clock.counter }).where('id', '=', this.replicaId).execute();
        return result;
      });
    } catch (error) {
      this.clock = before;
      throw toUserError(error, 'Die Änderung konnte nicht gespeichert werden; der vorherige Stand ist erhalten');
    }
  }

  /**
   * Merge (db/sharing): moves the clock past a timestamp received from another file, so later
   * local changes sort after it. Call inside `write`: it is persisted (or undone) with it.
   */
  receiveClock(remoteHlc: string): void {
    this.clock = receive(this.clock, parseHlc(remoteHlc), Date.now());
  }

  /**
   * Writes a consistent copy to `targetPath` (VACUUM INTO a temporary file, check, rename)
   * and gives the copy its own replica id, so two files never share one identity.
   */
  async saveCopy(targetPath: string): Promise<void> {
    this.assertOpen();
    const target = path.resolve(targetPath);
    if (!fs.existsSync(path.dirname(target))) throw new UserError(`Der Ordner ${path.dirname(target)} existiert nicht.`, 'no-dir');
    const temp = `${target}.${randomUUID().slice(0, 8)}.tmp`;
    try {
      this.sqlite.prepare('VACUUM INTO ?').run(temp);
      const copy = connect(temp);
      try {
        const check = copy.sqlite.pragma('quick_check', { simple: true });
        if (check !== 'ok') throw new Error(`Prüfung der Kopie fehlgeschlagen: ${String(check)}`);
        copy.sqlite.prepare('UPDATE replica SET id = ?, created_at = ?').run(randomUUID(), new Date().toISOString());
      } finally {
        copy.sqlite.close();
      }
      fs.renameSync(temp, target);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      fs.rmSync(`${temp}-journal`, { force: true });
      throw toUserError(error, `Die Kopie „${path.basename(target)}“ konnte nicht geschrieben werden; die geöffnete Datei ist unverändert`);
    }
  }

  /** Closes the connection; with the rollback journal the file is then self-contained. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.sqlite.pragma('optimize');
    } finally {
      this.sqlite.close();
    }
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  private assertOpen(): void {
    if (this.closed) throw new UserError('Die Planungsdatei ist bereits geschlossen.', 'closed');
  }
}

/** Keeps German messages; wraps technical errors (full disk, I/O) into one a person can act on. */
export function toUserError(error: unknown, context: string): UserError {
  if (error instanceof UserError) return error;
  const code = (error as { code?: string })?.code ?? '';
  const message = (error as Error)?.message ?? String(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || /disk is full|ENOSPC/i.test(message)) {
    return new UserError(`${context}: Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es erneut.`, 'disk-full');
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_READONLY') {
    return new UserError(`${context}: Keine Schreibberechtigung.`, 'permission');
  }
  if (code === 'SQLITE_BUSY') return new UserError(`${context}: Die Datei wird gerade von einem anderen Programm benutzt.`, 'busy');
  return new UserError(`${context}: ${message}`, 'unexpected');
}
