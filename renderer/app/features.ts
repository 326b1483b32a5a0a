/** The features that extend the plan: their pages and their step-tab panels, in nav order. */
import type { FieldId } from '../../shared/catalog/fieldId';
import type { StepId } from '../../shared/catalog/types';
import { measuresPages, measuresPrefetch, measuresStepPanels } from '../features/measures/pages';
import { needsPages, needsPrefetch, needsStepPanels } from '../features/needs/pages';
import { reportPages, reportStepPanels } from '../features/report/pages';
import { sharingPages, sharingPrefetch, sharingStepPanels } from '../features/sharing/pages';
import { stockPages, stockPrefetch, stockStepPanels } from '../features/stock/pages';
import type { FeaturePage } from './featureTypes';

export const FEATURE_PAGES: FeaturePage[] = [...stockPages, ...needsPages, ...measuresPages, ...reportPages, ...sharingPages];

const STEP_PANELS = [stockStepPanels, needsStepPanels, measuresStepPanels, reportStepPanels, sharingStepPanels];

export function stepPanels(fieldId: FieldId, stepId: StepId) {
  return STEP_PANELS.map((provider) => provider(fieldId, stepId)).filter((panel) => panel !== null && panel !== undefined);
}

export const featurePage = (id: string): FeaturePage | undefined => FEATURE_PAGES.find((p) => p.id === id);

/**
 * The feature pages are split into chunks so the window starts quickly; once a plan is open
 * they are fetched in the background, so the first visit of a page does not wait for its code.
 */
export function prefetchFeaturePages(): void {
  for (const load of [...stockPrefetch, ...needsPrefetch, ...measuresPrefetch, ...sharingPrefetch]) void load().catch(() => undefined);
}
