/** Results: choose scenario, year and region; charts, tables, map, staffing and reachability. */
import { useId, useState } from 'react';
import type { Analysis } from '../../../shared/contract/needsSchemas';
import { ChoroplethMap } from './ChoroplethMap';
import { TextList } from './Explain';
import { GapChart, GemeindeTable, Pyramid, ReachTable, ScenarioComparison, SettingsChart, StaffGapTable, StaffingTable } from './Charts';
import { useNeeds } from './needsStore';
import { needsTexts } from './texts';

const t = needsTexts.results;

export function NotReady({ analysis }: { analysis: Analysis }) {
  return (
    <div className="notice">
      <p>{t.notReady}</p>
      <TextList items={analysis.missing} />
    </div>
  );
}

/** What the planner must know before relying on the numbers (uncalibrated rates, the 2017 reform, unknown values). */
export function Warnings({ analysis }: { analysis: Analysis }) {
  const id = useId();
  if (analysis.warnings.length === 0) return null;
  return (
    <section className="notice needs-warnings" aria-labelledby={`${id}-w`}>
      <h2 id={`${id}-w`}>{needsTexts.warnings.heading}</h2>
      <TextList items={analysis.warnings} />
    </section>
  );
}

export function ResultsSection({ analysis }: { analysis: Analysis }) {
  const id = useId();
  const year = useNeeds((s) => s.year);
  const [scenarioId, setScenarioId] = useState<string>(analysis.scenarios[0]?.id ?? '');
  const [regionKey, setRegionKey] = useState('kreis');
  const [richtwertId, setRichtwertId] = useState<string>(analysis.gaps[0]?.richtwertId ?? '');
  if (!analysis.ready) return <NotReady analysis={analysis} />;
  const scenario = analysis.scenarios.find((s) => s.id === scenarioId) ?? analysis.scenarios[0]!;
  const shownYear = year ?? analysis.staffGap?.year ?? analysis.years.at(-1)!;
  const region = analysis.regions.find((r) => r.key === regionKey) ?? analysis.regions.at(-1)!;
  const gap = analysis.gaps.find((g) => g.richtwertId === richtwertId && g.scenarioId === scenario.id) ?? analysis.gaps.find((g) => g.scenarioId === scenario.id);
  return (
    <>
      <Warnings analysis={analysis} />
      <section className="card" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>{t.controls}</h2>
        <div className="needs-controls">
          <div className="field field-short">
            <label htmlFor={`${id}-s`}>{t.scenario}</label>
            <select id={`${id}-s`} value={scenario.id} onChange={(e) => setScenarioId(e.target.value)}>
              {analysis.scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-short">
            <label htmlFor={`${id}-y`}>{t.year}</label>
            <select id={`${id}-y`} value={shownYear} onChange={(e) => void useNeeds.getState().setYear(Number(e.target.value))}>
              {analysis.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-short">
            <label htmlFor={`${id}-r`}>{t.region}</label>
            <select id={`${id}-r`} value={region.key} onChange={(e) => setRegionKey(e.target.value)}>
              {[...analysis.regions].reverse().map((r) => (
                <option key={r.key} value={r.key}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
          {analysis.gaps.length > 0 ? (
            <div className="field field-short">
              <label htmlFor={`${id}-g`}>{t.richtwert}</label>
              <select id={`${id}-g`} value={gap?.richtwertId ?? ''} onChange={(e) => setRichtwertId(e.target.value)}>
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
        </div>
      </section>
      <ScenarioComparison analysis={analysis} />
      <SettingsChart scenario={scenario} regionKey={region.key} regionName={region.name} />
      {gap ? <GapChart analysis={analysis} gap={gap} year={shownYear} /> : null}
      <ChoroplethMap analysis={analysis} scenario={scenario} year={shownYear} />
      <GemeindeTable analysis={analysis} scenario={scenario} year={shownYear} />
      <Pyramid analysis={analysis} />
      {analysis.staffing.map((s) => (
        <StaffingTable key={s.ratioId} analysis={analysis} staffing={s} />
      ))}
      {analysis.staffGap ? <StaffGapTable staffGap={analysis.staffGap} /> : null}
      {analysis.reachability ? <ReachTable analysis={analysis} reach={analysis.reachability} /> : null}
    </>
  );
}
