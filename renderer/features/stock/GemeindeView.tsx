/** Everything registered in one Gemeinde, register by register. */
import { useEffect, useId, useMemo, useState } from 'react';
import type { GemeindeStock } from '../../../shared/contract/stockSchemas';
import { registerDef } from '../../../shared/stock/registers';
import { errorMessage, invoke } from '../../api';
import { hrefFor, navigate } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { actorIdsIn, displayContext, displayValue } from './display';
import { useStock } from './stockStore';
import { stockTexts } from './texts';

const t = stockTexts.gemeinde;

export function GemeindeView({ gemeindeId }: { gemeindeId: string | null }) {
  const id = useId();
  const gemeinden = useStock((s) => s.gemeinden);
  const actorNames = useStock((s) => s.actorNames);
  const offerTypes = useStock((s) => s.offerTypes);
  const ctx = useMemo(() => displayContext(gemeinden, actorNames, offerTypes), [gemeinden, actorNames, offerTypes]);
  const [data, setData] = useState<GemeindeStock | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setData(null);
    setError(null);
    if (!gemeindeId) return;
    invoke('stock.gemeinde', { gemeindeId }).then(setData, (e: unknown) => setError(errorMessage(e)));
  }, [gemeindeId]);
  // The names of the Akteure shown (the register of Akteure is not loaded whole).
  useEffect(() => {
    if (data) void useStock.getState().loadActorNames(data.sections.flatMap((s) => actorIdsIn(registerDef(s.register), s.records)));
  }, [data]);

  if (gemeinden.length === 0) return <p className="empty">{t.noGemeinden}</p>;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{data ? `${t.heading}: ${data.gemeinde.name}` : t.heading}</h2>
      <div className="field">
        <label htmlFor={`${id}-g`}>{t.choose}</label>
        <select
          id={`${id}-g`}
          value={gemeindeId ?? ''}
          aria-describedby={`${id}-g-hint`}
          onChange={(e) => navigate({ name: 'page', page: 'bestand', rest: e.target.value ? ['gemeinde', e.target.value] : ['gemeinde'] })}
        >
          <option value="">{t.pick}</option>
          {gemeinden.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name} ({g.ags})
            </option>
          ))}
        </select>
        <p id={`${id}-g-hint`} className="field-hint">
          {t.chooseHint}
        </p>
      </div>
      <ErrorMessage message={error} />
      {data ? (
        <div className="stock-gemeinde">
          {data.sections.map((section) => {
            const def = registerDef(section.register);
            const shown = def.fields.filter((f) => f.inTable && f.key !== def.titleKey && f.type !== 'gemeinde');
            const title = def.fields.find((f) => f.key === def.titleKey)!;
            return (
              <section key={section.register} aria-labelledby={`${id}-${section.register}`} className="stock-gemeinde-section">
                <h3 id={`${id}-${section.register}`}>
                  <a href={hrefFor({ name: 'page', page: 'bestand', rest: [section.register] })}>{t.sectionCount(def.label, section.records.length)}</a>
                </h3>
                {section.records.length === 0 ? (
                  <p className="muted">{t.nothing}</p>
                ) : (
                  <ul className="stock-record-list">
                    {section.records.map((r) => (
                      <li key={r.id}>
                        <strong>{displayValue(title, r.values[def.titleKey], ctx) || def.singular}</strong>
                        {r.isExample ? <span className="badge badge-example">{stockTexts.exampleBadge}</span> : null}
                        {shown
                          .map((f) => [f.label, displayValue(f, r.values[f.key], ctx)] as const)
                          .filter(([, v]) => v !== '')
                          .map(([label, v]) => (
                            <span key={label} className="stock-record-detail">
                              {label}: {v}
                            </span>
                          ))}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      ) : null}
    </section>
  );
}
