import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { loadDimensions, loadJobRoles, loadRoleMap, loadTeam, useLoad, type RoleMap } from './data';
import { CoachingList, LeadershipBench, MeanFitSummary, MovesList } from './map-insights';
import { managerMessages } from './messages';
import './manager.css';
import { useRoleTitle } from './role-map-page';

/**
 * The map for the team meeting: A4 landscape, no app chrome, every member on paper (the table,
 * every move and every coaching focus, not a page of each as on screen), and it reads in black
 * and white — each cell has its number, ◆ / ● / ! say optimal, current and gap.
 */
export function PrintPage() {
  const { t, formatDate } = useT(managerMessages);
  const { teamId = '' } = useParams();
  const data = useLoad(async () => {
    const [team, map, jobRoles, dimensions] = await Promise.all([
      loadTeam(teamId),
      loadRoleMap(teamId),
      loadJobRoles(),
      loadDimensions(),
    ]);
    return { team, map, jobRoles, dimensions };
  }, `print:${teamId}`);
  const roleTitle = useRoleTitle(data.data?.jobRoles, data.data?.map?.roles ?? []);
  // The print view is a page of its own: app chrome is hidden on paper and on screen.
  useEffect(() => {
    document.body.classList.add('print-view');
    return () => document.body.classList.remove('print-view');
  }, []);
  if (data.error) return <p role="alert">{data.error}</p>;
  if (!data.data) return <p role="status">{t('manager.loading')}</p>;
  const { team, map, dimensions } = data.data;
  const title = t('manager.map.titleOf', { team: team.name });
  return (
    <div className="print-sheet">
      <Page title={title}>
        <div className="no-print print-actions">
          <button type="button" onClick={() => window.print()}>
            {t('manager.print.print')}
          </button>
          <Link to={`/app/teams/${teamId}/map`}>{t('manager.print.back')}</Link>
        </div>
        {!map ? (
          <p className="empty-state">{t('manager.map.none')}</p>
        ) : (
          <>
            <p>
              {t('manager.map.analysedAt', {
                date: formatDate(map.completedAt, { dateStyle: 'long', timeStyle: 'short' }),
              })}
            </p>
            <MeanFitSummary map={map} />
            <PrintTable map={map} roleTitle={roleTitle} />
            <div className="print-columns">
              <MovesList map={map} roleTitle={roleTitle} paged={false} />
              <LeadershipBench map={map} roleTitle={roleTitle} />
            </div>
            <CoachingList map={map} dimensions={dimensions} roleTitle={roleTitle} paged={false} />
          </>
        )}
      </Page>
    </div>
  );
}

function PrintTable({
  map,
  roleTitle,
}: {
  map: RoleMap;
  roleTitle: (id: string | null) => string;
}) {
  const { t, tp, formatNumber } = useT(managerMessages);
  const optimal = new Map(map.assignment.map((a) => [a.memberId, a.jobRoleId]));
  const whole = (n: number) => formatNumber(Math.round(n));
  return (
    <>
      <p className="print-legend">{t('manager.print.legend')}</p>
      {/* On a phone the table scrolls in its own region (the page does not); on paper it is
          all there. */}
      <div className="table-scroll" role="region" aria-labelledby="print-map-caption" tabIndex={0}>
        <table className="map-table print-table">
          <caption id="print-map-caption">{t('manager.map.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('manager.map.member')}</th>
              {map.roles.map((role) => (
                <th scope="col" key={role.id}>
                  {role.title}
                  <span className="role-meta">{tp('manager.map.slots', role.slots)}</span>
                </th>
              ))}
              <th scope="col">{t('manager.map.now')}</th>
            </tr>
          </thead>
          <tbody>
            {byName(map.members).map(({ member, i }) => (
              <tr key={member.id}>
                <th scope="row">{member.name}</th>
                {map.roles.map((role, j) => {
                  const fit = map.fitMatrix[i]?.[j] ?? 0;
                  const isOptimal = optimal.get(member.id) === role.id;
                  const isCurrent = member.currentJobRoleId === role.id;
                  return (
                    <td key={role.id} className={isOptimal ? 'optimal' : undefined}>
                      {whole(fit)}
                      {isOptimal && ' ◆'}
                      {isCurrent && ' ●'}
                      {isOptimal && fit < 60 && ' !'}
                    </td>
                  );
                })}
                <td>{roleTitle(member.currentJobRoleId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function byName<M extends { name: string }>(members: M[]): Array<{ member: M; i: number }> {
  return members
    .map((member, i) => ({ member, i }))
    .sort((a, b) => a.member.name.localeCompare(b.member.name));
}
