import type { FeaturePage, StepPanelProvider } from '../../app/featureTypes';
import { SharingPage } from './SharingPage';
import { sharingTexts } from './texts';

/** Pages this feature adds to the main navigation (see app/featureTypes.ts). */
export const sharingPages: FeaturePage[] = [{ id: 'teilen', navLabel: sharingTexts.navLabel, render: () => <SharingPage /> }];

/** What this feature shows on a field's step tabs: nothing. */
export const sharingStepPanels: StepPanelProvider = () => null;
