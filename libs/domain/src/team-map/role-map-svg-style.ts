import { escapeXml } from './svg-text';

/** Geometry and colours of the role-map SVG, shared by its sections. */
export const PAD = 16;
export const FONT = 12;
export const CELL_FONT = 11;
export const TITLE_FONT = 16;
export const CELL_W = 56;
export const CELL_H = 26;
export const LINE = 18;
export const ASSIGNED_STROKE = '#111111';
export const LOW_FIT_STROKE = '#b2182b';
export const EMPTY_BADGE = '#b2182b';
export const BADGE_H = 18;
/** After a member's name when their current role is not one of the map's columns. */
export const CURRENT_ELSEWHERE_MARK = '◇';
const CURRENT_MARK_SIZE = 13;

/** A drawn section: its SVG parts, the y just below it and the x its content reaches. */
export interface SvgSection {
  parts: string[];
  bottom: number;
  right: number;
}

/** A text element; `content` is escaped here, `attributes` must already be safe. */
export function svgText(x: number, y: number, content: string, attributes = ''): string {
  const extra = attributes ? ' ' + attributes : '';
  return `<text x="${round1(x)}" y="${round1(y)}"${extra}>${escapeXml(content)}</text>`;
}

/** A bold cell outline, inset so the outlines of neighbouring cells do not overlap. */
export function cellOutline(
  x: number,
  y: number,
  stroke: string,
  dashed: boolean,
  attributes = '',
): string {
  return (
    `<rect ${attributes ? attributes + ' ' : ''}x="${x + 2}" y="${y + 2}" ` +
    `width="${CELL_W - 4}" height="${CELL_H - 4}" fill="none" stroke="${stroke}" ` +
    `stroke-width="3"${dashed ? ' stroke-dasharray="5 3"' : ''}/>`
  );
}

/**
 * A black triangle in the cell's top-left corner, white-edged so it shows on dark cells too:
 * the member's current role. A shape, so the print reads in black and white.
 */
export function currentRoleMark(x: number, y: number, attributes = ''): string {
  return (
    `<path ${attributes ? attributes + ' ' : ''}d="M${x + 1} ${y + 1}h${CURRENT_MARK_SIZE}` +
    `l${-CURRENT_MARK_SIZE} ${CURRENT_MARK_SIZE}z" fill="#111111" stroke="#ffffff" stroke-width="1"/>`
  );
}

/** The red pill that counts a role's empty slots (its text is drawn by the caller). */
export function emptyBadge(x: number, y: number): string {
  return (
    `<rect x="${x}" y="${y}" width="${CELL_W - 6}" height="${BADGE_H}" rx="${BADGE_H / 2}" ` +
    `fill="${EMPTY_BADGE}"/>`
  );
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
