/** Page "Bedarf": population import, results, rates and scenarios, Richtwerte, qualitative needs. */
import { useEffect, useState } from 'react';
import { PAGE_HEADING_ID, useDocumentTitle } from '../../app/focus';
import { usePlan } from '../../app/planStore';
import { usePlanReload } from '../../components/usePlanReload';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Tabs } from '../../components/Tabs';
import { CareStatisticsFigures } from './CareStatisticsFigures';
import { CareStatisticsImport } from './CareStatisticsImport';
import { RatesSection } from './RatesSection';
import { RichtwerteSection } from './RichtwerteSection';
import { ScenariosSection } from './ScenariosSection';
import { DemographySection } from './DemographySection';
import { PopulationSection } from './PopulationSection';
import { ResultsSection } from './ResultsSection';
import { StatementsSection } from './StatementsSection';
import { useNeeds } from './needsStore';
import { needsTexts as t } from './texts';
import './needs.css';

const TABS = ['bevoelkerung', 'pflegestatistik', 'ergebnisse', 'quoten', 'richtwerte', 'aussagen'] as const;
type Tab = (typeof TABS)[number];

export function NeedsPage({ rest }: { rest: string[] }) {
  const plan = usePlan((s) => s.current);
  const loaded = useNeeds((s) => s.loaded);
  const error = useNeeds((s) => s.error);
  const analysis = useNeeds((s) => s.analysis);
  useDocumentTitle(t.pageTitle);
  usePlanReload(useNeeds.getState().refresh);
  const [chosen, setChosen] = useState<Tab | null>((TABS as readonly string[]).includes(rest[0] ?? '') ? (rest[0] as Tab) : null);
  // The first tab follows the data once (results when there are any); later imports do not switch it.
  useEffect(() => {
    // While a large plan's analysis is computed the results tab shows its progress.
    if (chosen === null && loaded && analysis) setChosen(analysis.ready || analysis.computing ? 'ergebnisse' : 'bevoelkerung');
  }, [chosen, loaded, analysis]);
  const tab: Tab = chosen ?? (analysis?.ready || analysis?.computing ? 'ergebnisse' : 'bevoelkerung');
  if (!plan) return null;
  return (
    <div className="page">
      <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
        {t.heading}
        {plan.meta.districtName ? <span className="heading-sub">{plan.meta.districtName}</span> : null}
      </h1>
      <p className="lead">{t.intro}</p>
      <ErrorMessage message={error ? `${t.loadError} ${error}` : null} />
      {loaded && analysis ? (
        <Tabs label={t.tabs.label} idPrefix="needs-tab" tabs={TABS.map((id) => ({ id, label: t.tabs[id] }))} selected={tab} onSelect={(id) => setChosen(id as Tab)}>
          {tab === 'bevoelkerung' ? (
            <>
              <PopulationSection />
              <DemographySection />
            </>
          ) : null}
          {tab === 'pflegestatistik' ? (
            <>
              <CareStatisticsImport />
              <CareStatisticsFigures />
            </>
          ) : null}
          {tab === 'ergebnisse' ? <ResultsSection analysis={analysis} /> : null}
          {tab === 'quoten' ? (
            <>
              <RatesSection />
              <ScenariosSection />
            </>
          ) : null}
          {tab === 'richtwerte' ? <RichtwerteSection /> : null}
          {tab === 'aussagen' ? <StatementsSection fieldId={null} /> : null}
        </Tabs>
      ) : null}
    </div>
  );
}
