/**
 * A new plan's overview shows 160 open tasks and no way in. Until the plan has Gemeinden, a
 * notice names the first steps in order and links to where each is done.
 */
import { useEffect, useState } from 'react';
import { invoke } from '../../api';
import { overviewTexts as t } from './texts';

export function FirstSteps({ planKey }: { planKey: string }) {
  const [gemeinden, setGemeinden] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    invoke('district.gemeinden.list', {}).then(
      (list) => live && setGemeinden(list.length),
      () => live && setGemeinden(null),
    );
    return () => {
      live = false;
    };
  }, [planKey]);
  if (gemeinden !== 0) return null;
  return (
    <section className="notice" aria-labelledby="first-steps-heading">
      <h2 id="first-steps-heading">{t.firstSteps.heading}</h2>
      <ol>
        <li>
          <a href="#/gebiet">{t.firstSteps.gemeinden}</a> {t.firstSteps.gemeindenHint}
        </li>
        <li>
          <a href="#/bedarf/bevoelkerung">{t.firstSteps.population}</a> {t.firstSteps.populationHint}
        </li>
        <li>
          <a href="#/bestand">{t.firstSteps.stock}</a> {t.firstSteps.stockHint}
        </li>
      </ol>
    </section>
  );
}
