import type { Measure, MeasureInput } from '../../../shared/contract/measuresSchemas';

/** The editable values of a listed measure, as the update channel takes them. */
export function toInput(m: Measure): MeasureInput {
  return {
    fieldId: m.fieldId,
    title: m.title,
    description: m.description,
    responsibleActorId: m.responsibleActorId,
    responsibleText: m.responsibleText,
    partners: m.partners,
    partnerActorIds: m.partnerActorIds,
    startDate: m.startDate,
    endDate: m.endDate,
    priority: m.priority,
    status: m.status,
    costOnce: m.costOnce,
    costYearly: m.costYearly,
    fundingProgrammeId: m.fundingProgrammeId,
    financingNote: m.financingNote,
    needIds: m.needIds,
    gemeindeIds: m.gemeindeIds,
    planningAreaIds: m.planningAreaIds,
  };
}
