import { useEffect, useId, useRef } from 'react';
import type { AppInfo } from '../../../shared/contract/schemas';
import { joinPath } from '../../app/planStore';
import { OpenPlanError } from './OpenPlanError';
import { PathForm } from './PathForm';
import { openPlanAt } from './planActions';
import { startTexts as t } from './texts';

/** Browser mode: open a plan by typing its path. */
export function OpenPlanSection({ info, onCancel }: { info: AppInfo; onCancel: () => void }) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} ref={headingRef} tabIndex={-1}>
        {t.openHeading}
      </h2>
      <p>{t.openIntro}</p>
      <PathForm
        initialPath={joinPath(info.defaultPlanDir, '')}
        submitLabel={t.openSubmit}
        busyLabel={t.busy}
        cancelLabel={t.back}
        onCancel={onCancel}
        onSubmit={openPlanAt}
        renderError={(error) => <OpenPlanError error={error} />}
      />
    </section>
  );
}
