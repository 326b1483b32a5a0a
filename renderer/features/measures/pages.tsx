import type { FeaturePage, StepPanelProvider } from '../../app/featureTypes';
import { MeasuresPage } from './MeasuresPage';
import { MonitoringPage } from './MonitoringPage';
import { ParticipationPage } from './ParticipationPage';
import { MeasuresStepPanel } from './StepPanel';
import { measuresTexts, monitoringTexts, participationTexts } from './texts';

/** Pages this feature adds to the main navigation (see app/featureTypes.ts). */
export const measuresPages: FeaturePage[] = [
  { id: 'massnahmen', navLabel: measuresTexts.navLabel, render: () => <MeasuresPage /> },
  { id: 'beteiligung', navLabel: participationTexts.navLabel, render: () => <ParticipationPage /> },
  { id: 'monitoring', navLabel: monitoringTexts.navLabel, render: () => <MonitoringPage /> },
];

/** What this feature shows on a field's step tabs: the measures on step 3. */
export const measuresStepPanels: StepPanelProvider = (fieldId, stepId) => (stepId === 'umsetzung' ? <MeasuresStepPanel fieldId={fieldId} /> : null);
