import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { staffApi as api } from '../staff/staff-api';
import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { formText, ok, useLoad } from './data';
import { managerMessages } from './messages';
import { problemLine, useLine, type Line } from './status';
import './manager.css';
import { Pager } from '../staff/ui/pager';

const PAGE_SIZE = 20;

export function TeamListPage() {
  const { t, tp } = useT(managerMessages);
  const line = useLine();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const teams = useLoad(
    async () =>
      ok(await api.GET('/api/v1/teams', { params: { query: { page, pageSize: PAGE_SIZE } } })),
    `teams:${page}`,
  );
  return (
    <Page title={t('manager.teams.title')}>
      <p>{t('manager.teams.intro')}</p>
      {teams.error && (
        <p role="alert" className="error">
          {line({ api: teams.error })}
        </p>
      )}
      {teams.data && teams.data.total === 0 && (
        <p className="empty-state">{t('manager.teams.empty')}</p>
      )}
      {teams.data && teams.data.items.length > 0 && (
        <>
          <ul className="card-list">
            {teams.data.items.map((team) => (
              <li key={team.id} className="card">
                <h2 className="card-title">
                  <Link to={`/app/teams/${team.id}`}>{team.name}</Link>
                </h2>
                <p>
                  {tp('manager.teams.members', team.memberCount)} ·{' '}
                  {tp(
                    'manager.teams.slots',
                    team.requirements.reduce((n, r) => n + r.slots, 0),
                  )}
                </p>
              </li>
            ))}
          </ul>
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={teams.data.total}
            label={t('manager.teams.pages')}
            onPage={(next) => setParams({ page: String(next) })}
          />
        </>
      )}
      <CreateTeam />
    </Page>
  );
}

function CreateTeam() {
  const { t } = useT(managerMessages);
  const navigate = useNavigate();
  const line = useLine();
  const [error, setError] = useState<Line>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = formText(new FormData(event.currentTarget), 'name');
    try {
      const team = ok(await api.POST('/api/v1/teams', { body: { name } }));
      await navigate(`/app/teams/${team.id}`);
    } catch (e) {
      setError(problemLine(e));
    }
  }
  return (
    <section aria-labelledby="new-team">
      <h2 id="new-team">{t('manager.teams.new')}</h2>
      <form className="inline-form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('manager.teams.name')}
          <input name="name" required maxLength={200} aria-describedby="new-team-error" />
        </label>
        <button type="submit">{t('manager.teams.create')}</button>
      </form>
      <p id="new-team-error" role="alert" className="error">
        {line(error)}
      </p>
    </section>
  );
}
