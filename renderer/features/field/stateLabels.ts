import { TASK_STATE_LABELS, TASK_STATES } from '../../../shared/catalog/types';

/** The options of the state select, in the catalog's order. */
export const STATE_OPTIONS = TASK_STATES.map((state) => ({ value: state, label: TASK_STATE_LABELS[state] }));
