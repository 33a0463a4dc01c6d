import '../recruiter.css';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/language';
import { Page } from '../../shell/page';
import { staffApi } from '../../staff/staff-api';
import { recruiterMessages } from '../messages';
import { LoadFailed } from '../ui/load-failed';
import { useLoad } from '../ui/use-load';
import { PreviewEditor } from './preview-editor';

/**
 * `/app/recruiting/roles/:roleId/preview`: the role's preview (its first one; a role usually
 * has one, whose slug stays the same across versions), or a button to start one.
 */
export function PreviewEditorPage() {
  const { roleId = '' } = useParams();
  const { t } = useT(recruiterMessages);
  const role = useLoad(
    () => staffApi.GET('/api/v1/job-roles/{id}', { params: { path: { id: roleId } } }),
    [roleId],
  );
  const previews = useLoad(
    () =>
      staffApi.GET('/api/v1/job-roles/{id}/previews', {
        params: { path: { id: roleId }, query: { pageSize: 1 } },
      }),
    [roleId],
  );
  const [starting, setStarting] = useState(false);
  const [startFailed, setStartFailed] = useState(false);
  const previewId = previews.data?.items[0]?.id;
  const preview = useLoad(
    () =>
      previewId
        ? staffApi.GET('/api/v1/previews/{id}', { params: { path: { id: previewId } } })
        : Promise.resolve({ data: undefined, response: new Response(null, { status: 200 }) }),
    [previewId],
  );

  const title = role.data
    ? t('recruiter.preview.titleFor', { role: role.data.title })
    : t('recruiter.preview.title');

  if (role.failed !== null || previews.failed !== null || preview.failed !== null) {
    return (
      <Page title={title}>
        <LoadFailed
          status={role.failed ?? previews.failed ?? preview.failed}
          onRetry={() => {
            role.reload();
            previews.reload();
            preview.reload();
          }}
        />
      </Page>
    );
  }
  if (!role.data || !previews.data || (previewId && !preview.data)) {
    return (
      <Page title={title}>
        <p role="status">{t('recruiter.loading')}</p>
      </Page>
    );
  }

  if (!previewId || !preview.data) {
    const start = async () => {
      setStarting(true);
      setStartFailed(false);
      const { data } = await staffApi.POST('/api/v1/job-roles/{id}/previews', {
        params: { path: { id: roleId } },
        body: { headline: role.data?.title ?? '', summary: role.data?.summary ?? '' },
      });
      setStarting(false);
      if (data) previews.reload();
      else setStartFailed(true);
    };
    return (
      <Page title={title}>
        <p>
          <Link to={`/app/recruiting/roles/${roleId}`}>{t('recruiter.backToRole')}</Link>
        </p>
        <div className="empty">
          <h2>{t('recruiter.preview.noneTitle')}</h2>
          <p>{t('recruiter.preview.noneBody')}</p>
          <button type="button" onClick={() => void start()} disabled={starting}>
            {t('recruiter.preview.start')}
          </button>
          {startFailed ? <p role="alert">{t('recruiter.saveFailed')}</p> : null}
        </div>
      </Page>
    );
  }

  return (
    <Page title={title}>
      <p>
        <Link to={`/app/recruiting/roles/${roleId}`}>{t('recruiter.backToRole')}</Link>
      </p>
      <PreviewEditor
        key={preview.data.id}
        role={role.data}
        preview={preview.data}
        onChanged={preview.setData}
      />
    </Page>
  );
}
