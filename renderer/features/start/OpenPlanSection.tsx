import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AppInfo } from '../../../shared/contract/schemas';
import { errorMessage } from '../../api';
import { joinPath } from '../../app/planStore';
import { ErrorMessage } from '../../components/ErrorMessage';
import { planTexts } from '../plan/texts';
import { PathField } from './PathField';
import { openPlanAt } from './planActions';
import { startTexts as t } from './texts';

/** Browser mode: open a plan by typing its path. */
export function OpenPlanSection({ info, onCancel }: { info: AppInfo; onCancel: () => void }) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [path, setPath] = useState(() => joinPath(info.defaultPlanDir, ''));
  const [pathError, setPathError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!path.trim()) {
      setPathError(planTexts.errors.filePath);
      document.getElementById(`${id}-path`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await openPlanAt(path.trim());
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} ref={headingRef} tabIndex={-1}>
        {t.openHeading}
      </h2>
      <p>{t.openIntro}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <PathField
          id={`${id}-path`}
          value={path}
          onChange={(v) => {
            setPath(v);
            setPathError(null);
          }}
          error={pathError}
        />
        <ErrorMessage message={error} />
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t.busy : t.openSubmit}
          </button>
          <button type="button" onClick={onCancel}>
            {t.back}
          </button>
        </div>
      </form>
    </section>
  );
}
