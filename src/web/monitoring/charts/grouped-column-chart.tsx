import { ChartFrame, SERIES_COLOURS } from './chart-frame';

export interface ColumnGroup {
  label: string;
  /** One value per series, in the order of `series`; null: not shown. */
  values: (number | null)[];
}

/** Columns grouped by month, one colour per series (region or table), with a legend; values 0–100. */
export function GroupedColumnChart({ description, groups, series, title }: { description: string; groups: ColumnGroup[]; series: string[]; title: string }) {
  const width = 640;
  const legendRows = Math.ceil(series.length / 3);
  const top = 16;
  const plot = 160;
  const height = top + plot + 30 + legendRows * 22 + 8;
  const left = 36;
  const slot = (width - left - 8) / Math.max(groups.length, 1);
  const barWidth = Math.min(22, (slot * 0.8) / Math.max(series.length, 1));
  return (
    <ChartFrame title={title} description={description} width={width} height={height}>
      {(hatch) => (
        <g>
          {[0, 50, 100].map((tick) => (
            <g key={tick}>
              <line x1={left} x2={width - 8} y1={top + plot - (tick / 100) * plot} y2={top + plot - (tick / 100) * plot} stroke={tick === 0 ? '#4a525c' : '#c9ced4'} strokeWidth="1" />
              <text x={left - 6} y={top + plot - (tick / 100) * plot + 4} textAnchor="end" className="chart__label">
                {tick}%
              </text>
            </g>
          ))}
          {groups.map((group, index) => {
            const start = left + index * slot + (slot - barWidth * series.length) / 2;
            return (
              <g key={group.label}>
                {group.values.map((value, seriesIndex) => {
                  const barHeight = value === null ? 6 : Math.max(value > 0 ? 2 : 0, (value / 100) * plot);
                  return (
                    <rect
                      key={series[seriesIndex]}
                      x={start + seriesIndex * barWidth}
                      y={top + plot - barHeight}
                      width={barWidth - 2}
                      height={barHeight}
                      fill={value === null ? `url(#${hatch})` : SERIES_COLOURS[seriesIndex % SERIES_COLOURS.length]}
                      stroke={value === null ? '#4a525c' : 'none'}
                    />
                  );
                })}
                <text x={left + index * slot + slot / 2} y={top + plot + 18} textAnchor="middle" className="chart__label">
                  {group.label}
                </text>
              </g>
            );
          })}
          {series.map((name, index) => {
            const x = left + (index % 3) * 200;
            const y = top + plot + 34 + Math.floor(index / 3) * 22;
            return (
              <g key={name}>
                <rect x={x} y={y} width="14" height="14" fill={SERIES_COLOURS[index % SERIES_COLOURS.length]} />
                <text x={x + 20} y={y + 12} className="chart__label">
                  {name.length > 26 ? `${name.slice(0, 25)}…` : name}
                </text>
              </g>
            );
          })}
        </g>
      )}
    </ChartFrame>
  );
}
