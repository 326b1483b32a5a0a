/** The guide's advice for a field as collapsible sections, with the source cited. */
import type { ActionField } from '../../../shared/catalog/types';
import { fieldTexts as t } from './texts';

function ListSection({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <details className="guide-section">
      <summary>{title}</summary>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </details>
  );
}

export function GuideSections({ field }: { field: ActionField }) {
  const example = field.practiceExample;
  return (
    <section className="guide" aria-labelledby="guide-heading">
      <h2 id="guide-heading">{t.guideHeading}</h2>
      <ListSection title={t.recommendations} items={field.recommendations} />
      <ListSection title={t.challenges} items={field.challenges} />
      <ListSection title={t.successFactors} items={field.successFactors} />
      {example ? (
        <details className="guide-section">
          <summary>{t.practiceExample}</summary>
          <p>
            <strong>{example.district}</strong>: {example.title}
          </p>
          <p>{example.summary}</p>
          {example.contact ? (
            <p>
              {t.contact}: {example.contact}
            </p>
          ) : null}
        </details>
      ) : null}
      <ListSection title={t.furtherReading} items={field.furtherReading} />
      <p className="source">{t.source(field.source)}</p>
    </section>
  );
}
