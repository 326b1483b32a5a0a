import type { FieldId } from '../catalog/fieldId';
import type { MeasureInput } from '../contract/measuresSchemas';

/** A new measure's defaults (geplant, mittlere Priorität, nothing linked): the form and "Idee übernehmen" start here. */
export function blankMeasure(fieldId: FieldId): MeasureInput {
  return {
    fieldId: fieldId as MeasureInput['fieldId'],
    title: '',
    description: '',
    responsibleActorId: null,
    responsibleText: '',
    partners: '',
    partnerActorIds: [],
    startDate: null,
    endDate: null,
    priority: 'mittel',
    status: 'geplant',
    costOnce: null,
    costYearly: null,
    fundingProgrammeId: null,
    financingNote: '',
    needIds: [],
    gemeindeIds: [],
    planningAreaIds: [],
  };
}
