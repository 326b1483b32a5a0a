/** Form state of the dialogs: values with per-field errors, and saving that closes on success. */
import { useState } from 'react';
import { errorMessage } from '../api';

/**
 * Field errors are keyed by field name, and the control of field `x` has the id `${id}-x`,
 * so a rejected form can put the focus on its first wrong field.
 */
export function useDialogForm<T extends object>(id: string, initial: () => T, onClose: () => void) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const clearError = (key: string) => setErrors((e) => ({ ...e, [key]: '' }));
  /** Setting a value clears its error: the user is fixing it. */
  const set = <K extends keyof T>(key: K, value: T[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    clearError(key as string);
  };

  /** Shows the errors and focuses the first wrong field; false when there is none. */
  const reject = (next: Record<string, string>) => {
    if (!Object.values(next).some(Boolean)) return false;
    setErrors(next);
    document.getElementById(`${id}-${Object.keys(next)[0]}`)?.focus();
    return true;
  };

  /** Runs a save or delete; closes when it succeeds, else shows why and lets the user try again. */
  async function save(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
      onClose();
    } catch (e) {
      setApiError(errorMessage(e));
      setBusy(false);
    }
  }

  return { values, set, errors, clearError, reject, apiError, setApiError, busy, save };
}
