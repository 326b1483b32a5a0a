/**
 * `PRAGMA application_id` of every planning file: "PSPL" as a 32-bit big-endian integer.
 * SQLite stores it at byte offset 68 of the header, so a foreign file is recognised without
 * opening it through SQLite at all.
 */
export const APPLICATION_ID = 0x5053504c;

/** File extension of planning files. */
export const PLAN_EXTENSION = '.sqlite';

/** How many automatic backups are kept per planning file. */
export const BACKUPS_KEPT = 10;
