/**
 * The needs feature's entries; each page and panel is its own chunk (app/lazyPage.tsx), so the app
 * starts without recharts and the analysis code, and a page loads only what it shows.
 */
import type { FeaturePage, StepPanelProvider } from '../../app/featureTypes';
import { lazyPage } from '../../app/lazyPage';
import { needsTexts } from './texts';

const { Page: NeedsPage, prefetch: loadNeedsPage } = lazyPage(() => import('./NeedsPage').then((m) => m.NeedsPage));
const { Page: NeedsStepPanel, prefetch: loadNeedsStepPanel } = lazyPage(() => import('./StepPanel').then((m) => m.NeedsStepPanel));

/** Pages this feature adds to the main navigation (see app/featureTypes.ts). */
export const needsPages: FeaturePage[] = [{ id: 'bedarf', navLabel: needsTexts.navLabel, render: (rest) => <NeedsPage rest={rest} /> }];

/** What this feature shows on a field's step tabs: the analyses of step 2. */
export const needsStepPanels: StepPanelProvider = (fieldId, stepId) => (stepId === 'bedarf' ? <NeedsStepPanel key={fieldId} fieldId={fieldId} /> : null);

/** Loads this feature's chunks ahead of the first visit (app/features.ts prefetches them when the window is idle). */
export const needsPrefetch = [loadNeedsPage, loadNeedsStepPanel];
