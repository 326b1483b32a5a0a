import { registersForField } from '../../../shared/stock/registers';
import type { FeaturePage, StepPanelProvider } from '../../app/featureTypes';
import { StockPage } from './StockPage';
import { StockStepPanel } from './StepPanel';
import { stockTexts } from './texts';

/** Pages this feature adds to the main navigation (see app/featureTypes.ts). */
export const stockPages: FeaturePage[] = [{ id: 'bestand', navLabel: stockTexts.navLabel, render: (rest) => <StockPage rest={rest} /> }];

/** What this feature shows on a field's step tabs: the field's registers on step 1. */
export const stockStepPanels: StepPanelProvider = (fieldId, stepId) =>
  stepId === 'bestand' && registersForField(fieldId).length > 0 ? <StockStepPanel key={fieldId} fieldId={fieldId} /> : null;
