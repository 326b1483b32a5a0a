/** The heading (the focus target after navigation) and the lead paragraph every measures page starts with. */
import type { ReactNode } from 'react';
import { PAGE_HEADING_ID } from '../../app/focus';

export function PageHeading({ heading, intro, children }: { heading: string; intro: string; children?: ReactNode }) {
  return (
    <>
      <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
        {heading}
        {children}
      </h1>
      <p className="lead">{intro}</p>
    </>
  );
}
