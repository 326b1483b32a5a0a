/** "Wie berechnet?": inputs, sources, assumptions and formula behind a figure or table. */
import { Fragment } from 'react';
import type { ExplanationDto } from '../../../shared/contract/needsSchemas';
import { needsTexts } from './texts';

const t = needsTexts.explain;

/** A plain bullet list of texts; the texts are unique, so they serve as keys. */
export function TextList({ items }: { items: string[] }) {
  return (
    <ul>
      {items.map((x) => (
        <li key={x}>{x}</li>
      ))}
    </ul>
  );
}

export function Explain({ explanation }: { explanation: ExplanationDto }) {
  return (
    <details className="needs-explain">
      <summary>{t.summary}</summary>
      <dl>
        {(
          [
            [t.inputs, explanation.inputs],
            [t.sources, explanation.sources],
            [t.assumptions, explanation.assumptions],
          ] as const
        ).map(([term, items]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd>
              <TextList items={items} />
            </dd>
          </Fragment>
        ))}
        <dt>{t.formula}</dt>
        <dd>
          <code>{explanation.formula}</code>
        </dd>
      </dl>
    </details>
  );
}
