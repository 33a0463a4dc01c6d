import { fitColour, textColourOn } from './fit-colour';
import {
  ASSIGNED_STROKE,
  BADGE_H,
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
import { escapeXml, estimateTextWidth, formatFit } from './svg-text';
import type { TeamRoleMap } from './team-map.types';

/** Column titles are drawn at 45°; sin 45° = cos 45°. */
const DIAGONAL = Math.SQRT1_2;

/**
 * The heatmap: role titles at 45° (long titles need no truncation), one row per visible
 * member, a cell per role coloured and labelled by fit, assigned cells outlined, and under
 * each column a badge counting its empty slots.
 */
export class RoleMapGrid {
  private readonly assigned = new Map<string, string>();
  private readonly lowFit = new Set<string>();
  private readonly emptySlots: number[];
  private readonly visibleRows: number;
  private readonly gridX: number;
  private readonly roleIds: Set<string>;
  /** Some visible member's current role is not a required role (◇ by the name). */
  readonly hasCurrentElsewhere: boolean;

  constructor(
    private readonly map: TeamRoleMap,
    maxRows: number,
  ) {
    for (const a of map.assignment) this.assigned.set(a.memberId, a.jobRoleId);
    const roleIndex = new Map(map.roles.map((r, j) => [r.id, j]));
    this.emptySlots = map.roles.map(() => 0);
    for (const gap of map.gaps) {
      const j = roleIndex.get(gap.jobRoleId);
      if (gap.reason === 'empty' && j !== undefined) this.emptySlots[j]++;
      if (gap.reason === 'lowFit' && gap.memberId !== undefined) {
        this.lowFit.add(cellKey(gap.memberId, gap.jobRoleId));
      }
    }
    this.visibleRows = Math.min(map.members.length, maxRows);
    this.roleIds = new Set(map.roles.map((r) => r.id));
    const visible = map.members.slice(0, this.visibleRows);
    this.hasCurrentElsewhere = visible.some((m) => this.currentElsewhere(m));
    const labelWidth = Math.max(
      0,
      ...visible.map((m) => estimateTextWidth(this.rowLabel(m), FONT)),
    );
    this.gridX = PAD + labelWidth + 8;
  }

  render(top: number): SvgSection {
    const titles = this.columnTitles(top);
    const rows = this.rows(titles.bottom);
    const badges = this.emptySlotBadges(rows.bottom);
    return {
      parts: [...titles.parts, ...rows.parts, ...badges.parts],
      bottom: badges.bottom,
      right: Math.max(titles.right, rows.right),
    };
  }

  private columnTitles(top: number): SvgSection {
    const labels = this.map.roles.map((r) => roleLabel(r.title, r.slots, r.isLeadership));
    const longest = Math.max(0, ...labels.map((l) => estimateTextWidth(l, FONT)));
    const baseline = top + Math.ceil(longest * DIAGONAL) + 8;
    const parts = labels.map((label, j) => {
      const x = this.gridX + j * CELL_W + CELL_W / 2;
      return svgText(x, baseline, label, `transform="rotate(-45 ${x} ${baseline})"`);
    });
    const right = this.gridX + this.map.roles.length * CELL_W + longest * DIAGONAL + PAD;
    return { parts, bottom: baseline + 6, right };
  }

  private rows(top: number): SvgSection {
    const parts: string[] = [];
    this.map.members.slice(0, this.visibleRows).forEach((member, i) => {
      const rowY = top + i * CELL_H;
      parts.push(
        svgText(this.gridX - 8, rowY + CELL_H / 2 + 4, this.rowLabel(member), 'text-anchor="end"'),
      );
      this.map.roles.forEach((role, j) => parts.push(...this.cell(member, role, i, j, rowY)));
    });
    let bottom = top + this.visibleRows * CELL_H;
    let right = this.gridX + this.map.roles.length * CELL_W + PAD;
    const hidden = this.map.members.length - this.visibleRows;
    const note =
      this.map.members.length === 0
        ? 'No members'
        : hidden > 0
          ? `+${hidden} more members not shown`
          : null;
    if (note !== null) {
      parts.push(svgText(PAD, bottom + LINE, note, 'class="more-rows" fill="#555555"'));
      right = Math.max(right, PAD + estimateTextWidth(note, FONT) + PAD);
      bottom += LINE + 4;
    }
    return { parts, bottom, right };
  }

  /** A current role outside the required roles (stored maps before this field: never). */
  private currentElsewhere(member: MapMember): boolean {
    const current = member.currentJobRoleId;
    return typeof current === 'string' && !this.roleIds.has(current);
  }

  private rowLabel(member: MapMember): string {
    return this.currentElsewhere(member) ? `${member.name} ${CURRENT_ELSEWHERE_MARK}` : member.name;
  }

  private cell(
    member: MapMember,
    role: { id: string; title: string },
    i: number,
    j: number,
    rowY: number,
  ): string[] {
    const fit = this.map.fitMatrix[i]?.[j] ?? 0;
    const x = this.gridX + j * CELL_W;
    const fill = fitColour(fit);
    const ids = `data-member-id="${escapeXml(member.id)}" data-role-id="${escapeXml(role.id)}"`;
    const tooltip = escapeXml(`${member.name} · ${role.title}: ${formatFit(fit)}`);
    const parts = [
      `<rect class="cell" ${ids} x="${x}" y="${rowY}" width="${CELL_W}" height="${CELL_H}" ` +
        `fill="${fill}" stroke="#ffffff"><title>${tooltip}</title></rect>`,
      svgText(
        x + CELL_W / 2,
        rowY + CELL_H / 2 + 4,
        formatFit(fit),
        `text-anchor="middle" font-size="${CELL_FONT}" fill="${textColourOn(fill)}"`,
      ),
    ];
    if (this.assigned.get(member.id) === role.id) {
      const low = this.lowFit.has(cellKey(member.id, role.id));
      const stroke = low ? LOW_FIT_STROKE : ASSIGNED_STROKE;
      parts.push(
        cellOutline(x, rowY, stroke, low, `class="assigned${low ? ' low-fit' : ''}" ${ids}`),
      );
    }
    // After the outline, so an assigned current role still shows its corner.
    if (member.currentJobRoleId === role.id) {
      parts.push(currentRoleMark(x, rowY, `class="current-role" ${ids}`));
    }
    return parts;
  }

  private emptySlotBadges(top: number): SvgSection {
    const parts: string[] = [];
    const y = top + 6;
    this.emptySlots.forEach((count, j) => {
      if (count === 0) return;
      const x = this.gridX + j * CELL_W + 3;
      const label = svgText(
        x + (CELL_W - 6) / 2,
        y + 13,
        `${count} empty`,
        `text-anchor="middle" fill="#ffffff" font-size="${CELL_FONT}"`,
      );
      const roleId = escapeXml(this.map.roles[j].id);
      parts.push(`<g class="empty-slots" data-role-id="${roleId}">${emptyBadge(x, y)}${label}</g>`);
    });
    return { parts, bottom: y + BADGE_H + 14, right: 0 };
  }
}

type MapMember = TeamRoleMap['members'][number];

function cellKey(memberId: string, roleId: string): string {
  return JSON.stringify([memberId, roleId]);
}

function roleLabel(title: string, slots: number, isLeadership: boolean): string {
  return `${isLeadership ? '★ ' : ''}${title} (${slots} ${slots === 1 ? 'slot' : 'slots'})`;
}
