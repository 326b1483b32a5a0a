/** The measures feature's entries; each page and panel is its own chunk (React.lazy). */
import { lazy } from 'react';
import type { FeaturePage, StepPanelProvider } from '../../app/featureTypes';
import { measuresTexts, monitoringTexts, participationTexts } from './texts';

const loadMeasuresPage = () => import('./MeasuresPage');
const MeasuresPage = lazy(() => loadMeasuresPage().then((m) => ({ default: m.MeasuresPage })));
const loadMonitoringPage = () => import('./MonitoringPage');
const MonitoringPage = lazy(() => loadMonitoringPage().then((m) => ({ default: m.MonitoringPage })));
const loadParticipationPage = () => import('./ParticipationPage');
const ParticipationPage = lazy(() => loadParticipationPage().then((m) => ({ default: m.ParticipationPage })));
const loadMeasuresStepPanel = () => import('./StepPanel');
const MeasuresStepPanel = lazy(() => loadMeasuresStepPanel().then((m) => ({ default: m.MeasuresStepPanel })));

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
