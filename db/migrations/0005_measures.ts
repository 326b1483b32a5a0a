import type { Kysely } from 'kysely';

/** Tables of issue #5: measures, milestones, participation. */
export async function up(_db: Kysely<unknown>): Promise<void> {}
