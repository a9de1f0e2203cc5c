import { useLocaleState, useTranslate } from 'react-admin';
import { percent } from './CoverageBar';
import { makeFormat } from '../i18n/format';

/**
 * One wave's coverage over time as plain SVG (no measuring, no animation): it prints and goes
 * through page.pdf() as it is drawn, scaled by its viewBox to the page width. The title and the
 * axis labels are SVG text, so they are text in the PDF too.
 */
export const WaveCoverageSvg = ({
  name,
  points,
  testId,
}: {
  name: string;
  points: Array<{ at: string; coverage?: number | null }>;
  testId?: string;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const format = makeFormat(locale);
  const W = 640;
  const H = 170;
  const left = 44;
  const right = 16;
  const top = 28;
  const bottom = 24;
  const data = points
    .filter((p) => p.coverage !== null && p.coverage !== undefined)
    .map((p) => ({ t: new Date(p.at).getTime(), v: p.coverage as number }))
    .sort((a, b) => a.t - b.t);
  const t0 = data[0]?.t ?? 0;
  const t1 = data[data.length - 1]?.t ?? 1;
  const span = t1 - t0 || 1;
  const x = (t: number) => left + (data.length === 1 ? 0.5 : (t - t0) / span) * (W - left - right);
  const y = (v: number) => top + (1 - Math.max(0, Math.min(1, v))) * (H - top - bottom);
  const title = translate('posture.rollout.chart_wave', { name });
  const last = data[data.length - 1];
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label={title}
      data-testid={testId}
      data-points={data.length}
      style={{ display: 'block', maxWidth: '100%', breakInside: 'avoid' }}
      fontFamily="inherit"
    >
      <title>{title}</title>
      <text x={left} y={16} fontSize={13} fontWeight={600} fill="currentColor">
        {title}
      </text>
      {[0, 0.5, 1].map((v) => (
        <g key={v}>
          <line
            x1={left}
            x2={W - right}
            y1={y(v)}
            y2={y(v)}
            stroke="#bdbdbd"
            strokeDasharray={v === 0 ? undefined : '3 3'}
          />
          <text x={left - 6} y={y(v) + 4} fontSize={11} textAnchor="end" fill="currentColor">
            {`${v * 100}%`}
          </text>
        </g>
      ))}
      {data.length === 0 ? (
        <text x={W / 2} y={H / 2} fontSize={12} textAnchor="middle" fill="currentColor">
          {translate('posture.rollout.chart_empty')}
        </text>
      ) : (
        <>
          <polyline
            data-testid={testId ? `${testId}-line` : undefined}
            points={data.map((p) => `${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ')}
            fill="none"
            stroke="#1976d2"
            strokeWidth={2}
          />
          {data.length <= 60 &&
            data.map((p) => <circle key={p.t} cx={x(p.t)} cy={y(p.v)} r={2.5} fill="#1976d2" />)}
          <text x={left} y={H - 6} fontSize={11} fill="currentColor">
            {format.day(t0)}
          </text>
          <text x={W - right} y={H - 6} fontSize={11} textAnchor="end" fill="currentColor">
            {format.day(t1)}
          </text>
          {last && (
            <text
              x={Math.min(x(last.t), W - right)}
              y={Math.max(y(last.v) - 6, top - 2)}
              fontSize={11}
              textAnchor="end"
              fill="#1976d2"
            >
              {percent(last.v, locale)}
            </text>
          )}
        </>
      )}
    </svg>
  );
};
