import '../recruiter/recruiter.css';
import './admin.css';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { components } from '../api/schema';
import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { staffApi } from '../staff/staff-api';
import { fieldErrorMap } from '../recruiter/lib/field-errors';
import { recruiterMessages } from '../recruiter/messages';
import { asProblem } from '../recruiter/types';
import { ErrorSummary } from '../recruiter/ui/error-summary';

import { LoadFailed } from '../recruiter/ui/load-failed';
import { useLoad } from '../recruiter/ui/use-load';
import { useUnsavedWarning } from '../recruiter/ui/use-unsaved-warning';
import { AdminOnly } from './admin-only';
import { adminMessages } from './messages';
import { Field, FormActions } from '../staff/ui/field';
import { useStatusLine, type KeyOf, type StatusLine } from '../staff/ui/status-line';

type Organization = components['schemas']['OrganizationDto'];
type Update = components['schemas']['UpdateOrganizationDto'];

interface Draft {
  retentionMonths: string;
  noticeEn: string;
  noticeNb: string;
  share: boolean;
}

const draftOf = (o: Organization): Draft => ({
  retentionMonths: String(o.retentionMonths),
  noticeEn: o.privacyNotice.en,
  noticeNb: o.privacyNotice.nb,
  share: o.shareResultsWithCandidates,
});

/** The save bar's lines come from both areas' catalogues (saving is the recruiter's wording). */
const statusMessages = {
  en: { ...recruiterMessages.en, ...adminMessages.en },
  nb: { ...recruiterMessages.nb, ...adminMessages.nb },
};

/** Only what changed: an unchanged notice must not become a new version. */
export function changesOf(saved: Organization, draft: Draft): Update | string {
  const update: Update = {};
  const months = draft.retentionMonths.trim();
  if (months !== String(saved.retentionMonths)) {
    if (!/^-?\d+$/.test(months)) return 'retentionMonths';
    update.retentionMonths = Number(months);
  }
  if (draft.noticeEn !== saved.privacyNotice.en || draft.noticeNb !== saved.privacyNotice.nb) {
    update.privacyNotice = { en: draft.noticeEn, nb: draft.noticeNb };
  }
  if (draft.share !== saved.shareResultsWithCandidates) {
    update.shareResultsWithCandidates = draft.share;
  }
  return update;
}

/** `/app/admin/organization`: retention, the privacy notice in both languages, sharing. */
export function OrganizationPage() {
  return (
    <AdminOnly>
      <Settings />
    </AdminOnly>
  );
}

function Settings() {
  const { t } = useT(adminMessages);
  const r = useT(recruiterMessages).t;
  const loaded = useLoad(() => staffApi.GET('/api/v1/organization'), []);
  const saved = loaded.data;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<StatusLine<KeyOf<typeof statusMessages>>>(null);
  const line = useStatusLine(statusMessages);
  const [busy, setBusy] = useState(false);
  const current = draft ?? (saved ? draftOf(saved) : null);
  const changes = saved && current ? changesOf(saved, current) : {};
  const dirty = typeof changes === 'string' || Object.keys(changes).length > 0;
  const markSaved = useUnsavedWarning(dirty, r('recruiter.unsaved'));

  const edit = (patch: Partial<Draft>) => {
    if (current) setDraft({ ...current, ...patch });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!saved || !current) return;
    if (typeof changes === 'string') {
      setErrors({ retentionMonths: t('admin.org.retentionNumber') });
      setStatus({ key: 'recruiter.saveFailedFields' });
      return;
    }
    setBusy(true);
    setStatus({ key: 'recruiter.saving' });
    const result = await staffApi.PATCH('/api/v1/organization', { body: changes });
    setBusy(false);
    if (!result.data) {
      const problem = asProblem(result.error);
      const mapped = fieldErrorMap(problem.errors);
      if (Object.keys(mapped).length === 0) {
        mapped[''] = problem.detail ?? problem.title ?? r('recruiter.saveFailed');
      }
      setErrors(mapped);
      setStatus({ key: 'recruiter.saveFailedFields' });
      return;
    }
    markSaved();
    loaded.setData(result.data);
    setDraft(null);
    setErrors({});
    setStatus({ key: 'admin.org.saved' });
  }

  const labels: Record<string, string> = {
    retentionMonths: t('admin.org.retention'),
    'privacyNotice.en': t('admin.org.noticeEn'),
    'privacyNotice.nb': t('admin.org.noticeNb'),
    privacyNotice: t('admin.org.notice', { version: saved?.privacyNoticeVersion ?? 1 }),
    shareResultsWithCandidates: t('admin.org.share'),
  };

  return (
    <Page title={t('admin.org.title')}>
      <p>{t('admin.org.intro')}</p>
      {loaded.failed !== null ? (
        <LoadFailed status={loaded.failed} onRetry={loaded.reload} />
      ) : null}
      {!saved && loaded.failed === null ? <p role="status">{r('recruiter.loading')}</p> : null}
      {saved && current ? (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <ErrorSummary errors={errors} label={(path) => labels[path] ?? path} />
          <Field
            path="retentionMonths"
            label={t('admin.org.retention')}
            hint={t('admin.org.retentionHint')}
            error={errors.retentionMonths}
          >
            {(props) => (
              <input
                {...props}
                type="number"
                inputMode="numeric"
                min={1}
                max={120}
                step={1}
                value={current.retentionMonths}
                onChange={(e) => edit({ retentionMonths: e.target.value })}
              />
            )}
          </Field>
          <fieldset className="notice-texts">
            <legend>{t('admin.org.notice', { version: saved.privacyNoticeVersion })}</legend>
            <p className="hint" id="notice-hint">
              {t('admin.org.noticeHint', { next: saved.privacyNoticeVersion + 1 })}
            </p>
            {errors.privacyNotice ? (
              <p className="field-error">
                <span aria-hidden="true">⚠ </span>
                {errors.privacyNotice}
              </p>
            ) : null}
            <div className="side-by-side">
              <Field
                path="privacyNotice.en"
                label={t('admin.org.noticeEn')}
                error={errors['privacyNotice.en']}
              >
                {(props) => (
                  <textarea
                    {...props}
                    lang="en"
                    rows={12}
                    value={current.noticeEn}
                    onChange={(e) => edit({ noticeEn: e.target.value })}
                  />
                )}
              </Field>
              <Field
                path="privacyNotice.nb"
                label={t('admin.org.noticeNb')}
                error={errors['privacyNotice.nb']}
              >
                {(props) => (
                  <textarea
                    {...props}
                    lang="nb"
                    rows={12}
                    value={current.noticeNb}
                    onChange={(e) => edit({ noticeNb: e.target.value })}
                  />
                )}
              </Field>
            </div>
          </fieldset>
          <div className={`field checkbox${errors.shareResultsWithCandidates ? ' has-error' : ''}`}>
            <input
              id="f-shareResultsWithCandidates"
              type="checkbox"
              checked={current.share}
              aria-describedby="f-shareResultsWithCandidates-hint"
              onChange={(e) => edit({ share: e.target.checked })}
            />
            <label htmlFor="f-shareResultsWithCandidates">{t('admin.org.share')}</label>
            <p id="f-shareResultsWithCandidates-hint" className="hint">
              {t('admin.org.shareHint')}
            </p>
          </div>
          <FormActions status={line(status)} sticky>
            <button type="submit" disabled={busy}>
              {r('recruiter.save')}
            </button>
          </FormActions>
        </form>
      ) : null}
    </Page>
  );
}
