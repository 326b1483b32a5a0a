/** Reachability settings: offer type, detour factor, threshold. */
import { useEffect, useId, useState } from 'react';
import type { NeedsSettings } from '../../../shared/contract/needsSchemas';
import { germanNumberOrThrow, toGermanInput } from '../../../shared/germanNumber';
import { errorMessage, invoke } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Card } from './Card';
import { OfferTypeSelect } from '../../components/OfferTypeSelect';
import { bindText, FormRow, NumberRow, submitTo } from './FormRow';
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
        setD({ offerType: s.reachOfferType, detour: toGermanInput(s.detourFactor), km: toGermanInput(s.thresholdKm) });
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [setError]);
  if (!d || !settings) return <ErrorMessage message={error} />;
  const save = () =>
    run(async () => {
      const next = await invoke('needs.settings.save', { ...settings, reachOfferType: d.offerType, detourFactor: germanNumberOrThrow(d.detour, tw.detour) ?? NaN, thresholdKm: germanNumberOrThrow(d.km, tw.threshold) ?? NaN });
      setSettings(next);
      return tw.saved;
    });
  const text = bindText(d, setD);
  return (
    <Card heading={tw.reachHeading}>
      <form className="needs-inline-form" onSubmit={submitTo(save)}>
        <FormRow id={`${id}-t`} label={tw.colType} short>
          <OfferTypeSelect id={`${id}-t`} value={d.offerType} onChange={(offerType) => setD({ ...d, offerType })} />
        </FormRow>
        <NumberRow id={`${id}-f`} label={tw.detour} {...text('detour')} />
        <NumberRow id={`${id}-k`} label={tw.threshold} {...text('km')} />
        <div className="button-row">
          <button type="submit">{tw.saveSettings}</button>
        </div>
      </form>
      <ErrorMessage message={error} />
    </Card>
  );
}
