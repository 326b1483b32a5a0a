/** Saves or deletes needs data: reports success in the status bar and reloads the store, keeps a failure for an ErrorMessage. */
import { useState } from 'react';
import { errorMessage } from '../../api';
import { showStatus } from '../../app/statusStore';
import { useNeeds } from './needsStore';

export function useNeedsChange() {
  const [error, setError] = useState<string | null>(null);
  async function apply(change: () => Promise<string>, clearError: boolean): Promise<void> {
    if (clearError) setError(null);
    try {
      showStatus(await change());
      await useNeeds.getState().refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return {
    error,
    setError,
    /** `change` does the call and returns the status message; an earlier error is cleared first. */
    run: (change: () => Promise<string>) => apply(change, true),
    /** A delete leaves the message of an earlier failed save visible, so it is not lost by tidying up. */
    runDelete: (call: () => Promise<unknown>, message: string) =>
      apply(async () => {
        await call();
        return message;
      }, false),
  };
}
