import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
  /** Shown beside the bar instead of the plain value (e.g. "72 / target 80"). */
  text?: string;
  /** A mark on the bar's scale, e.g. a target. */
  marker?: number;
  tone?: 'default' | 'warn' | 'good';
}

/**
 * Horizontal bars with every number also written as text beside its bar, so the chart never
 * carries meaning by length or colour alone. `max` fixes the scale (100 for scores).
 */
export function BarChart({
  bars,
  max,
  title,
  markerLabel,
}: {
  bars: readonly Bar[];
  max?: number;
  title: string;
  markerLabel?: string;
}) {
  const id = useId();
  const scale = max ?? Math.max(1, ...bars.map((b) => Math.max(b.value, b.marker ?? 0)));
  return (
    <figure className="bar-chart" aria-labelledby={`${id}-t`}>
      <figcaption id={`${id}-t`}>{title}</figcaption>
      <ul>
        {bars.map((bar) => (
          <li key={bar.label} className={`bar tone-${bar.tone ?? 'default'}`}>
            <span className="bar-label">{bar.label}</span>
            <span className="bar-track" aria-hidden="true">
              <span
                className="bar-fill"
                style={{ width: `${Math.max(0, Math.min(100, (bar.value / scale) * 100))}%` }}
              />
              {bar.marker !== undefined ? (
                <span
                  className="bar-marker"
                  title={markerLabel}
                  style={{ left: `${Math.max(0, Math.min(100, (bar.marker / scale) * 100))}%` }}
                />
              ) : null}
            </span>
            <span className="bar-value">{bar.text ?? String(bar.value)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
