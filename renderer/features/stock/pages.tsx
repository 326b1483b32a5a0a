import type { FeaturePage, StepPanelProvider } from '../../app/featureTypes';

/** Pages this feature adds to the main navigation (see app/featureTypes.ts). */
export const stockPages: FeaturePage[] = [];

/** What this feature shows on a field's step tabs. */
export const stockStepPanels: StepPanelProvider = () => null;
