import { useId, type ReactNode } from 'react';

/**
 * The accessible frame of every chart: an SVG that is one image to assistive technology, named by
 * its <title> and described by its <desc>, with a hatch pattern for counts that are not shown
 * (below 5). The numbers themselves are in the data table that goes with each chart.
 */
export function ChartFrame({ children, description, height, title, width }: { children: (hatchId: string) => ReactNode; description: string; height: number; title: string; width: number }) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const hatchId = `${id}-hatch`;
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`} preserveAspectRatio="xMinYMin meet">
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <defs>
        <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#4a525c" strokeWidth="2" />
        </pattern>
      </defs>
      {children(hatchId)}
    </svg>
  );
}

/** Colours of chart series; each is at least 3:1 against white (WCAG 1.4.11), and bars carry their value as text too. */
export const SERIES_COLOURS = ['#1b4f8a', '#1e6b34', '#8a4b00', '#6b3fa0', '#00707a', '#b3261e', '#4a525c'];
