import type { Kysely } from 'kysely';

/** Tables of issue #6: share and merge. */
export async function up(_db: Kysely<unknown>): Promise<void> {}
