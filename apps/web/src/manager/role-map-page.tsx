import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { loadDimensions, loadJobRoles, loadRoleMap, loadTeam, useLoad, type JobRole } from './data';
import { CoachingList, LeadershipBench, MeanFitSummary, MovesList } from './map-insights';
import { managerMessages } from './messages';
import './manager.css';
import { matchesMemberSearch, RoleMapTable } from './role-map-table';
import { SvgDownload } from './svg-download';
import { EMPTY_WHAT_IF, type WhatIfState } from './what-if';
import { WhatIfPanel } from './what-if-panel';

/** Role titles by id, for roles in the map and members' current roles outside it. */
export function useRoleTitle(
  jobRoles: JobRole[] | undefined,
  mapRoles: { id: string; title: string }[],
) {
  const { t } = useT(managerMessages);
  const titles = new Map([...(jobRoles ?? []), ...mapRoles].map((r) => [r.id, r.title]));
  return (id: string | null) =>
    id === null ? t('manager.map.noRole') : (titles.get(id) ?? t('manager.members.unknownRole'));
}

export function RoleMapPage() {
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
  }, `map:${teamId}`);
  const [whatIf, setWhatIf] = useState<WhatIfState>(EMPTY_WHAT_IF);
  const [query, setQuery] = useState('');
  const roleTitle = useRoleTitle(data.data?.jobRoles, data.data?.map?.roles ?? []);
  const members = data.data?.map?.members;
  // The moves and coaching lists follow the map's search (undefined: no search, everyone).
  const searched = useMemo(
    () =>
      query.trim() && members
        ? new Set(members.filter((m) => matchesMemberSearch(m.name, query)).map((m) => m.id))
        : undefined,
    [members, query],
  );

  if (data.error) {
    return (
      <Page title={t('manager.map.title')}>
        <p role="alert">{data.error}</p>
      </Page>
    );
  }
  if (!data.data) return <p role="status">{t('manager.loading')}</p>;
  const { team, map, dimensions } = data.data;
  const title = t('manager.map.titleOf', { team: team.name });
  if (!map) {
    return (
      <Page title={title}>
        <p className="empty-state">{t('manager.map.none')}</p>
        <p>
          <Link to={`/app/teams/${teamId}`}>{t('manager.map.toTeam')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={title}>
      <p>
        {t('manager.map.analysedAt', {
          date: formatDate(map.completedAt, { dateStyle: 'long', timeStyle: 'short' }),
        })}
      </p>
      <nav aria-label={t('manager.team.views')} className="team-links">
        <Link to={`/app/teams/${teamId}`}>{t('manager.map.toTeam')}</Link>
        <Link to={`/app/teams/${teamId}/print`}>{t('manager.map.print')}</Link>
        <SvgDownload teamId={teamId} teamName={team.name} />
      </nav>
      <MeanFitSummary map={map} />
      <div className="map-layout">
        <RoleMapTable map={map} roleTitle={roleTitle} query={query} onQueryChange={setQuery} />
        <div className="map-side">
          <MovesList
            map={map}
            roleTitle={roleTitle}
            memberIds={searched}
            onTry={(memberId, jobRoleId) => {
              setWhatIf((s) => ({ ...s, moves: { ...s.moves, [memberId]: jobRoleId } }));
              document.getElementById('what-if-heading')?.focus();
            }}
          />
          <LeadershipBench map={map} roleTitle={roleTitle} />
        </div>
      </div>
      <WhatIfPanel
        map={map}
        team={team}
        state={whatIf}
        onChange={setWhatIf}
        roleTitle={roleTitle}
        onAnalysed={() => {
          setWhatIf(EMPTY_WHAT_IF);
          data.reload();
        }}
      />
      <CoachingList map={map} dimensions={dimensions} roleTitle={roleTitle} memberIds={searched} />
    </Page>
  );
}
