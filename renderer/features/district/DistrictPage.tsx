import { PAGE_HEADING_ID, useDocumentTitle } from '../../app/focus';
import { usePlan } from '../../app/planStore';
import { usePlanReload } from '../../components/usePlanReload';
import { ErrorMessage } from '../../components/ErrorMessage';
import { AreasSection } from './AreasSection';
import { useDistrict } from './districtStore';
import { GemeindenMap } from './GemeindenMap';
import { GemeindenSection } from './GemeindenSection';
import { MetaCard } from './MetaCard';
import { districtTexts as t } from './texts';

export function DistrictPage() {
  const plan = usePlan((s) => s.current);
  const error = useDistrict((s) => s.error);
  const loaded = useDistrict((s) => s.loaded);
  const gemeinden = useDistrict((s) => s.gemeinden);
  const geometries = useDistrict((s) => s.geometries);
  useDocumentTitle(t.pageTitle);

  // Again when another file is open (e.g. after "Speichern unter …" the App resets the store).
  usePlanReload(useDistrict.getState().refresh);

  if (!plan) return null;
  return (
    <div className="page">
      <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
        {t.heading}
        {plan.meta.districtName ? <span className="heading-sub">{plan.meta.districtName}</span> : null}
      </h1>
      <p className="lead">{t.intro}</p>
      {error ? <ErrorMessage message={`${t.loadError} ${error}`} /> : null}
      <MetaCard plan={plan} />
      {loaded ? (
        <>
          <GemeindenSection kreisKey={plan.meta.kreisKey} />
          <GemeindenMap geometries={geometries} gemeinden={gemeinden} />
          <AreasSection />
        </>
      ) : null}
    </div>
  );
}
