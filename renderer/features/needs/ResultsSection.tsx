/** Results: choose scenario, year and region; charts, tables, map, staffing and reachability. */
import { useId } from 'react';
import type { AnalysisView as Analysis } from '../../../shared/contract/needsSchemas';
import { isCalibrated } from '../../../shared/needs/careRates';
import { ProgressBar } from '../../components/ProgressBar';
import { ChoroplethMap } from './ChoroplethMap';
import { TextList } from './Explain';
import { GapChart, GemeindeTable, Pyramid, ReachTable, ScenarioComparison, SettingsChart, StaffGapTable, StaffingTable } from './Charts';
import { SelectionControls } from './SelectionControls';
import { useNeeds, useSelection } from './needsStore';
import { needsTexts } from './texts';

const t = needsTexts.results;
const LEVEL_ORDER = { kreis: 0, bereich: 1, gemeinde: 2 } as const;

export function NotReady({ analysis }: { analysis: Analysis }) {
  if (analysis.computing) return <Computing progress={analysis.computing} />;
  return (
    <div className="notice">
      <p>{t.notReady}</p>
      <TextList items={analysis.missing} />
    </div>
  );
}

/** While a large plan's analysis is computed in the background; the store asks again until it is there. */
function Computing({ progress }: { progress: NonNullable<Analysis['computing']> }) {
  const step = t.computingStep(progress.done, progress.total, progress.message);
  return (
    <div className="notice" role="status">
      <p>{t.computing}</p>
      <ProgressBar percent={(progress.done / Math.max(1, progress.total)) * 100} label={t.computingLabel} valueText={step} />
      <p className="muted">{step}</p>
    </div>
  );
}

/**
 * What the planner must know before relying on the numbers (uncalibrated rates, the 2017 reform,
 * unknown values). When rates are uncalibrated and the Pflegestatistik is already imported, the
 * way out is one click away: a link to the calibration on the tab „Quoten und Szenarien“.
 */
export function Warnings({ analysis }: { analysis: Analysis }) {
  const id = useId();
  const uncalibrated = useNeeds((s) => s.rateSets.some((r) => !isCalibrated(r.factors)));
  const hasStatistics = useNeeds((s) => (s.careStatistics?.rows.length ?? 0) > 0);
  if (analysis.warnings.length === 0) return null;
  return (
    <section className="notice needs-warnings" aria-labelledby={`${id}-w`}>
      <h2 id={`${id}-w`}>{needsTexts.warnings.heading}</h2>
      <TextList items={analysis.warnings} />
      {uncalibrated && hasStatistics ? (
        <p>
          <a href="#/bedarf/quoten">{needsTexts.warnings.calibrate}</a>
        </p>
      ) : null}
    </section>
  );
}

export function ResultsSection({ analysis }: { analysis: Analysis }) {
  const id = useId();
  const { scenario, year } = useSelection();
  const regionKey = useNeeds((s) => s.regionKey);
  if (!analysis.ready || !scenario || year === null) return <NotReady analysis={analysis} />;
  const region = analysis.regions.find((r) => r.key === regionKey) ?? analysis.regions.at(-1)!;
  // The answer carries gap rows of the chosen Richtwert only (shared/needs/analysisView.ts).
  const gap = analysis.gaps.find((g) => g.richtwertId === analysis.selection.richtwertId && g.scenarioId === scenario.id);
  return (
    <>
      <Warnings analysis={analysis} />
      <SelectionControls analysis={analysis}>
        <div className="field field-short">
          <label htmlFor={`${id}-r`}>{t.region}</label>
          <select id={`${id}-r`} value={region.key} onChange={(e) => void useNeeds.getState().setRegion(e.target.value)}>
            {/* Kreis first, then Planungsbereiche, then the Gemeinden, each by name. */}
            {[...analysis.regions].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.name.localeCompare(b.name, 'de')).map((r) => (
              <option key={r.key} value={r.key}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        {analysis.gaps.length > 0 ? (
          <div className="field field-short">
            <label htmlFor={`${id}-g`}>{t.richtwert}</label>
            <select id={`${id}-g`} value={gap?.richtwertId ?? ''} onChange={(e) => void useNeeds.getState().setRichtwert(e.target.value)}>
              {analysis.gaps
                .filter((g) => g.scenarioId === scenario.id)
                .map((g) => (
                  <option key={g.richtwertId} value={g.richtwertId}>
                    {g.label}
                  </option>
                ))}
            </select>
          </div>
        ) : null}
      </SelectionControls>
      <ScenarioComparison analysis={analysis} />
      <SettingsChart scenario={scenario} regionKey={region.key} regionName={region.name} />
      {gap ? <GapChart analysis={analysis} gap={gap} year={year} scenarioName={scenario.name} /> : null}
      <ChoroplethMap analysis={analysis} scenario={scenario} year={year} />
      <GemeindeTable analysis={analysis} scenario={scenario} year={year} />
      <Pyramid analysis={analysis} />
      {analysis.staffing.map((s) => (
        <StaffingTable key={s.ratioId} analysis={analysis} staffing={s} scenarioName={scenario.name} />
      ))}
      {analysis.staffGap ? <StaffGapTable staffGap={analysis.staffGap} scenarioName={scenario.name} /> : null}
      {analysis.reachability ? <ReachTable analysis={analysis} reach={analysis.reachability} /> : null}
    </>
  );
}
