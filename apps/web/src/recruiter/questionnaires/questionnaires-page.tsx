import '../recruiter.css';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../i18n/language';
import { Page } from '../../shell/page';
import { staffApi } from '../../staff/staff-api';
import { recruiterMessages } from '../messages';
import { LoadFailed } from '../ui/load-failed';
import { Pager } from '../../staff/ui/pager';
import { useLoad } from '../ui/use-load';
import { useStatusLine, type KeyOf, type StatusLine } from '../../staff/ui/status-line';

const PAGE_SIZE = 20;

/** `/app/questionnaires`: every questionnaire with its state, and a new one. */
export function QuestionnairesPage() {
  const { t, formatDate } = useT(recruiterMessages);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<StatusLine<KeyOf<typeof recruiterMessages>>>(null);
  const line = useStatusLine(recruiterMessages);
  const list = useLoad(
    () =>
      staffApi.GET('/api/v1/questionnaires', { params: { query: { page, pageSize: PAGE_SIZE } } }),
    [page],
  );

  async function create(event: FormEvent) {
    event.preventDefault();
    const { data, error: problem } = await staffApi.POST('/api/v1/questionnaires', {
      body: { title: title.trim(), locales: ['en', 'nb'], scale: { min: 1, max: 5 }, items: [] },
    });
    if (data) void navigate(`/app/questionnaires/${data.id}`);
    else {
      const detail = (problem as { detail?: string } | undefined)?.detail;
      setError(detail ? { api: detail } : { key: 'recruiter.saveFailed' });
    }
  }

  return (
    <Page title={t('recruiter.q.listTitle')}>
      <p>{t('recruiter.q.listIntro')}</p>
      <form className="form add-row" onSubmit={(e) => void create(e)} noValidate>
        <div className="field">
          <label htmlFor="new-questionnaire">{t('recruiter.q.newTitle')}</label>
          <input id="new-questionnaire" value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <button type="submit" disabled={!title.trim()}>
          {t('recruiter.q.create')}
        </button>
      </form>
      {error ? (
        <p role="alert" className="field-error">
          {line(error)}
        </p>
      ) : null}
      {list.failed !== null ? <LoadFailed status={list.failed} onRetry={list.reload} /> : null}
      {list.data && list.data.total === 0 ? (
        <div className="empty">
          <p>{t('recruiter.q.empty')}</p>
        </div>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <ul className="cards">
            {list.data.items.map((q) => (
              <li key={q.id}>
                <article className="card" aria-labelledby={`q-${q.id}`}>
                  <h2 id={`q-${q.id}`}>
                    <Link to={`/app/questionnaires/${q.id}`}>{q.title}</Link>
                  </h2>
                  <p>
                    {q.publishedVersion === null
                      ? t('recruiter.q.stateDraft', { version: q.version })
                      : q.status === 'draft'
                        ? t('recruiter.q.stateLiveWithDraft', {
                            live: q.publishedVersion,
                            draft: q.version,
                          })
                        : t('recruiter.q.stateLive', { live: q.publishedVersion })}
                  </p>
                  <p className="muted">
                    {t('recruiter.q.items', { count: q.itemCount })} ·{' '}
                    {t('recruiter.overview.updated', {
                      date: formatDate(q.updatedAt, { dateStyle: 'medium' }),
                    })}
                  </p>
                </article>
              </li>
            ))}
          </ul>
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            label={t('recruiter.q.pages')}
            onPage={(next) => setParams({ page: String(next) })}
          />
        </>
      ) : null}
    </Page>
  );
}
