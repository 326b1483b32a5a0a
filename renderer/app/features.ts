/** The features that extend the plan: their pages and their step-tab panels, in nav order. */
import type { StepId } from '../../shared/catalog/types';
import { measuresPages, measuresStepPanels } from '../features/measures/pages';
import { needsPages, needsStepPanels } from '../features/needs/pages';
import { reportPages, reportStepPanels } from '../features/report/pages';
import { sharingPages, sharingStepPanels } from '../features/sharing/pages';
import { stockPages, stockStepPanels } from '../features/stock/pages';
import type { FeaturePage } from './featureTypes';

export const FEATURE_PAGES: FeaturePage[] = [...stockPages, ...needsPages, ...measuresPages, ...reportPages, ...sharingPages];

const STEP_PANELS = [stockStepPanels, needsStepPanels, measuresStepPanels, reportStepPanels, sharingStepPanels];

export function stepPanels(fieldId: string, stepId: StepId) {
  return STEP_PANELS.map((provider) => provider(fieldId, stepId)).filter((panel) => panel !== null && panel !== undefined);
}

export const featurePage = (id: string): FeaturePage | undefined => FEATURE_PAGES.find((p) => p.id === id);
