import { ChartFrame } from './chart-frame';

/** One share as a filled bar from 0 to 100 %, hatched when it is not shown. */
export function ShareMeter({ description, share, title }: { description: string; share: number | null; title: string }) {
  const width = 400;
  return (
    <ChartFrame title={title} description={description} width={width} height={28}>
      {(hatch) => (
        <g>
          <rect x={0} y={4} width={width} height={20} fill="#eceef1" stroke="#6b7480" />
          <rect x={0} y={4} width={share === null ? width : (share / 100) * width} height={20} fill={share === null ? `url(#${hatch})` : '#1e6b34'} />
        </g>
      )}
    </ChartFrame>
  );
}
