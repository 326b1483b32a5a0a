/** The Bestand page: register chooser, one register's table, the per-Gemeinde view, the map. */
import { useCallback, useState } from 'react';
import { ACTION_FIELDS } from '../../../shared/catalog';
import type { OfferMap } from '../../../shared/contract/stockSchemas';
import { isRegisterId, REGISTERS, registerDef } from '../../../shared/stock/registers';
import { errorMessage, invoke } from '../../api';
import { PAGE_HEADING_ID, useDocumentTitle } from '../../app/focus';
import { usePlan } from '../../app/planStore';
import { usePlanReload } from '../../components/usePlanReload';
import { hrefFor } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { GemeindeView } from './GemeindeView';
import { RegisterTable } from './RegisterTable';
import { StockCharts } from './StockCharts';
import { StockMap } from './StockMap';
import { useStock } from './stockStore';
import { stockTexts as t } from './texts';
import './stock.css';

const link = (...rest: string[]) => hrefFor({ name: 'page', page: 'bestand', rest });
const fieldNumbers = (ids: readonly string[]) => ACTION_FIELDS.filter((f) => ids.includes(f.id)).map((f) => f.number).join(', ');

function Chooser({ current }: { current: string }) {
  const items = [{ id: '', label: t.overview }, ...REGISTERS.map((r) => ({ id: r.id, label: r.label })), { id: 'gemeinde', label: t.gemeindeLink }, { id: 'karte', label: t.mapLink }];
  return (
    <nav aria-label={t.chooserLabel} className="stock-chooser">
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={item.id ? link(item.id) : link()} aria-current={current === item.id ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function MapPage() {
  // Counts per Gemeinde and type and the places, added up in SQL: never every offer.
  const [offers, setOffers] = useState<OfferMap | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => invoke('stock.offerMap', {}).then(setOffers, (e: unknown) => setError(errorMessage(e))), []);
  usePlanReload(load);
  if (error) return <ErrorMessage message={error} />;
  if (!offers) return null;
  return (
    <>
      <StockMap offers={offers} />
      <StockCharts groups={offers.groups} />
    </>
  );
}

/** Another plan: its reference data, and its boundaries fetched again when the map asks. */
function reloadForPlan() {
  useStock.setState({ geometries: null });
  return useStock.getState().refresh();
}

export function StockPage({ rest }: { rest: string[] }) {
  const plan = usePlan((s) => s.current);
  const loaded = useStock((s) => s.loaded);
  const error = useStock((s) => s.error);
  const [head, arg] = rest;
  const section = head ?? '';
  const def = isRegisterId(section) ? registerDef(section) : null;
  const title = def ? `${def.label} – ${t.pageTitle}` : section === 'karte' ? `${t.mapLink} – ${t.pageTitle}` : section === 'gemeinde' ? `${t.gemeindeLink} – ${t.pageTitle}` : t.pageTitle;
  useDocumentTitle(title);
  usePlanReload(reloadForPlan);

  if (!plan) return null;
  const known = section === '' || def !== null || section === 'karte' || section === 'gemeinde';
  return (
    <div className="page">
      <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
        {t.heading}
        {def ? <span className="heading-sub">{def.label}</span> : null}
      </h1>
      <Chooser current={section} />
      {error ? <ErrorMessage message={`${t.loadError} ${error}`} /> : null}
      {!known ? <p>{t.notFound(section)}</p> : null}
      {loaded && section === '' ? (
        <>
          <p className="lead">{t.intro}</p>
          <ul className="stock-overview">
            {REGISTERS.map((r) => (
              <li key={r.id} className="card">
                <h2>
                  <a href={link(r.id)}>{r.label}</a>
                </h2>
                <p>{r.description}</p>
                <p className="muted">{t.fieldsOf(fieldNumbers(r.fieldIds))}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {loaded && def ? <RegisterTable key={def.id} def={def} /> : null}
      {loaded && section === 'gemeinde' ? <GemeindeView gemeindeId={arg ?? null} /> : null}
      {loaded && section === 'karte' ? <MapPage /> : null}
    </div>
  );
}
