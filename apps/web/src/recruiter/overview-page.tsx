import './recruiter.css';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { staffApi } from '../staff/staff-api';
import { recruiterMessages } from './messages';
import type { JobRole, RoleFunnel, RolePreview } from './types';
import { LoadFailed } from './ui/load-failed';
import { Pager } from '../staff/ui/pager';
import { useLoad } from './ui/use-load';

const PAGE_SIZE = 10;

/** `/app/recruiting`: every job role with its preview state and its candidate funnel. */
export function OverviewPage() {
  const { t, formatDate } = useT(recruiterMessages);
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const roles = useLoad(
    () => staffApi.GET('/api/v1/job-roles', { params: { query: { page, pageSize: PAGE_SIZE } } }),
    [page],
  );
  return (
    <Page title={t('recruiter.overview.title')}>
      <p>{t('recruiter.overview.intro')}</p>
      <p className="actions">
        <Link className="button" to="/app/recruiting/roles/new">
          {t('recruiter.overview.newRole')}
        </Link>
        <Link className="button secondary" to="/app/questionnaires">
          {t('recruiter.overview.questionnaires')}
        </Link>
      </p>
      {roles.failed !== null ? <LoadFailed onRetry={roles.reload} /> : null}
      {roles.loading && !roles.data ? <p role="status">{t('recruiter.loading')}</p> : null}
      {roles.data && roles.data.total === 0 ? (
        <div className="empty">
          <h2>{t('recruiter.overview.emptyTitle')}</h2>
          <p>{t('recruiter.overview.emptyBody')}</p>
        </div>
      ) : null}
      {roles.data && roles.data.items.length > 0 ? (
        <>
          <h2 className="visually-hidden">{t('recruiter.overview.rolesHeading')}</h2>
          <ul className="cards">
            {roles.data.items.map((role) => (
              <li key={role.id}>
                <RoleCard
                  role={role}
                  updated={formatDate(role.updatedAt, { dateStyle: 'medium' })}
                />
              </li>
            ))}
          </ul>
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={roles.data.total}
            label={t('recruiter.overview.pages')}
            onPage={(next) => setParams({ page: String(next) })}
          />
        </>
      ) : null}
    </Page>
  );
}

function RoleCard({ role, updated }: { role: JobRole; updated: string }) {
  const { t } = useT(recruiterMessages);
  const previews = useLoad(
    () =>
      staffApi.GET('/api/v1/job-roles/{id}/previews', {
        params: { path: { id: role.id }, query: { pageSize: 1 } },
      }),
    [role.id],
  );
  const funnel = useLoad(
    () => staffApi.GET('/api/v1/job-roles/{id}/funnel', { params: { path: { id: role.id } } }),
    [role.id],
  );
  const preview = previews.data?.items[0];
  const headingId = `role-${role.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={`/app/recruiting/roles/${role.id}`}>{role.title}</Link>
        {role.isLeadership ? (
          <span className="badge">{t('recruiter.role.leadershipBadge')}</span>
        ) : null}
      </h3>
      <p className="muted">{t('recruiter.overview.updated', { date: updated })}</p>
      <p>
        <strong>{t('recruiter.overview.preview')}: </strong>
        {previews.data ? <PreviewState preview={preview} /> : t('recruiter.loading')}
      </p>
      {funnel.data ? <Funnel funnel={funnel.data} /> : null}
      <NextStep role={role} preview={preview} funnel={funnel.data} loaded={!!previews.data} />
      <p className="actions">
        <Link className="button secondary" to={`/app/recruiting/roles/${role.id}/preview`}>
          {preview ? t('recruiter.overview.editPreview') : t('recruiter.overview.writePreview')}
          <span className="visually-hidden">: {role.title}</span>
        </Link>
        <Link className="button secondary" to={`/app/recruiting/roles/${role.id}/candidates`}>
          {t('recruiter.overview.candidates')}
          <span className="visually-hidden">: {role.title}</span>
        </Link>
      </p>
    </article>
  );
}

export function PreviewState({ preview }: { preview: RolePreview | undefined }) {
  const { t } = useT(recruiterMessages);
  if (!preview) return <>{t('recruiter.previewState.none')}</>;
  if (preview.status === 'draft' && preview.publishedVersion !== null) {
    return (
      <>
        {t('recruiter.previewState.liveWithDraft', {
          live: preview.publishedVersion,
          draft: preview.version,
        })}
      </>
    );
  }
  if (preview.status === 'draft') {
    return <>{t('recruiter.previewState.draft', { version: preview.version })}</>;
  }
  return (
    <>{t('recruiter.previewState.live', { live: preview.publishedVersion ?? preview.version })}</>
  );
}

const FUNNEL_STEPS = [
  'views',
  'interested',
  'notForMe',
  'applied',
  'invited',
  'submitted',
  'eligible',
] as const;

function Funnel({ funnel }: { funnel: RoleFunnel }) {
  const { t, formatNumber } = useT(recruiterMessages);
  return (
    <div className="funnel">
      <h4>{t('recruiter.funnel.title')}</h4>
      <ol>
        {FUNNEL_STEPS.map((step) => (
          <li key={step}>
            <span className="funnel-count">{formatNumber(funnel[step])}</span>{' '}
            <span>{t(`recruiter.funnel.${step}`)}</span>
          </li>
        ))}
        <li>
          <span className="funnel-count">—</span> <span>{t('recruiter.funnel.decided')}</span>
        </li>
      </ol>
    </div>
  );
}

function NextStep({
  role,
  preview,
  funnel,
  loaded,
}: {
  role: JobRole;
  preview: RolePreview | undefined;
  funnel: RoleFunnel | undefined;
  loaded: boolean;
}) {
  const { t } = useT(recruiterMessages);
  if (!loaded) return null;
  let text: string | null = null;
  if (!preview) text = t('recruiter.next.writePreview');
  else if (preview.publishedVersion === null) text = t('recruiter.next.publishPreview');
  else if (!role.questionnaireId) text = t('recruiter.next.linkQuestionnaire');
  else if (funnel && funnel.invited + funnel.applied === 0) text = t('recruiter.next.invite');
  if (!text) return null;
  return (
    <p className="next-step">
      <strong>{t('recruiter.next.label')}: </strong>
      {text}
    </p>
  );
}
