import { ChartFrame, SERIES_COLOURS } from './chart-frame';

export interface Bar {
  label: string;
  value: number | null;
  display: string;
}

/** Horizontal bars with their labels on the left and values on the right, for shares and averages. */
export function BarChart({ bars, description, max, title }: { bars: Bar[]; description: string; max: number; title: string }) {
  const width = 600;
  const row = 34;
  const labelWidth = 290;
  const valueWidth = 64;
  const height = bars.length * row + 8;
  const plot = width - labelWidth - valueWidth;
  return (
    <ChartFrame title={title} description={description} width={width} height={height}>
      {(hatch) => (
        <g>
          {bars.map((bar, index) => {
            const y = 4 + index * row;
            const length = bar.value === null ? 10 : Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * plot);
            return (
              <g key={bar.label}>
                <text x={0} y={y + row / 2 + 5} className="chart__label">
                  {bar.label.length > 40 ? `${bar.label.slice(0, 39)}…` : bar.label}
                </text>
                <rect x={labelWidth} y={y + 6} width={plot} height={row - 14} fill="#eceef1" />
                <rect x={labelWidth} y={y + 6} width={length} height={row - 14} fill={bar.value === null ? `url(#${hatch})` : SERIES_COLOURS[0]} stroke={bar.value === null ? '#4a525c' : 'none'} />
                <text x={labelWidth + plot + 8} y={y + row / 2 + 5} className="chart__value">
                  {bar.display}
                </text>
              </g>
            );
          })}
        </g>
      )}
    </ChartFrame>
  );
}
