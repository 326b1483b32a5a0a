/**
 * Natural keys: the columns that identify "the same real thing" when both copies created it
 * under different ids (e.g. the same Gemeinde by its AGS). Declared per table in shared/model.
 */
export { NATURAL_KEYS } from '../../shared/model';
