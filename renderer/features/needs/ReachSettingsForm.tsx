/** Reachability settings: offer type, detour factor, threshold. */
import { useEffect, useId, useState } from 'react';
import type { NeedsSettings } from '../../../shared/contract/needsSchemas';
import { parseGermanDecimal } from '../../../shared/format';
import { errorMessage, invoke } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Card } from './Card';
import { fmt } from './format';
import { bindText, submitTo, TextRow } from './FormRow';
import { needsTexts } from './texts';
import { useNeedsChange } from './useNeedsChange';

const tw = needsTexts.richtwerte;
type Draft = { offerType: string; detour: string; km: string };

export function ReachSettingsForm() {
  const id = useId();
  const [d, setD] = useState<Draft | null>(null);
  const [settings, setSettings] = useState<NeedsSettings | null>(null);
  const { error, setError, run } = useNeedsChange();
  useEffect(() => {
    invoke('needs.settings.get', {}).then(
      (s) => {
        setSettings(s);
        setD({ offerType: s.reachOfferType, detour: fmt(s.detourFactor, 2), km: fmt(s.thresholdKm, 1) });
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [setError]);
  if (!d || !settings) return <ErrorMessage message={error} />;
  const save = () =>
    run(async () => {
      const next = await invoke('needs.settings.save', { ...settings, reachOfferType: d.offerType, detourFactor: parseGermanDecimal(d.detour) ?? NaN, thresholdKm: parseGermanDecimal(d.km) ?? NaN });
      setSettings(next);
      return tw.saved;
    });
  const text = bindText(d, setD);
  return (
    <Card heading={tw.reachHeading}>
      <form className="needs-inline-form" onSubmit={submitTo(save)}>
        <TextRow id={`${id}-t`} label={tw.colType} short {...text('offerType')} />
        <TextRow id={`${id}-f`} label={tw.detour} short inputMode="decimal" {...text('detour')} />
        <TextRow id={`${id}-k`} label={tw.threshold} short inputMode="decimal" {...text('km')} />
        <div className="button-row">
          <button type="submit">{tw.saveSettings}</button>
        </div>
      </form>
      <ErrorMessage message={error} />
    </Card>
  );
}
