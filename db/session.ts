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
import { backupPlanFile, type BackupReason } from './file/backup';
import { connect, type Connection } from './file/connection';
import { toUserError } from './file/errors';
import { isDanglingLink } from './file/inspect';
import { tempSibling } from './file/leftovers';
import { migrateFile } from './file/migrate';
import { openPlanFile } from './file/openPlan';
import type { MigrationNote } from './file/upgrade';
import { writeUserFile, type UserFileOptions } from './export/userFile';
import type { Database } from './schema';

export type { MigrationNote } from './file/upgrade';
export { toUserError } from './file/errors';

export class PlanSession {
  private clock: HlcState;
  private closed = false;
  private readonly closeHooks: Array<() => void> = [];

  private constructor(
    readonly filePath: string,
    readonly realPath: string,
    private readonly conn: Connection,
    readonly replicaId: string,
    readonly migratedFrom: MigrationNote | null,
    /** Where automatic backups of this file go (db/file/backup.ts). */
    private readonly backupDir: string,
    /** A change interrupted by a crash was rolled back when this file was opened. */
    readonly recovered: boolean = false,
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
  static async create(filePath: string, meta: PlanMetaInput | null, options: { backupDir?: string } = {}): Promise<PlanSession> {
    const target = path.resolve(filePath);
    const name = path.basename(target);
    // A dangling symbolic link would be replaced by the new plan's rename; say what it is instead.
    if (isDanglingLink(target)) {
      throw new UserError(`„${name}“ ist eine Verknüpfung auf eine Datei, die es nicht (mehr) gibt. Wählen Sie einen anderen Namen; die Verknüpfung bleibt unverändert.`, 'dangling-link');
    }
    if (fs.existsSync(target)) {
      throw new UserError(`Die Datei „${name}“ gibt es bereits. Wählen Sie einen anderen Namen; die vorhandene Datei bleibt unverändert.`, 'exists');
    }
    if (!fs.existsSync(path.dirname(target))) throw new UserError(`Der Ordner ${path.dirname(target)} existiert nicht.`, 'no-dir');
    const temp = tempSibling(target);
    let conn: Connection | undefined;
    try {
      conn = connect(temp, { create: true });
      await migrateFile(conn.db, conn.sqlite);
      const replicaId = randomUUID();
      conn.sqlite.prepare('INSERT INTO replica (id, hlc_millis, hlc_counter, created_at) VALUES (?, 0, 0, ?)').run(replicaId, new Date().toISOString());
      const session = new PlanSession(temp, temp, conn, replicaId, null, path.dirname(target));
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
    return PlanSession.open(target, { backupDir: options.backupDir ?? path.dirname(target) });
  }

  /**
   * Opens an existing file through db/file/openPlan.ts: foreign, damaged, newer and read-only
   * files are refused unchanged; an interrupted change is rolled back; older files are backed
   * up, then migrated atomically.
   */
  static async open(filePath: string, options: { backupDir: string }): Promise<PlanSession> {
    const target = path.resolve(filePath);
    const opened = await openPlanFile(target, options);
    const replica = opened.conn.sqlite.prepare('SELECT id FROM replica ORDER BY created_at LIMIT 1').get() as { id: string };
    return new PlanSession(target, opened.realPath, opened.conn, replica.id, opened.migratedFrom, options.backupDir, opened.recovered);
  }

  /**
   * A second connection to a plan that the host already opened, checked and migrated (`open`):
   * for a plan job in a worker thread (db/jobs/planJob.ts). No checks, no recovery, no migration:
   * the host's session holds the plan open and waits (`locked`) while the worker writes.
   * No cache spill: the job's changed pages stay in memory until the commit (however many), so
   * the file is locked exclusively only while committing and the host can go on reading
   * meanwhile; the cache of unchanged pages keeps its default size.
   */
  static attach(realPath: string, backupDir: string): PlanSession {
    const conn = connect(realPath);
    conn.sqlite.pragma('cache_spill = OFF');
    const replica = conn.sqlite.prepare('SELECT id FROM replica ORDER BY created_at LIMIT 1').get() as { id: string };
    const session = new PlanSession(realPath, realPath, conn, replica.id, null, backupDir);
    session.attached = true;
    return session;
  }

  /** A worker's second connection (`attach`): leaves the file's upkeep (`optimize`) to the host. */
  private attached = false;

  /** Where this plan's automatic backups go (for a worker's `attach`). */
  get backupFolder(): string {
    return this.backupDir;
  }

  /**
   * After another connection wrote to this file (a plan job in a worker): the clock as that
   * write persisted it, so later local changes sort after the worker's.
   */
  reloadClock(): void {
    this.assertOpen();
    this.clock = this.persistedClock();
  }

  /**
   * An automatic backup of the file as it is now (before an import, a merge, …). Call outside
   * `write`: the backup is read through a second connection and must see committed data only.
   */
  backup(reason: BackupReason): string {
    this.assertOpen();
    try {
      return backupPlanFile(this.realPath, this.backupDir, reason);
    } catch (error) {
      throw toUserError(error, 'Vor dieser Änderung konnte keine Sicherung angelegt werden; es wurde nichts verändert');
    }
  }

  /**
   * Runs `fn` in one transaction with a change writer. The clock is persisted in the same
   * transaction, so timestamps stay monotonic even if the computer's clock goes back.
   *
   * When `fn` fails, the clock goes back to the persisted one, read while this write still holds
   * the connection: that is the clock of the last committed write — a merge that committed while
   * this write waited for the lock included. (Restoring a copy taken before the wait would undo
   * that merge's advance, and later local edits could sort before the colleague's changes.)
   */
  async write<T>(fn: (writer: ChangeWriter, trx: Transaction<Database>) => Promise<T>): Promise<T> {
    this.assertOpen();
    try {
      return await this.db.transaction().execute(async (trx) => {
        try {
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
        } catch (error) {
          this.clock = this.persistedClock();
          throw error;
        }
      });
    } catch (error) {
      throw toUserError(error, 'Die Änderung konnte nicht gespeichert werden; der vorherige Stand ist erhalten');
    }
  }

  /**
   * Runs `fn` on the raw connection while no write holds it (the same lock as `write`, without a
   * transaction): raw reads and bookkeeping writes outside the change log (conflict review, merge
   * history, exchange records) wait for a running job's transaction instead of reading its
   * uncommitted rows or writing into it. Never call from inside `write` (it would wait for itself),
   * and use only `sqlite` inside `fn`, not `db`.
   */
  async locked<T>(fn: (sqlite: PlanSession['sqlite']) => T | Promise<T>): Promise<T> {
    this.assertOpen();
    return this.db.connection().execute(async () => fn(this.sqlite));
  }

  /** The clock as last committed (this write's own update of the row is its last statement). */
  private persistedClock(): HlcState {
    const row = this.sqlite.prepare('SELECT hlc_millis, hlc_counter FROM replica WHERE id = ?').get(this.replicaId) as { hlc_millis: number; hlc_counter: number } | undefined;
    return { millis: row?.hlc_millis ?? 0, counter: row?.hlc_counter ?? 0 };
  }

  /**
   * Merge (db/sharing): moves the clock past a timestamp received from another file, so later
   * local changes sort after it. Call inside `write`: it is persisted (or undone) with it.
   */
  receiveClock(remoteHlc: string): void {
    this.clock = receive(this.clock, parseHlc(remoteHlc), Date.now());
  }

  /**
   * Writes a consistent copy to `targetPath` (VACUUM INTO a temporary file, check, rename;
   * db/export/userFile.ts) and gives the copy its own replica id, so two files never share
   * one identity. An existing file is replaced only with `overwrite`, an open plan never.
   */
  async saveCopy(targetPath: string, options: UserFileOptions = { overwrite: false }): Promise<void> {
    this.assertOpen();
    const target = path.resolve(targetPath);
    try {
      writeUserFile(
        target,
        (temp) => {
          this.sqlite.prepare('VACUUM INTO ?').run(temp);
          const copy = connect(temp);
          try {
            const check = copy.sqlite.pragma('quick_check', { simple: true });
            if (check !== 'ok') throw new Error(`Prüfung der Kopie fehlgeschlagen: ${String(check)}`);
            copy.sqlite.prepare('UPDATE replica SET id = ?, created_at = ?').run(randomUUID(), new Date().toISOString());
          } finally {
            copy.sqlite.close();
          }
        },
        { ...options, openFiles: [...(options.openFiles ?? []), this.realPath] },
      );
    } catch (error) {
      throw toUserError(error, `Die Kopie „${path.basename(target)}“ konnte nicht geschrieben werden; die geöffnete Datei ist unverändert`);
    }
  }

  /** Runs `hook` when the plan closes (ends helpers that hold their own connection to the file). */
  onClose(hook: () => void): void {
    this.closeHooks.push(hook);
  }

  /** Closes the connection; with the rollback journal the file is then self-contained. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const hook of this.closeHooks.splice(0)) hook();
    try {
      // Not for a worker's connection: optimize may write statistics, and a job that wrote
      // nothing (refused, cancelled) must leave the file byte for byte as it was.
      if (!this.attached) this.sqlite.pragma('optimize');
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
