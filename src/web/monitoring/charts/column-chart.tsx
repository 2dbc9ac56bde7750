import { ChartFrame } from './chart-frame';

export interface Column {
  label: string;
  /** null: not shown (a count below 5 or a share of too few cases); drawn hatched as a stub. */
  value: number | null;
  /** The value as text above the column ("12", "<5", "83%"). */
  display: string;
}

/** Vertical columns with their values written above them: a histogram or a single series. */
export function ColumnChart({ columns, description, max, title }: { columns: Column[]; description: string; max?: number; title: string }) {
  const width = 560;
  const height = 220;
  const top = 24;
  const bottom = 36;
  const left = 8;
  const plot = height - top - bottom;
  const ceiling = max ?? Math.max(5, ...columns.map((column) => column.value ?? 0));
  const slot = (width - left * 2) / Math.max(columns.length, 1);
  const barWidth = Math.min(64, slot * 0.7);
  return (
    <ChartFrame title={title} description={description} width={width} height={height}>
      {(hatch) => (
        <g>
          <line x1={left} x2={width - left} y1={top + plot} y2={top + plot} stroke="#4a525c" strokeWidth="1" />
          {columns.map((column, index) => {
            const x = left + index * slot + (slot - barWidth) / 2;
            const barHeight = column.value === null ? 10 : Math.max(column.value > 0 ? 2 : 0, (column.value / ceiling) * plot);
            const y = top + plot - barHeight;
            return (
              <g key={column.label}>
                <rect x={x} y={y} width={barWidth} height={barHeight} fill={column.value === null ? `url(#${hatch})` : '#1b4f8a'} stroke={column.value === null ? '#4a525c' : 'none'} />
                <text x={x + barWidth / 2} y={y - 6} textAnchor="middle" className="chart__value">
                  {column.display}
                </text>
                <text x={x + barWidth / 2} y={top + plot + 20} textAnchor="middle" className="chart__label">
                  {column.label}
                </text>
              </g>
            );
          })}
        </g>
      )}
    </ChartFrame>
  );
}
