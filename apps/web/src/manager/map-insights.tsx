import { useState } from 'react';
import { useT } from '../i18n/language';
import type { Dimension, RoleMap } from './data';
import { managerMessages } from './messages';
import { Pager } from '../staff/ui/pager';

/** Entries a page in the moves and coaching lists (a 500-member team would be a long page). */
export const LIST_PAGE_SIZE = 10;

/** Whether two searches found the same members (undefined: no search). */
function sameMembers(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined) {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/**
 * One page of a list's entries, back to the first page when the search finds other members
 * (not when the page merely renders again, e.g. after a move is tried), and never past the
 * last page. `paged: false` gives every entry (the print view) and no pager.
 */
function useListPage<T>(entries: T[], memberIds: ReadonlySet<string> | undefined, paged: boolean) {
  const [page, setPage] = useState(1);
  const [searchedFor, setSearchedFor] = useState(memberIds);
  if (!sameMembers(searchedFor, memberIds)) {
    setSearchedFor(memberIds);
    setPage(1);
  }
  if (!paged) return { shown: entries, first: 1, page: 1, setPage };
  const pages = Math.max(1, Math.ceil(entries.length / LIST_PAGE_SIZE));
  const shownPage = Math.min(page, pages);
  const first = (shownPage - 1) * LIST_PAGE_SIZE + 1;
  return {
    shown: entries.slice(first - 1, first - 1 + LIST_PAGE_SIZE),
    first,
    page: shownPage,
    setPage,
  };
}

/** Whole numbers with a sign for changes: "+7", "−3", "0". */
function useWhole() {
  const { formatNumber } = useT(managerMessages);
  return {
    whole: (n: number) => formatNumber(Math.round(n)),
    signed: (n: number) => formatNumber(Math.round(n), { signDisplay: 'exceptZero' }),
  };
}

/** Mean fit now vs. optimal: what a manager can compare between teams (sums grow with size). */
export function MeanFitSummary({ map }: { map: RoleMap }) {
  const { t } = useT(managerMessages);
  const { whole, signed } = useWhole();
  const now = map.meanFitCurrent;
  const best = map.meanFitOptimal;
  return (
    <dl className="mean-fit">
      <div>
        <dt>{t('manager.insights.meanNow')}</dt>
        <dd>{now === null ? t('manager.insights.noRoles') : whole(now)}</dd>
      </div>
      <div>
        <dt>{t('manager.insights.meanOptimal')}</dt>
        <dd>{best === null ? '–' : whole(best)}</dd>
      </div>
      {now !== null && best !== null && (
        <div>
          <dt>{t('manager.insights.meanChange')}</dt>
          <dd>{signed(best - now)}</dd>
        </div>
      )}
    </dl>
  );
}

/**
 * Suggested moves, best gain first, then placements of members who have no role now (their
 * "change" would only be the new fit, so it is shown as that: a fit, not a gain). Each can be
 * tried in the what-if; its button is described by the move, so focusing it reads the move.
 * Follows the map's search (the moved member) and shows a page of LIST_PAGE_SIZE at a time.
 */
export function MovesList({
  map,
  roleTitle,
  onTry,
  memberIds,
  paged = true,
}: {
  map: RoleMap;
  roleTitle: (id: string | null) => string;
  onTry?: (memberId: string, jobRoleId: string | null) => void;
  /** Only the moves of these members (e.g. the table's search); all when undefined. */
  memberIds?: ReadonlySet<string>;
  /** A page at a time with a pager (the map page); false: every move (the print view). */
  paged?: boolean;
}) {
  const { t, tp } = useT(managerMessages);
  const { signed, whole } = useWhole();
  const name = memberNames(map);
  const byGain = (a: { fitChange: number }, b: { fitChange: number }) => b.fitChange - a.fitChange;
  const found = map.moves.filter((m) => !memberIds || memberIds.has(m.memberId));
  const moves = [
    ...found.filter((m) => m.from !== null).sort(byGain),
    ...found.filter((m) => m.from === null).sort(byGain),
  ];
  const { shown, first, page, setPage } = useListPage(moves, memberIds, paged);
  return (
    <section aria-labelledby="moves-heading" className="insight">
      <h2 id="moves-heading">{t('manager.insights.moves')}</h2>
      {/* Always present, so the count is announced when the map's search changes it. */}
      <p role="status" className={memberIds ? 'search-count' : 'visually-hidden'}>
        {memberIds ? tp('manager.insights.movesFound', moves.length) : ''}
      </p>
      {moves.length === 0 ? (
        <p>
          {memberIds && map.moves.length > 0
            ? t('manager.insights.noMovesMatch')
            : t('manager.insights.noMoves')}
        </p>
      ) : (
        <ol className="moves" start={first}>
          {shown.map((move) => (
            <li key={move.memberId}>
              <span id={`move-${move.memberId}`}>
                {move.from === null
                  ? t('manager.insights.placement', {
                      member: name(move.memberId),
                      to: roleTitle(move.to),
                      fit: whole(move.fitChange),
                    })
                  : t('manager.insights.move', {
                      member: name(move.memberId),
                      from: roleTitle(move.from),
                      to: roleTitle(move.to),
                      change: signed(move.fitChange),
                    })}
              </span>
              {onTry && (
                <button
                  type="button"
                  className="secondary small no-print"
                  aria-describedby={`move-${move.memberId}`}
                  onClick={() => onTry(move.memberId, move.to)}
                >
                  {t('manager.insights.tryMove')}
                  <span className="visually-hidden">
                    {' '}
                    {t('manager.insights.tryMoveOf', { member: name(move.memberId) })}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {paged && (
        <Pager
          page={page}
          pageSize={LIST_PAGE_SIZE}
          total={moves.length}
          label={t('manager.insights.movesPages')}
          onPage={setPage}
        />
      )}
    </section>
  );
}

/**
 * Per member, the two dimensions with the largest weighted shortfall, in words; follows the
 * map's search and shows a page of LIST_PAGE_SIZE at a time.
 */
export function CoachingList({
  map,
  dimensions,
  roleTitle,
  memberIds,
  paged = true,
}: {
  map: RoleMap;
  dimensions: Dimension[];
  roleTitle: (id: string | null) => string;
  /** Only these members (e.g. the table's search); all when undefined. */
  memberIds?: ReadonlySet<string>;
  /** A page at a time with a pager (the map page); false: everyone (the print view). */
  paged?: boolean;
}) {
  const { t, tp, language } = useT(managerMessages);
  const { whole } = useWhole();
  const name = memberNames(map);
  const dimensionName = (key: string) =>
    dimensions.find((d) => d.key === key)?.name[language] ?? key;
  const entries = map.coaching.filter(
    (c) => c.dimensions.length > 0 && (!memberIds || memberIds.has(c.memberId)),
  );
  const { shown, page, setPage } = useListPage(entries, memberIds, paged);
  return (
    <section aria-labelledby="coaching-heading" className="insight">
      <h2 id="coaching-heading">{t('manager.insights.coaching')}</h2>
      <p className="hint">{t('manager.insights.coachingHint')}</p>
      {/* Always present, so the count is announced when the map's search changes it. */}
      <p role="status" className={memberIds ? 'search-count' : 'visually-hidden'}>
        {memberIds ? tp('manager.insights.coachingFound', entries.length) : ''}
      </p>
      {entries.length === 0 ? (
        <p>
          {memberIds ? t('manager.insights.noCoachingMatch') : t('manager.insights.noCoaching')}
        </p>
      ) : (
        <ul className="coaching">
          {shown.map((c) => (
            <li key={c.memberId}>
              <strong>
                {t('manager.insights.coachingWho', {
                  member: name(c.memberId),
                  role: roleTitle(c.jobRoleId),
                })}
              </strong>{' '}
              {c.dimensions
                .map((d) =>
                  d.score < d.target
                    ? t('manager.insights.shortBy', {
                        dimension: dimensionName(d.dimension),
                        score: whole(d.score),
                        target: whole(d.target),
                        gap: whole(d.target - d.score),
                      })
                    : t('manager.insights.overBy', {
                        dimension: dimensionName(d.dimension),
                        score: whole(d.score),
                        target: whole(d.target),
                        gap: whole(d.score - d.target),
                      }),
                )
                .join(' ')}
            </li>
          ))}
        </ul>
      )}
      {paged && (
        <Pager
          page={page}
          pageSize={LIST_PAGE_SIZE}
          total={entries.length}
          label={t('manager.insights.coachingPages')}
          onPage={setPage}
        />
      )}
    </section>
  );
}

/** Tip 10: where the top performer ranks on each leadership role, said plainly. */
export function LeadershipBench({
  map,
  roleTitle,
}: {
  map: RoleMap;
  roleTitle: (id: string | null) => string;
}) {
  const { t } = useT(managerMessages);
  const { whole } = useWhole();
  const name = memberNames(map);
  if (map.leadership.length === 0) {
    return (
      <section aria-labelledby="bench-heading" className="insight">
        <h2 id="bench-heading">{t('manager.insights.bench')}</h2>
        <p>{t('manager.insights.noLeadershipRoles')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="bench-heading" className="insight">
      <h2 id="bench-heading">{t('manager.insights.bench')}</h2>
      {map.leadership.map((bench) => {
        const top = bench.ranking.slice(0, 3);
        const count = map.members.length;
        return (
          <div key={bench.jobRoleId} className="bench">
            <h3>{roleTitle(bench.jobRoleId)}</h3>
            <p>
              {bench.topPerformerId === null || bench.topPerformerRank === null
                ? t('manager.insights.noPerformance')
                : bench.topPerformerRank === 1
                  ? t('manager.insights.topPerformerFirst', {
                      member: name(bench.topPerformerId),
                      count,
                    })
                  : t('manager.insights.topPerformerRank', {
                      member: name(bench.topPerformerId),
                      rank: bench.topPerformerRank,
                      count,
                    })}
            </p>
            <ol className="bench-ranking">
              {top.map((entry) => (
                <li key={entry.memberId}>
                  {t('manager.insights.benchEntry', {
                    member: name(entry.memberId),
                    fit: whole(entry.fit),
                  })}
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </section>
  );
}

function memberNames(map: RoleMap): (id: string) => string {
  const names = new Map(map.members.map((m) => [m.id, m.name]));
  return (id) => names.get(id) ?? '–';
}
