import type { FeaturePage, StepPanelProvider } from '../../app/featureTypes';
import { NeedsPage } from './NeedsPage';
import { NeedsStepPanel } from './StepPanel';
import { needsTexts } from './texts';

/** Pages this feature adds to the main navigation (see app/featureTypes.ts). */
export const needsPages: FeaturePage[] = [{ id: 'bedarf', navLabel: needsTexts.navLabel, render: (rest) => <NeedsPage rest={rest} /> }];

/** What this feature shows on a field's step tabs: the analyses of step 2. */
export const needsStepPanels: StepPanelProvider = (fieldId, stepId) => (stepId === 'bedarf' ? <NeedsStepPanel key={fieldId} fieldId={fieldId} /> : null);
