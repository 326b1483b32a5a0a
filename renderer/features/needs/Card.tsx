/** A card section named by its own heading, the frame of every chart, table and form in the needs pages. */
import { useId, type ReactNode } from 'react';

export function Card({ heading, children }: { heading: ReactNode; children: ReactNode }) {
  // useId per card, so several cards of one kind (one per rate set, gap, …) never share a heading id.
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{heading}</h2>
      {children}
    </section>
  );
}
