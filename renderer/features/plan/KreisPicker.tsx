/**
 * Choosing the Kreis from the list of all Kreise and kreisfreien Städte (31.12.2015, with key),
 * grouped by Land, so "München, Landkreis (09184)" and "München, Landeshauptstadt (09162)" are
 * told apart. Fills the name and key fields; both stay editable for later territorial reforms.
 */
import { KREISE_2015, landOf } from '../../../shared/district/kreise2015';
import { planTexts as t } from './texts';

const byLand = (() => {
  const groups = new Map<string, (readonly [string, string])[]>();
  for (const k of KREISE_2015) groups.set(landOf(k[0]), [...(groups.get(landOf(k[0])) ?? []), k]);
  for (const list of groups.values()) list.sort((a, b) => a[1].localeCompare(b[1], 'de'));
  return [...groups];
})();

export function KreisPicker({ id, kreisKey, onPick }: { id: string; kreisKey: string; onPick: (key: string, officialName: string) => void }) {
  const known = KREISE_2015.some(([key]) => key === kreisKey);
  return (
    <div className="field">
      <label htmlFor={id}>{t.kreisPicker}</label>
      <select
        id={id}
        value={known ? kreisKey : ''}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const hit = KREISE_2015.find(([key]) => key === e.target.value);
          if (hit) onPick(hit[0], hit[1]);
        }}
      >
        <option value="">{t.kreisPickerNone}</option>
        {byLand.map(([land, list]) => (
          <optgroup key={land} label={land}>
            {list.map(([key, name]) => (
              <option key={key} value={key}>
                {name} ({key})
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p id={`${id}-hint`} className="field-hint">
        {t.kreisPickerHint}
      </p>
    </div>
  );
}
