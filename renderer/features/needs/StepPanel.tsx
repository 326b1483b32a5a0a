/** Step 2 (Bedarfsermittlung) of a field: the analyses this field needs, plus its qualitative needs. */
import type { FieldId } from '../../../shared/catalog/fieldId';
import { useId } from 'react';
import { usePlanReload } from '../../components/usePlanReload';
import { GapChart, ReachTable, ScenarioComparison, StaffGapTable, StaffingTable } from './Charts';
import { NotReady, Warnings } from './ResultsSection';
import { SelectionControls } from './SelectionControls';
import { StatementsSection } from './StatementsSection';
import { useNeeds, useSelection } from './needsStore';
import { needsTexts } from './texts';
import './needs.css';

const t = needsTexts.step;

/** Offer types whose gaps belong to a field. */
const GAP_TYPES: Record<string, string[]> = { hf07: ['vollstationaer', 'tagespflege', 'kurzzeitpflege_solitaer', 'ambulanter_pflegedienst'], hf05: ['tagespflege'] };

export function NeedsStepPanel({ fieldId }: { fieldId: FieldId }) {
  const id = useId();
  const analysis = useNeeds((s) => s.analysis);
  const { scenario, year: selectedYear } = useSelection();
  usePlanReload(useNeeds.getState().refresh);
  if (!analysis) return null;
  const year = selectedYear ?? 0;
  const scenarioName = scenario?.name ?? '';
  const gaps = scenario ? analysis.gaps.filter((g) => g.scenarioId === scenario.id && (GAP_TYPES[fieldId] ?? []).includes(g.offerType)) : [];
  return (
    <section aria-labelledby={`${id}-h`} className="needs-step">
      <h2 id={`${id}-h`}>{t.heading}</h2>
      <p>
        <a href="#/bedarf">{t.open}</a>
      </p>
      {!analysis.ready ? (
        <NotReady analysis={analysis} />
      ) : (
        <>
          <Warnings analysis={analysis} />
          <SelectionControls analysis={analysis} />
        </>
      )}
      {analysis.ready && fieldId === 'hf07' ? <ScenarioComparison analysis={analysis} /> : null}
      {analysis.ready ? gaps.map((g) => <GapChart key={g.richtwertId} analysis={analysis} gap={g} year={year} scenarioName={scenarioName} />) : null}
      {analysis.ready && fieldId === 'hf06' && analysis.staffGap ? <StaffGapTable staffGap={analysis.staffGap} scenarioName={scenarioName} /> : null}
      {analysis.ready && fieldId === 'hf08' && analysis.reachability ? <ReachTable analysis={analysis} reach={analysis.reachability} /> : null}
      {analysis.ready && (fieldId === 'hf01' || fieldId === 'hf02') ? analysis.staffing.map((s) => <StaffingTable key={s.ratioId} analysis={analysis} staffing={s} scenarioName={scenarioName} />) : null}
      <StatementsSection fieldId={fieldId} />
    </section>
  );
}
