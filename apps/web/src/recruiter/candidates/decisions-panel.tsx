import { useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../../i18n/language';
import { staffApi } from '../../staff/staff-api';
import { fieldErrorMap } from '../lib/field-errors';
import { recruiterMessages } from '../messages';
import {
  asProblem,
  DECIDABLE_STAGES,
  type CandidateStage,
  type DecidableStage,
  type Decision,
} from '../types';

import { LoadFailed } from '../ui/load-failed';
import { Pager } from '../../staff/ui/pager';
import { useLoad } from '../ui/use-load';
import { Field, FormActions } from '../../staff/ui/field';
import { useStatusLine, type KeyOf, type StatusLine } from '../../staff/ui/status-line';

const PAGE_SIZE = 20;

/**
 * The human decision on a candidate: record a stage (the API's list of stages a person may
 * choose) with an optional reason, and the history — who, when, which stage, why. A score
 * never decides by itself; this is where a person does.
 */
export function DecisionsPanel({
  assessmentId,
  stage,
  closed,
  onDecided,
}: {
  assessmentId: string;
  stage: CandidateStage;
  /** Withdrawn or erased: nothing more can be decided. */
  closed: boolean;
  onDecided: (decision: Decision) => void;
}) {
  const { t, formatDate } = useT(recruiterMessages);
  const [page, setPage] = useState(1);
  const history = useLoad(
    () =>
      staffApi.GET('/api/v1/assessments/{id}/decisions', {
        params: { path: { id: assessmentId }, query: { page, pageSize: PAGE_SIZE } },
      }),
    [assessmentId, page],
  );
  const [next, setNext] = useState<DecidableStage | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<StatusLine<KeyOf<typeof recruiterMessages>>>(null);
  const line = useStatusLine(recruiterMessages);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!next) {
      setErrors({ stage: t('recruiter.decision.pickStage') });
      setStatus(null);
      return;
    }
    setBusy(true);
    setStatus({ key: 'recruiter.saving' });
    const result = await staffApi.POST('/api/v1/assessments/{id}/decisions', {
      params: { path: { id: assessmentId } },
      body: reason.trim() ? { stage: next, reason: reason.trim() } : { stage: next },
    });
    setBusy(false);
    if (!result.data) {
      const problem = asProblem(result.error);
      const mapped = fieldErrorMap(problem.errors);
      // A refusal (already in that stage, withdrawn) belongs to the stage chosen.
      if (Object.keys(mapped).length === 0) {
        mapped.stage = problem.detail ?? problem.title ?? t('recruiter.saveFailed');
      }
      setErrors(mapped);
      setStatus({ key: 'recruiter.decision.notRecorded' });
      return;
    }
    setErrors({});
    setNext('');
    setReason('');
    setStatus({
      key: 'recruiter.decision.recorded',
      vars: { stage: { key: `recruiter.stage.${result.data.stage}` } },
    });
    onDecided(result.data);
    // The newest decision is on the last page (oldest first).
    const total = (history.data?.total ?? 0) + 1;
    const last = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (last === page) history.reload();
    else setPage(last);
  }

  const who = (d: Decision) =>
    d.actor === 'candidate'
      ? t('recruiter.decision.byCandidate')
      : (d.decidedBy?.name ?? t('recruiter.decision.bySystem'));

  return (
    <section aria-labelledby="decision-title" className="decisions">
      <h2 id="decision-title">{t('recruiter.decision.title')}</h2>
      <p>
        {t('recruiter.decision.current')}{' '}
        <strong data-testid="current-stage">{t(`recruiter.stage.${stage}`)}</strong>
      </p>
      {closed ? (
        <p className="notice">{t('recruiter.decision.closed')}</p>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <Field path="stage" label={t('recruiter.decision.stage')} error={errors.stage}>
            {(props) => (
              <select
                {...props}
                value={next}
                onChange={(e) => setNext(e.target.value as DecidableStage | '')}
              >
                <option value="">{t('recruiter.decision.choose')}</option>
                {DECIDABLE_STAGES.map((s) => (
                  <option key={s} value={s}>
                    {t(`recruiter.stage.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            path="reason"
            label={t('recruiter.decision.reason')}
            hint={t('recruiter.decision.reasonHint')}
            error={errors.reason}
          >
            {(props) => (
              <textarea
                {...props}
                rows={3}
                maxLength={2000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
          <FormActions status={line(status)}>
            <button type="submit" disabled={busy}>
              {t('recruiter.decision.record')}
            </button>
          </FormActions>
        </form>
      )}
      <h3 id="decision-history">{t('recruiter.decision.history')}</h3>
      {history.failed !== null ? (
        <LoadFailed status={history.failed} onRetry={history.reload} />
      ) : null}
      {history.data && history.data.items.length === 0 ? (
        <p className="muted">{t('recruiter.decision.noHistory')}</p>
      ) : null}
      {history.data && history.data.items.length > 0 ? (
        <ol className="decision-history" aria-labelledby="decision-history">
          {history.data.items.map((d) => (
            <li key={d.id}>
              <p>
                <strong>{t(`recruiter.stage.${d.stage}`)}</strong>
                <span className="muted">
                  {' · '}
                  <time dateTime={d.decidedAt}>
                    {formatDate(d.decidedAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </time>
                  {' · '}
                  {who(d)}
                </span>
              </p>
              {d.reason ? <p className="decision-reason">{d.reason}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {history.data ? (
        <Pager
          page={page}
          pageSize={PAGE_SIZE}
          total={history.data.total}
          onPage={setPage}
          label={t('recruiter.decision.pages')}
        />
      ) : null}
    </section>
  );
}
