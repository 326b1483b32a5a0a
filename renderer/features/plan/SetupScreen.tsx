import type { PlanSummary } from '../../../shared/contract/schemas';
import { invoke } from '../../api';
import { PAGE_HEADING_ID, useDocumentTitle } from '../../app/focus';
import { usePlan } from '../../app/planStore';
import { navigate } from '../../app/router';
import { showStatus } from '../../app/statusStore';
import { metaValuesFrom } from './metaForm';
import { PlanMetaForm } from './PlanMetaForm';
import { planTexts as t } from './texts';

/** Shown while the open file has no title and district yet (e.g. `npm run web -- --plan NEW`). */
export function SetupScreen({ plan }: { plan: PlanSummary }) {
  useDocumentTitle(t.setupHeading);
  return (
    <div className="narrow">
      <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
        {t.setupHeading}
      </h1>
      <p className="lead">{t.setupIntro}</p>
      <p className="muted">
        {t.filePath}: <span className="file-path">{plan.path}</span>
      </p>
      <section className="card">
        <PlanMetaForm
          initial={metaValuesFrom(plan.meta)}
          submitLabel={t.setupSubmit}
          onSubmit={async (meta) => {
            const updated = await invoke('plan.updateMeta', meta);
            usePlan.getState().setCurrent(updated);
            navigate({ name: 'overview' });
            showStatus('Gespeichert');
          }}
        />
      </section>
    </div>
  );
}
