/** The DSGVO erasure record (issue #12). Declared in shared/model/privacy.ts. */
import { type RowsOf, tableNames } from '../../shared/model/columns';
import { PRIVACY_TABLES as PRIVACY_MODEL } from '../../shared/model/privacy';

export type PrivacyTables = RowsOf<typeof PRIVACY_MODEL>;

/** Tracked: an erasure travels with merges, so every copy honours it. */
export const PRIVACY_TABLES = tableNames(PRIVACY_MODEL);

export const PRIVACY_LOCAL_TABLES = [] as const;
