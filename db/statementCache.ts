/**
 * Prepared statements reused per connection. kysely's SQLite driver prepares a new statement
 * for every query and never finalises it: the native statement lives until V8 collects its
 * wrapper, so a loop of 50,000 writes holds tens of thousands of statements (≈1 GB) and pays
 * the parse each time. Hot paths that run once per row take their statement from here instead.
 *
 * The cache belongs to the better-sqlite3 connection (it goes with it when the connection is
 * collected) and is bounded: least recently used statements are dropped beyond LIMIT.
 */
import type Sqlite from 'better-sqlite3';

const LIMIT = 200;
const caches = new WeakMap<Sqlite.Database, Map<string, Sqlite.Statement>>();

export function cachedStatement(db: Sqlite.Database, sql: string): Sqlite.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (stmt) {
    // Most recently used last: a Map iterates in insertion order.
    cache.delete(sql);
    cache.set(sql, stmt);
    return stmt;
  }
  stmt = db.prepare(sql);
  cache.set(sql, stmt);
  if (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
  return stmt;
}

/** Number of statements cached for `db` (for tests and the bench). */
export function cachedStatementCount(db: Sqlite.Database): number {
  return caches.get(db)?.size ?? 0;
}

/** An SQLite identifier quoted as kysely quotes it. */
export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
