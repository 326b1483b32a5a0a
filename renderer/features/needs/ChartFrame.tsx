/** The figure around a needs chart: described as one image for screen readers, sized to the card, with an SVG download. */
import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { SvgButton } from './ExportButtons';

export function ChartFrame({ description, height, svgFileName, children }: { description: string; height: number; svgFileName: string; children: ReactElement }) {
  return (
    <figure className="needs-chart needs-chart-box">
      <div role="img" aria-label={description}>
        <ResponsiveContainer width="100%" height={height}>
          {children}
        </ResponsiveContainer>
      </div>
      <SvgButton fileName={svgFileName} />
    </figure>
  );
}
