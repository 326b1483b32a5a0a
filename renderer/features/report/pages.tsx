import type { FeaturePage, StepPanelProvider } from '../../app/featureTypes';
import { ReportPage } from './ReportPage';
import { reportTexts } from './texts';

/** Pages this feature adds to the main navigation (see app/featureTypes.ts). */
export const reportPages: FeaturePage[] = [{ id: 'bericht', navLabel: reportTexts.navLabel, render: () => <ReportPage /> }];

/** What this feature shows on a field's step tabs: nothing. */
export const reportStepPanels: StepPanelProvider = () => null;
