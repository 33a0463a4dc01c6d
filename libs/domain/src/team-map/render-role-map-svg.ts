import { FIT_COLOUR_STOPS } from './fit-colour';
import { RoleMapGrid } from './role-map-svg-grid';
import { renderGapList, renderLegend } from './role-map-svg-legend';
import { FONT, LINE, PAD, TITLE_FONT, svgText } from './role-map-svg-style';
import { escapeXml, estimateTextWidth, formatFit } from './svg-text';
import type { TeamRoleMap } from './team-map.types';

export interface RoleMapSvgOptions {
  /** Heading and accessible title; default "Team-role map". */
  title?: string;
  /**
   * Member rows drawn at most (default 50, which stays readable); the rest are summarised in a
   * "+K more members not shown" line. The gap list likewise stops at 30 lines, then "+K more
   * gaps". Columns are never cut: a team requires a handful of roles, not hundreds.
   */
  maxRows?: number;
}

const DEFAULT_MAX_ROWS = 50;

/**
 * The team-role map as a standalone SVG document, sized to its content: a heading with the
 * mean fit now and optimal (and the totals); a heatmap of members (rows) × required roles
 * (columns) coloured and labelled by fit in whole numbers, the assigned cells outlined in bold
 * (red and dashed when the fit is a low-fit gap), each member's current role marked with a
 * corner triangle (or ◇ by the name when it is not a required role), a badge under each column
 * counting its empty slots; a legend of the colour scale and the markers; and every gap in
 * words. Shapes, not colour alone, carry every marker, so it reads in black and white. All
 * text from the result is XML-escaped.
 */
export function renderRoleMapSvg(result: TeamRoleMap, options: RoleMapSvgOptions = {}): string {
  const title = options.title ?? 'Team-role map';
  const maxRows = Math.max(1, Math.floor(options.maxRows ?? DEFAULT_MAX_ROWS));
  const summary =
    `Mean fit now ${formatFit(result.meanFitCurrent)} · optimal ` +
    `${formatFit(result.meanFitOptimal)} (total ${formatFit(result.totalFitCurrent)} → ` +
    `${formatFit(result.totalFitOptimal)}) · ${result.members.length} members × ` +
    `${result.roles.length} roles`;
  const heading = [
    svgText(PAD, PAD + TITLE_FONT, title, `font-size="${TITLE_FONT}" font-weight="bold"`),
    svgText(PAD, PAD + TITLE_FONT + LINE, summary, 'fill="#333333"'),
  ];
  const roleMapGrid = new RoleMapGrid(result, maxRows);
  const grid = roleMapGrid.render(PAD + TITLE_FONT + LINE + 12);
  const legend = renderLegend(grid.bottom, {
    hasLeadership: result.roles.some((r) => r.isLeadership),
    hasCurrentElsewhere: roleMapGrid.hasCurrentElsewhere,
  });
  const gaps = renderGapList(result, legend.bottom);

  const width = Math.ceil(
    Math.max(
      PAD + estimateTextWidth(title, TITLE_FONT) + PAD,
      PAD + estimateTextWidth(summary, FONT) + PAD,
      grid.right,
      legend.right,
      gaps.right,
    ),
  );
  const height = Math.ceil(gaps.bottom + PAD);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="map-title" ` +
      `font-family="Helvetica, Arial, sans-serif" font-size="${FONT}">`,
    `<title id="map-title">${escapeXml(title)}</title>`,
    '<defs>',
    '<linearGradient id="fit-scale" x1="0" x2="1" y1="0" y2="0">',
    ...FIT_COLOUR_STOPS.map(([fit, colour]) => `<stop offset="${fit}%" stop-color="${colour}"/>`),
    '</linearGradient>',
    '</defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...heading,
    ...grid.parts,
    ...legend.parts,
    ...gaps.parts,
    '</svg>',
  ].join('\n');
}
