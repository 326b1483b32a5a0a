import type { FieldId } from '../../shared/catalog/fieldId';
import type { ReactNode } from 'react';
import type { StepId } from '../../shared/catalog/types';

/**
 * A top-level page a feature adds to the plan's navigation, reached at `#/<id>/<rest…>`
 * (e.g. `#/bestand/angebote`). The page renders its own h1 with id PAGE_HEADING_ID.
 */
export interface FeaturePage {
  /** URL segment, lowercase ascii, e.g. "bestand". */
  id: string;
  /** German label in the main navigation. */
  navLabel: string;
  render: (rest: string[]) => ReactNode;
}

/**
 * What a feature shows on a field's step tab below the checklist (registers on step 1,
 * analyses on step 2, measures on step 3). Return null where the feature has nothing.
 */
export type StepPanelProvider = (fieldId: FieldId, stepId: StepId) => ReactNode | null;
