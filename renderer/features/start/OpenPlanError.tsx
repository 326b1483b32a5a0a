import { useState } from 'react';
import { errorMessage } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DamagedPlanError, restoreNewestBackup } from './planActions';
import { startTexts as t } from './texts';

/** Why a plan could not be opened; for a damaged plan also the way on: its newest backup. */
export function OpenPlanError({ error }: { error: unknown }) {
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!error) return null;

  async function restore(path: string) {
    setRestoreError(null);
    setBusy(true);
    try {
      await restoreNewestBackup(path);
    } catch (e) {
      setRestoreError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorMessage message={errorMessage(error)} />
      {error instanceof DamagedPlanError ? (
        <div className="restore-offer">
          <p>{t.restoreBackupText}</p>
          <button type="button" className="button-primary" onClick={() => void restore(error.path)} disabled={busy}>
            {busy ? t.busy : t.restoreBackup}
          </button>
          <ErrorMessage message={restoreError} />
        </div>
      ) : null}
    </>
  );
}
