import type { Kysely } from 'kysely';

/** Tables of issue #4: Bedarfsermittlung. */
export async function up(_db: Kysely<unknown>): Promise<void> {}
