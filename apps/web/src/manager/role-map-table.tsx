import { fitColour, textColourOn } from '@rolefit/domain/team-map/fit-colour';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/language';
import type { RoleMap } from './data';
import { managerMessages } from './messages';
import { Pager } from '../staff/ui/pager';

const ROWS_PER_PAGE = 25;

/** The map's member search: a case-insensitive part of the name; an empty search finds all. */
export function matchesMemberSearch(name: string, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  return !q || name.toLocaleLowerCase().includes(q);
}

export interface CellDetail {
  memberIndex: number;
  roleIndex: number;
}

/**
 * The team-role map as a real table: members × required roles, each cell coloured by fit and
 * showing the whole-number fit; ◆ marks the optimal assignment (also outlined), ● the member's
 * current role, ! a gap (an assigned fit below the threshold). Column heads name empty slots
 * and overlaps in words. One cell is in the tab order; arrow keys move between cells, and
 * the focused (or hovered) cell's details are written out beside the table.
 */
export function RoleMapTable({
  map,
  roleTitle,
  gapThreshold = 60,
  query: sharedQuery,
  onQueryChange,
}: {
  map: RoleMap;
  roleTitle: (id: string | null) => string;
  gapThreshold?: number;
  /** The search, when the page shares it (moves and coaching follow it); else the table's own. */
  query?: string;
  onQueryChange?: (query: string) => void;
}) {
  const { t, tp, formatNumber } = useT(managerMessages);
  const [ownQuery, setOwnQuery] = useState('');
  const query = sharedQuery ?? ownQuery;
  const setQuery = onQueryChange ?? setOwnQuery;
  const [page, setPage] = useState(1);
  const [active, setActive] = useState<CellDetail>({ memberIndex: 0, roleIndex: 0 });
  const [focused, setFocused] = useState<CellDetail>();
  const [hovered, setHovered] = useState<CellDetail>();
  // Pointing shows a cell's details while the pointer is on the table; otherwise the keyboard's.
  const detail = hovered ?? focused;
  const table = useRef<HTMLTableElement>(null);

  const optimalRole = useMemo(
    () => new Map(map.assignment.map((a) => [a.memberId, a.jobRoleId])),
    [map],
  );
  const rows = useMemo(() => {
    // By name, so a person is easy to find; `index` keeps their row of the fit matrix.
    return map.members
      .map((member, index) => ({ member, index }))
      .filter(({ member }) => matchesMemberSearch(member.name, query))
      .sort((a, b) => a.member.name.localeCompare(b.member.name));
  }, [map, query]);
  const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE));
  const shownPage = Math.min(page, pages);
  const shown = rows.slice((shownPage - 1) * ROWS_PER_PAGE, shownPage * ROWS_PER_PAGE);
  const emptySlots = (roleId: string) =>
    map.gaps.filter((g) => g.jobRoleId === roleId && g.reason === 'empty').length;
  const overlap = (roleId: string) => map.overlaps.find((o) => o.jobRoleId === roleId);
  const whole = (fit: number) => formatNumber(Math.round(fit));

  const activeRow = Math.min(active.memberIndex, Math.max(0, shown.length - 1));
  function move(event: KeyboardEvent, row: number, col: number) {
    const lastRow = shown.length - 1;
    const lastCol = map.roles.length - 1;
    const next: Record<string, [number, number]> = {
      ArrowUp: [Math.max(0, row - 1), col],
      ArrowDown: [Math.min(lastRow, row + 1), col],
      ArrowLeft: [row, Math.max(0, col - 1)],
      ArrowRight: [row, Math.min(lastCol, col + 1)],
      Home: [row, 0],
      End: [row, lastCol],
    };
    const target = next[event.key];
    if (!target) return;
    event.preventDefault();
    setActive({ memberIndex: target[0], roleIndex: target[1] });
    table.current?.querySelector<HTMLElement>(`[data-cell="${target[0]}-${target[1]}"]`)?.focus();
  }

  const described = detail ?? { memberIndex: -1, roleIndex: -1 };
  const detailMember = map.members[described.memberIndex];
  const detailRole = map.roles[described.roleIndex];

  return (
    <div className="role-map">
      <div className="map-tools">
        <label>
          {t('manager.map.search')}
          <input
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setPage(1);
            }}
          />
        </label>
        <p role="status">{tp('manager.map.found', rows.length)}</p>
      </div>
      <MapLegend />
      <div className="cell-details" aria-label={t('manager.map.details')} role="region">
        {detailMember && detailRole ? (
          <CellDescription
            map={map}
            memberIndex={described.memberIndex}
            roleIndex={described.roleIndex}
            roleTitle={roleTitle}
            optimalRoleId={optimalRole.get(detailMember.id) ?? null}
            gapThreshold={gapThreshold}
          />
        ) : (
          <p>{t('manager.map.detailsHint')}</p>
        )}
      </div>
      <div className="table-scroll" role="region" aria-labelledby="map-caption" tabIndex={-1}>
        <table ref={table} className="map-table" onMouseLeave={() => setHovered(undefined)}>
          <caption id="map-caption">{t('manager.map.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('manager.map.member')}</th>
              {map.roles.map((role) => {
                const empty = emptySlots(role.id);
                const over = overlap(role.id);
                return (
                  <th scope="col" key={role.id}>
                    <span className="role-title">{role.title}</span>
                    <span className="role-meta">{tp('manager.map.slots', role.slots)}</span>
                    {empty > 0 && (
                      <span className="role-flag">{tp('manager.map.emptySlots', empty)}</span>
                    )}
                    {over && (
                      <span className="role-flag">
                        {t('manager.map.overlap', {
                          count: over.bestFitMembers.length,
                          slots: over.slots,
                        })}
                      </span>
                    )}
                  </th>
                );
              })}
              <th scope="col">{t('manager.map.now')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ member, index }, r) => (
              <tr key={member.id}>
                <th scope="row">{member.name}</th>
                {map.roles.map((role, c) => {
                  const fit = map.fitMatrix[index]?.[c] ?? 0;
                  const optimal = optimalRole.get(member.id) === role.id;
                  const current = member.currentJobRoleId === role.id;
                  const gap = optimal && fit < gapThreshold;
                  const background = fitColour(fit);
                  const isActive = r === activeRow && c === active.roleIndex;
                  return (
                    <td
                      key={role.id}
                      data-cell={`${r}-${c}`}
                      tabIndex={isActive ? 0 : -1}
                      className={`fit-cell${optimal ? ' optimal' : ''}${current ? ' current' : ''}`}
                      style={{ background, color: textColourOn(background) }}
                      onKeyDown={(e) => move(e, r, c)}
                      onFocus={() => {
                        setActive({ memberIndex: r, roleIndex: c });
                        setFocused({ memberIndex: index, roleIndex: c });
                      }}
                      onMouseEnter={() => setHovered({ memberIndex: index, roleIndex: c })}
                    >
                      <span className="fit-number">{whole(fit)}</span>
                      {optimal && (
                        <span className="marker" aria-hidden="true">
                          ◆
                        </span>
                      )}
                      {current && (
                        <span className="marker" aria-hidden="true">
                          ●
                        </span>
                      )}
                      {gap && (
                        <span className="marker" aria-hidden="true">
                          !
                        </span>
                      )}
                      <span className="visually-hidden">
                        {[
                          optimal && t('manager.map.optimalShort'),
                          current && t('manager.map.currentShort'),
                          gap && t('manager.map.gapShort'),
                        ]
                          .filter(Boolean)
                          .join(', ')}
                      </span>
                    </td>
                  );
                })}
                <td>
                  {member.currentJobRoleId
                    ? `${roleTitle(member.currentJobRoleId)} (${member.currentFit === null ? '–' : whole(member.currentFit)})`
                    : t('manager.map.noRole')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        page={shownPage}
        pageSize={ROWS_PER_PAGE}
        total={rows.length}
        label={t('manager.map.pages')}
        onPage={setPage}
      />
    </div>
  );
}

function MapLegend() {
  const { t } = useT(managerMessages);
  return (
    <ul className="map-legend" aria-label={t('manager.map.legend')}>
      <li>
        <span className="legend-swatch optimal" aria-hidden="true">
          ◆
        </span>{' '}
        {t('manager.map.legendOptimal')}
      </li>
      <li>
        <span className="legend-swatch" aria-hidden="true">
          ●
        </span>{' '}
        {t('manager.map.legendCurrent')}
      </li>
      <li>
        <span className="legend-swatch" aria-hidden="true">
          !
        </span>{' '}
        {t('manager.map.legendGap')}
      </li>
      <li>
        <span className="legend-scale" aria-hidden="true" /> {t('manager.map.legendColour')}
      </li>
    </ul>
  );
}

function CellDescription({
  map,
  memberIndex,
  roleIndex,
  roleTitle,
  optimalRoleId,
  gapThreshold,
}: {
  map: RoleMap;
  memberIndex: number;
  roleIndex: number;
  roleTitle: (id: string | null) => string;
  optimalRoleId: string | null;
  gapThreshold: number;
}) {
  const { t, formatNumber } = useT(managerMessages);
  const member = map.members[memberIndex]!;
  const role = map.roles[roleIndex]!;
  const fit = map.fitMatrix[memberIndex]?.[roleIndex] ?? 0;
  const column = map.fitMatrix.map((row) => row[roleIndex] ?? 0);
  const rank = 1 + column.filter((f) => f > fit).length;
  const whole = (n: number) => formatNumber(Math.round(n));
  return (
    <>
      <p className="detail-title">
        {t('manager.map.detailFit', { member: member.name, role: role.title, fit: whole(fit) })}
      </p>
      <p>
        {t('manager.map.detailRank', { rank, count: map.members.length, role: role.title })}{' '}
        {optimalRoleId === role.id
          ? fit < gapThreshold
            ? t('manager.map.detailOptimalGap', { threshold: gapThreshold })
            : t('manager.map.detailOptimal')
          : optimalRoleId
            ? t('manager.map.detailOptimalElsewhere', { role: roleTitle(optimalRoleId) })
            : t('manager.map.detailUnassigned')}{' '}
        {member.currentJobRoleId
          ? t('manager.map.detailNow', {
              role: roleTitle(member.currentJobRoleId),
              fit: member.currentFit === null ? '–' : whole(member.currentFit),
            })
          : t('manager.map.detailNoRole')}
      </p>
    </>
  );
}
