/**
 * The computed gaps a measure answers (issue #14): listed with today's numbers, removable,
 * and one form to link another gap (Richtwert, Gebiet, Jahr, Szenario) from the needs analysis.
 */
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { GapLink } from '../../../shared/contract/measuresSchemas';
import type { Analysis } from '../../../shared/contract/needsSchemas';
import { errorMessage, invoke } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DeleteButton } from './DeleteButton';
import { InlineField } from './InlineField';
import { gapLinkTexts as t } from './texts';

const LEVEL_ORDER = { kreis: 0, bereich: 1, gemeinde: 2 } as const;

export function GapLinksSection({ measureId }: { measureId: string }) {
  const id = useId();
  const [links, setLinks] = useState<GapLink[]>([]);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [choice, setChoice] = useState({ richtwertId: '', regionKey: 'kreis', year: 0, scenarioId: '' });
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => invoke('measures.gapLinks.list', { measureId }).then(setLinks, (e: unknown) => setError(errorMessage(e))), [measureId]);
  useEffect(() => {
    void reload();
    let retry: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      void Promise.all([invoke('needs.analysis', { year: null }), invoke('needs.mainScenario.get', {})]).then(
        ([a, main]) => {
          // A large plan's analysis still computing in the background: ask again shortly.
          if (a.computing) {
            retry = setTimeout(load, 1000);
            return;
          }
          setAnalysis(a);
          const scenarioId = main.scenarioId ?? a.scenarios[0]?.id ?? '';
          setChoice({ richtwertId: a.gaps[0]?.richtwertId ?? '', regionKey: 'kreis', year: a.years.find((y) => y >= new Date().getFullYear() + 5) ?? a.years.at(-1) ?? 0, scenarioId });
        },
        (e: unknown) => setError(errorMessage(e)),
      );
    load();
    return () => clearTimeout(retry);
  }, [reload]);

  const richtwerte = analysis ? [...new Map(analysis.gaps.map((g) => [g.richtwertId, g.label])).entries()] : [];
  const regions = analysis ? [...analysis.regions].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.name.localeCompare(b.name, 'de')) : [];
  function add(e: FormEvent) {
    e.preventDefault();
    setError(null);
    invoke('measures.gapLinks.add', { measureId, ...choice }).then(reload, (err: unknown) => setError(errorMessage(err)));
  }
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t.heading}</h3>
      {links.length === 0 ? <p className="empty">{t.none}</p> : null}
      <ul className="gap-link-list">
        {links.map((l) => (
          <li key={l.id} className={l.found ? undefined : 'muted'}>
            {l.label}{' '}
            <DeleteButton label={t.remove(l.label)} onClick={() => void invoke('measures.gapLinks.delete', { id: l.id }).then(reload, (err: unknown) => setError(errorMessage(err)))}>
              {t.removeShort}
            </DeleteButton>
          </li>
        ))}
      </ul>
      {analysis?.ready && richtwerte.length > 0 ? (
        <form className="inline-form" noValidate onSubmit={add}>
          <InlineField id={`${id}-r`} label={t.richtwert}>
            {(a) => (
              <select {...a} value={choice.richtwertId} onChange={(e) => setChoice({ ...choice, richtwertId: e.target.value })}>
                {richtwerte.map(([rid, label]) => (
                  <option key={rid} value={rid}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </InlineField>
          <InlineField id={`${id}-g`} label={t.region}>
            {(a) => (
              <select {...a} value={choice.regionKey} onChange={(e) => setChoice({ ...choice, regionKey: e.target.value })}>
                {regions.map((r) => (
                  <option key={r.key} value={r.key}>
                    {r.name}
                  </option>
                ))}
              </select>
            )}
          </InlineField>
          <InlineField id={`${id}-y`} label={t.year}>
            {(a) => (
              <select {...a} value={choice.year} onChange={(e) => setChoice({ ...choice, year: Number(e.target.value) })}>
                {analysis.years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            )}
          </InlineField>
          <InlineField id={`${id}-s`} label={t.scenario}>
            {(a) => (
              <select {...a} value={choice.scenarioId} onChange={(e) => setChoice({ ...choice, scenarioId: e.target.value })}>
                {analysis.scenarios.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </InlineField>
          <button type="submit" className="button-small">
            {t.add}
          </button>
        </form>
      ) : (
        <p className="field-hint">{t.noAnalysis}</p>
      )}
      <ErrorMessage message={error} />
    </section>
  );
}
