/** The figure around a needs chart: described as one image for screen readers, sized to the card, with an SVG and a PNG download. */
import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { PngButton, SvgButton } from './ExportButtons';

export function ChartFrame({ description, height, svgFileName, children }: { description: string; height: number; svgFileName: string; children: ReactElement }) {
  return (
    <figure className="needs-chart needs-chart-box">
      <div role="img" aria-label={description}>
        <ResponsiveContainer width="100%" height={height}>
          {children}
        </ResponsiveContainer>
      </div>
      <div className="button-row">
        <SvgButton fileName={svgFileName} />
        <PngButton fileName={svgFileName.replace(/\.svg$/, '.png')} />
      </div>
    </figure>
  );
}
