/** The stock feature's entries; the page and the panel are their own chunks (app/lazyPage.tsx). */
import { registersForField } from '../../../shared/stock/registers';
import type { FeaturePage, StepPanelProvider } from '../../app/featureTypes';
import { lazyPage } from '../../app/lazyPage';
import { stockTexts } from './texts';

const { Page: StockPage, prefetch: loadStockPage } = lazyPage(() => import('./StockPage').then((m) => m.StockPage));
const { Page: StockStepPanel, prefetch: loadStockStepPanel } = lazyPage(() => import('./StepPanel').then((m) => m.StockStepPanel));

/** Pages this feature adds to the main navigation (see app/featureTypes.ts). */
export const stockPages: FeaturePage[] = [{ id: 'bestand', navLabel: stockTexts.navLabel, render: (rest) => <StockPage rest={rest} /> }];

/** What this feature shows on a field's step tabs: the field's registers on step 1. */
export const stockStepPanels: StepPanelProvider = (fieldId, stepId) =>
  stepId === 'bestand' && registersForField(fieldId).length > 0 ? <StockStepPanel key={fieldId} fieldId={fieldId} /> : null;

/** Loads this feature's chunks ahead of the first visit (app/features.ts prefetches them when the window is idle). */
export const stockPrefetch = [loadStockPage, loadStockStepPanel];
