import { FIT_COLOUR_STOPS } from './fit-colour';
import {
  ASSIGNED_STROKE,
  CELL_FONT,
  CELL_H,
  CELL_W,
  FONT,
  LINE,
  LOW_FIT_STROKE,
  PAD,
  CURRENT_ELSEWHERE_MARK,
  cellOutline,
  currentRoleMark,
  emptyBadge,
  svgText,
  type SvgSection,
} from './role-map-svg-style';
import { estimateTextWidth, formatFit } from './svg-text';
import type { TeamRoleMap } from './team-map.types';

const LEGEND_BAR_W = 300;
const MAX_GAP_LINES = 30;

/**
 * The colour scale (a gradient bar with the stops as ticks; the gradient itself is defined
 * once in <defs> as `fit-scale`) and one sample per marker, stacked so the legend stays
 * narrower than the heatmap of any real team.
 */
export function renderLegend(
  top: number,
  shown: { hasLeadership: boolean; hasCurrentElsewhere: boolean },
): SvgSection {
  const x = PAD;
  const barTop = top + LINE;
  const parts = [
    svgText(x, top + 12, 'Fit', 'font-weight="bold"'),
    `<rect x="${x}" y="${barTop}" width="${LEGEND_BAR_W}" height="12" fill="url(#fit-scale)"/>`,
    ...FIT_COLOUR_STOPS.map(([fit]) =>
      svgText(
        x + (LEGEND_BAR_W * fit) / 100,
        barTop + 26,
        String(fit),
        `text-anchor="middle" font-size="${CELL_FONT}"`,
      ),
    ),
  ];
  let right = x + LEGEND_BAR_W + PAD;
  let rowTop = barTop + 40;
  const samples: Array<[(y: number) => string, string]> = [
    [(y) => cellOutline(x, y, ASSIGNED_STROKE, false), 'Assigned (optimal assignment)'],
    [(y) => cellOutline(x, y, LOW_FIT_STROKE, true), 'Assigned, fit below the gap threshold'],
    [(y) => currentRoleMark(x, y), 'Current role'],
    [(y) => emptyBadge(x + 3, y + 4), 'Empty slots in the role'],
  ];
  if (shown.hasCurrentElsewhere) {
    samples.push([
      () => '',
      `${CURRENT_ELSEWHERE_MARK} Current role is not one of the required roles`,
    ]);
  }
  if (shown.hasLeadership) samples.push([() => '', '★ Leadership role']);
  for (const [shape, label] of samples) {
    const drawn = shape(rowTop);
    if (drawn) parts.push(drawn);
    const labelX = drawn ? x + CELL_W + 8 : x;
    parts.push(svgText(labelX, rowTop + CELL_H / 2 + 4, label));
    right = Math.max(right, labelX + estimateTextWidth(label, FONT) + PAD);
    rowTop += CELL_H;
  }
  return { parts, bottom: rowTop + 12, right };
}

/** Every gap in words (at most 30 lines, then "+K more gaps"), or "No gaps". */
export function renderGapList(map: TeamRoleMap, top: number): SvgSection {
  const memberName = new Map(map.members.map((m) => [m.id, m.name]));
  const roleTitle = new Map(map.roles.map((r) => [r.id, r.title]));
  const heading = map.gaps.length === 0 ? 'No gaps' : `Gaps (${map.gaps.length})`;
  const parts = [svgText(PAD, top + 12, heading, 'font-weight="bold"')];
  let y = top + 12 + 6;
  let right = 0;
  const lines = map.gaps.slice(0, MAX_GAP_LINES).map((gap) => {
    const role = roleTitle.get(gap.jobRoleId) ?? gap.jobRoleId;
    if (gap.reason === 'empty') return `${role}, slot ${gap.slot}: empty`;
    const name = gap.memberId === undefined ? '' : (memberName.get(gap.memberId) ?? gap.memberId);
    return `${role}, slot ${gap.slot}: low fit, ${name} (${formatFit(gap.fit ?? 0)})`;
  });
  if (map.gaps.length > MAX_GAP_LINES) lines.push(`+${map.gaps.length - MAX_GAP_LINES} more gaps`);
  for (const line of lines) {
    y += LINE;
    parts.push(svgText(PAD, y, line, 'class="gap"'));
    right = Math.max(right, PAD + estimateTextWidth(line, FONT) + PAD);
  }
  return { parts, bottom: y, right };
}
