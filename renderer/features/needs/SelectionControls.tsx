/**
 * The one scenario-and-year selection of the needs views (needsStore), with the button that
 * makes the shown scenario the plan's Hauptszenario. Extra controls (region, Richtwert) go inside.
 */
import { useId, type ReactNode } from 'react';
import type { AnalysisView as Analysis } from '../../../shared/contract/needsSchemas';
import { errorMessage } from '../../api';
import { showError, showStatus } from '../../app/statusStore';
import { useNeeds, useSelection } from './needsStore';
import { needsTexts } from './texts';

const t = needsTexts.results;

export function SelectionControls({ analysis, children }: { analysis: Analysis; children?: ReactNode }) {
  const id = useId();
  const { scenario, year, isMain } = useSelection();
  if (!scenario || year === null) return null;
  const makeMain = async () => {
    try {
      await useNeeds.getState().saveMainScenario(scenario.id);
      showStatus(t.mainSaved(scenario.name));
    } catch (e) {
      showError(errorMessage(e));
    }
  };
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.controls}</h2>
      <div className="needs-controls">
        <div className="field field-short">
          <label htmlFor={`${id}-s`}>{t.scenario}</label>
          <select id={`${id}-s`} value={scenario.id} onChange={(e) => void useNeeds.getState().setScenario(e.target.value)}>
            {analysis.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-short">
          <label htmlFor={`${id}-y`}>{t.year}</label>
          <select id={`${id}-y`} value={year} onChange={(e) => void useNeeds.getState().setYear(Number(e.target.value))}>
            {analysis.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        {children}
        {isMain ? (
          <p className="needs-main-note">{t.isMain}</p>
        ) : (
          <div className="button-row">
            <button type="button" onClick={() => void makeMain()}>
              {t.makeMain}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
