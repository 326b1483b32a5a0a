/** The measures feature's entries; each page and panel is its own chunk (app/lazyPage.tsx). */
import type { FeaturePage, StepPanelProvider } from '../../app/featureTypes';
import { lazyPage } from '../../app/lazyPage';
import { measuresTexts, monitoringTexts, participationTexts } from './texts';

const { Page: MeasuresPage, prefetch: loadMeasuresPage } = lazyPage(() => import('./MeasuresPage').then((m) => m.MeasuresPage));
const { Page: MonitoringPage, prefetch: loadMonitoringPage } = lazyPage(() => import('./MonitoringPage').then((m) => m.MonitoringPage));
const { Page: ParticipationPage, prefetch: loadParticipationPage } = lazyPage(() => import('./ParticipationPage').then((m) => m.ParticipationPage));
const { Page: MeasuresStepPanel, prefetch: loadMeasuresStepPanel } = lazyPage(() => import('./StepPanel').then((m) => m.MeasuresStepPanel));

/** Pages this feature adds to the main navigation (see app/featureTypes.ts). */
export const measuresPages: FeaturePage[] = [
  { id: 'massnahmen', navLabel: measuresTexts.navLabel, render: (rest) => <MeasuresPage focusId={rest[0] ?? null} /> },
  { id: 'beteiligung', navLabel: participationTexts.navLabel, render: () => <ParticipationPage /> },
  { id: 'monitoring', navLabel: monitoringTexts.navLabel, render: () => <MonitoringPage /> },
];

/** What this feature shows on a field's step tabs: the measures on step 3. */
export const measuresStepPanels: StepPanelProvider = (fieldId, stepId) => (stepId === 'umsetzung' ? <MeasuresStepPanel fieldId={fieldId} /> : null);

/** Loads this feature's chunks ahead of the first visit (app/features.ts prefetches them when the window is idle). */
export const measuresPrefetch = [loadMeasuresPage, loadMonitoringPage, loadParticipationPage, loadMeasuresStepPanel];
