/** The sharing feature's entries; the page is its own chunk (app/lazyPage.tsx). */
import type { FeaturePage, StepPanelProvider } from '../../app/featureTypes';
import { lazyPage } from '../../app/lazyPage';
import { sharingTexts } from './texts';

const { Page: SharingPage, prefetch: loadSharingPage } = lazyPage(() => import('./SharingPage').then((m) => m.SharingPage));

/** Pages this feature adds to the main navigation (see app/featureTypes.ts). */
export const sharingPages: FeaturePage[] = [{ id: 'teilen', navLabel: sharingTexts.navLabel, render: () => <SharingPage /> }];

/** What this feature shows on a field's step tabs: nothing. */
export const sharingStepPanels: StepPanelProvider = () => null;

/** Loads this feature's chunks ahead of the first visit (app/features.ts prefetches them when the window is idle). */
export const sharingPrefetch = [loadSharingPage];
