import type { Kysely } from 'kysely';

/** Tables of issue #3: Bestandserhebung registers. */
export async function up(_db: Kysely<unknown>): Promise<void> {}
