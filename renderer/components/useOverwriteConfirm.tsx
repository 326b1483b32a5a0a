/**
 * Writing a file the planner chose: the host refuses to replace an existing file unless the
 * call says `overwrite: true` (db/export/userFile.ts). This hook asks first — „Die Datei …
 * gibt es schon. Ersetzen?“ — and only after „Ersetzen“ repeats the call with overwrite.
 */
import { useState, type ReactNode } from 'react';
import { errorCode } from '../api';
import { ConfirmDialog } from './ConfirmDialog';
import { componentTexts as t } from './texts';

interface Pending {
  message: string;
  retry: () => Promise<void>;
}

export function useOverwriteConfirm(): { run: (attempt: (overwrite: boolean) => Promise<void>) => Promise<void>; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);

  /** Runs `attempt(false)`; if the file exists, asks, and runs `attempt(true)` after a yes. Other errors are thrown. */
  async function run(attempt: (overwrite: boolean) => Promise<void>): Promise<void> {
    try {
      await attempt(false);
    } catch (error) {
      if (errorCode(error) !== 'file-exists') throw error;
      setPending({ message: (error as Error).message, retry: () => attempt(true) });
    }
  }

  const dialog = pending ? (
    <ConfirmDialog title={t.overwriteTitle} message={pending.message} confirmLabel={t.overwriteConfirm} onConfirm={pending.retry} onClose={() => setPending(null)} />
  ) : null;
  return { run, dialog };
}
