import { Link, useParams } from 'react-router';
import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { AnalysisPanel } from './analysis-panel';
import { loadDimensions, loadJobRoles, loadTeam, useLoad } from './data';
import { MembersSection } from './members-section';
import { managerMessages } from './messages';
import './manager.css';
import { useLine } from './status';
import { RequirementsSection } from './requirements-section';

export function TeamPage() {
  const { t, tp } = useT(managerMessages);
  const line = useLine();
  const { teamId = '' } = useParams();
  const team = useLoad(() => loadTeam(teamId), `team:${teamId}`);
  const context = useLoad(
    async () => ({ jobRoles: await loadJobRoles(), dimensions: await loadDimensions() }),
    'context',
  );
  const failed = team.error ?? context.error;
  if (failed) {
    return (
      <Page title={t('manager.team.notFound')}>
        <p role="alert">{line({ api: failed })}</p>
        <p>
          <Link to="/app/teams">{t('manager.team.back')}</Link>
        </p>
      </Page>
    );
  }
  if (!team.data || !context.data) return <p role="status">{t('manager.loading')}</p>;
  const slots = team.data.requirements.reduce((n, r) => n + r.slots, 0);
  return (
    <Page title={team.data.name}>
      <p>
        {tp('manager.teams.members', team.data.memberCount)} · {tp('manager.teams.slots', slots)}
      </p>
      <nav aria-label={t('manager.team.views')} className="team-links">
        <Link to="/app/teams">{t('manager.team.back')}</Link>
        <Link to={`/app/teams/${teamId}/map`}>{t('manager.team.map')}</Link>
      </nav>
      <AnalysisPanel teamId={teamId} canRun={team.data.memberCount > 0 && slots > 0} />
      <RequirementsSection
        team={team.data}
        jobRoles={context.data.jobRoles}
        onSaved={team.reload}
      />
      <MembersSection
        teamId={teamId}
        jobRoles={context.data.jobRoles}
        dimensions={context.data.dimensions}
        onChange={team.reload}
      />
    </Page>
  );
}
