/** The sharing feature's entries; the page is its own chunk (React.lazy). */
import { lazy } from 'react';
import type { FeaturePage, StepPanelProvider } from '../../app/featureTypes';
import { sharingTexts } from './texts';

const loadSharingPage = () => import('./SharingPage');
const SharingPage = lazy(() => loadSharingPage().then((m) => ({ default: m.SharingPage })));

/** Pages this feature adds to the main navigation (see app/featureTypes.ts). */
export const sharingPages: FeaturePage[] = [{ id: 'teilen', navLabel: sharingTexts.navLabel, render: () => <SharingPage /> }];

/** What this feature shows on a field's step tabs: nothing. */
export const sharingStepPanels: StepPanelProvider = () => null;

/** Loads this feature's chunks ahead of the first visit (app/features.ts prefetches them when the window is idle). */
export const sharingPrefetch = [loadSharingPage];
