/**
 * The needs feature's entries; each page and panel is its own chunk (React.lazy), so the app
 * starts without recharts and the analysis code, and a page loads only what it shows.
 */
import { lazy } from 'react';
import type { FeaturePage, StepPanelProvider } from '../../app/featureTypes';
import { needsTexts } from './texts';

const loadNeedsPage = () => import('./NeedsPage');
const NeedsPage = lazy(() => loadNeedsPage().then((m) => ({ default: m.NeedsPage })));
const loadNeedsStepPanel = () => import('./StepPanel');
const NeedsStepPanel = lazy(() => loadNeedsStepPanel().then((m) => ({ default: m.NeedsStepPanel })));

/** Pages this feature adds to the main navigation (see app/featureTypes.ts). */
export const needsPages: FeaturePage[] = [{ id: 'bedarf', navLabel: needsTexts.navLabel, render: (rest) => <NeedsPage rest={rest} /> }];

/** What this feature shows on a field's step tabs: the analyses of step 2. */
export const needsStepPanels: StepPanelProvider = (fieldId, stepId) => (stepId === 'bedarf' ? <NeedsStepPanel key={fieldId} fieldId={fieldId} /> : null);

/** Loads this feature's chunks ahead of the first visit (app/features.ts prefetches them when the window is idle). */
export const needsPrefetch = [loadNeedsPage, loadNeedsStepPanel];
