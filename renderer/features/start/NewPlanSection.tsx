import { useEffect, useId, useRef, useState } from 'react';
import type { AppInfo } from '../../../shared/contract/schemas';
import { invoke } from '../../api';
import { joinPath } from '../../app/planStore';
import { PlanMetaForm } from '../plan/PlanMetaForm';
import { defaultMetaValues } from '../plan/metaForm';
import { planTexts } from '../plan/texts';
import { PathField } from './PathField';
import { createPlanAt, suggestedFileName } from './planActions';
import { startTexts as t } from './texts';

export function NewPlanSection({ info, onCancel }: { info: AppInfo; onCancel: () => void }) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [path, setPath] = useState(() => joinPath(info.defaultPlanDir, t.defaultFileName));
  const [pathError, setPathError] = useState<string | null>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} ref={headingRef} tabIndex={-1}>
        {t.newHeading}
      </h2>
      <p>{t.newIntro}</p>
      <PlanMetaForm
        initial={defaultMetaValues()}
        submitLabel={info.nativeDialogs ? t.createSubmitNative : t.createSubmit}
        cancelLabel={t.back}
        onCancel={onCancel}
        leading={
          info.nativeDialogs ? null : (
            <PathField
              id={`${id}-path`}
              value={path}
              onChange={(v) => {
                setPath(v);
                setPathError(null);
              }}
              error={pathError}
            />
          )
        }
        precheck={() => {
          if (info.nativeDialogs || path.trim()) return null;
          setPathError(planTexts.errors.filePath);
          return planTexts.errors.filePath;
        }}
        onSubmit={async (meta) => {
          let target = path.trim();
          if (info.nativeDialogs) {
            const chosen = await invoke('dialog.choosePlanToSave', { suggestedName: suggestedFileName(meta.title) });
            if (!chosen) return;
            target = chosen;
          }
          await createPlanAt(target, meta);
        }}
      />
    </section>
  );
}
