/**
 * Heatmap colour scale: dark red for poor fits through yellow to green for perfect ones.
 * Stops are placed where fits actually spread (most people land between 50 and 100).
 */
export const FIT_COLOUR_STOPS: ReadonlyArray<readonly [fit: number, colour: string]> = [
  [0, '#a50026'],
  [40, '#d73027'],
  [60, '#fdae61'],
  [75, '#fee08b'],
  [90, '#a6d96a'],
  [100, '#1a9850'],
];

export function fitColour(fit: number): string {
  const clamped = Math.min(100, Math.max(0, fit));
  for (let k = 1; k < FIT_COLOUR_STOPS.length; k++) {
    const [to, toColour] = FIT_COLOUR_STOPS[k];
    if (clamped > to) continue;
    const [from, fromColour] = FIT_COLOUR_STOPS[k - 1];
    return mix(fromColour, toColour, (clamped - from) / (to - from));
  }
  return FIT_COLOUR_STOPS[FIT_COLOUR_STOPS.length - 1][1];
}

/** Black or white, whichever reads better on the background (WCAG relative luminance). */
export function textColourOn(background: string): string {
  const [r, g, b] = rgb(background).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with black (L + 0.05) / 0.05 vs with white 1.05 / (L + 0.05): equal at L ≈ 0.179.
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

function mix(a: string, b: string, t: number): string {
  const ca = rgb(a);
  const cb = rgb(b);
  return (
    '#' +
    ca
      .map((c, k) => Math.round(c + (cb[k] - c) * t))
      .map((c) => c.toString(16).padStart(2, '0'))
      .join('')
  );
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
