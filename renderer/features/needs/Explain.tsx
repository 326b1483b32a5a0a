/** "Wie berechnet?": inputs, sources, assumptions and formula behind a figure or table. */
import type { ExplanationDto } from '../../../shared/contract/needsSchemas';
import { needsTexts } from './texts';

const t = needsTexts.explain;

export function Explain({ explanation }: { explanation: ExplanationDto }) {
  return (
    <details className="needs-explain">
      <summary>{t.summary}</summary>
      <dl>
        <dt>{t.inputs}</dt>
        <dd>
          <ul>
            {explanation.inputs.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </dd>
        <dt>{t.sources}</dt>
        <dd>
          <ul>
            {explanation.sources.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </dd>
        <dt>{t.assumptions}</dt>
        <dd>
          <ul>
            {explanation.assumptions.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </dd>
        <dt>{t.formula}</dt>
        <dd>
          <code>{explanation.formula}</code>
        </dd>
      </dl>
    </details>
  );
}
