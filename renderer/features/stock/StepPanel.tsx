/** Step 1 of an action field: the registers this field needs, each with its summary and a link. */
import type { FieldId } from '../../../shared/catalog/fieldId';
import { useEffect, useId, useState } from 'react';
import type { SummaryItem } from '../../../shared/contract/stockSchemas';
import { registerDef } from '../../../shared/stock/registers';
import { errorMessage, invoke } from '../../api';
import { hrefFor } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { stockTexts } from './texts';
import './stock.css';

const t = stockTexts.panel;

export function StockStepPanel({ fieldId }: { fieldId: FieldId }) {
  const id = useId();
  const [items, setItems] = useState<SummaryItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setItems(null);
    invoke('stock.summary', { fieldId }).then(setItems, (e: unknown) => setError(errorMessage(e)));
  }, [fieldId]);

  return (
    <section className="stock-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t.heading}</h3>
      <ErrorMessage message={error} />
      {items === null && !error ? <p className="muted">{t.loading}</p> : null}
      <div className="stock-panel-grid">
        {(items ?? []).map((item) => {
          const def = registerDef(item.register);
          return (
            <section key={item.register} className="stock-panel-item" aria-labelledby={`${id}-${item.register}`}>
              <h4 id={`${id}-${item.register}`}>
                {def.label} <span className="stock-count">({stockTexts.registerCount(item.count)})</span>
              </h4>
              {item.lines.map((line) => (
                <p key={line}>{line}</p>
              ))}
              <p>
                <a href={hrefFor({ name: 'page', page: 'bestand', rest: [item.register] })}>{t.open(def.label)}</a>
              </p>
              {item.register === 'angebote' ? (
                <p>
                  <a href={hrefFor({ name: 'page', page: 'bestand', rest: ['karte'] })}>{t.map}</a>
                </p>
              ) : null}
            </section>
          );
        })}
      </div>
      {(items ?? []).some((item) => registerDef(item.register).gemeindeKey ?? registerDef(item.register).gemeindeListKey) ? (
        <p>
          <a href={hrefFor({ name: 'page', page: 'bestand', rest: ['gemeinde'] })}>{t.perGemeinde}</a>
        </p>
      ) : null}
    </section>
  );
}
