/**
 * Tables of issue #3: the Bestandserhebung registers (migration 0003_stock). Declared once in
 * shared/stock/registers.ts; the row types come from there through shared/model/stock.ts.
 */
import type { RegisterRows } from '../../shared/model/stock';
import { STOCK_TABLES as STOCK_MODEL } from '../../shared/model/stock';
import { tableNames } from '../../shared/model/columns';

export type StockTables = RegisterRows;

export const STOCK_TABLES = tableNames(STOCK_MODEL);

/** Tables of this feature that are local to one file (derived results, caches): not change-logged, never merged. */
export const STOCK_LOCAL_TABLES = [] as const;
