import { useState } from 'react';
import { useApiMessage } from '../../staff/api-messages';
import type { ChangeEvent, FormEvent } from 'react';
import { useT } from '../../i18n/language';
import { staffApi } from '../../staff/staff-api';
import { inviteRowsFromCsv, type InviteRow } from '../lib/invite-rows';
import { fieldErrorMap } from '../lib/field-errors';
import { recruiterMessages } from '../messages';
import { asProblem } from '../types';
import { Field } from '../../staff/ui/field';
import { useStatusLine, type KeyOf, type StatusLine } from '../../staff/ui/status-line';

interface Invited {
  name: string;
  email: string;
  link: string | null;
}

type RowOutcome = { line: number; ok: true } | { line: number; ok: false; message: string };

/** Invite one candidate, or many from pasted or uploaded CSV (name,email per row). */
export function InvitePanel({ roleId, onInvited }: { roleId: string; onInvited: () => void }) {
  const { t } = useT(recruiterMessages);
  const say = useApiMessage();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [invited, setInvited] = useState<Invited | null>(null);
  const [status, setStatus] = useState<StatusLine<KeyOf<typeof recruiterMessages>>>(null);
  const line = useStatusLine(recruiterMessages);
  const [busy, setBusy] = useState(false);

  const [csv, setCsv] = useState('');
  const rows = csv.trim() ? inviteRowsFromCsv(csv) : [];
  const good = rows.filter((r) => r.problem === null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<RowOutcome[]>([]);

  async function inviteOne(candidate: { name: string; email: string }) {
    const result = await staffApi.POST('/api/v1/job-roles/{id}/assessments', {
      params: { path: { id: roleId } },
      body: { candidate },
    });
    return result;
  }

  async function submitOne(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setStatus({ key: 'recruiter.invite.sending' });
    const result = await inviteOne({ name: name.trim(), email: email.trim() });
    setBusy(false);
    if (!result.data) {
      const problem = asProblem(result.error);
      const mapped = fieldErrorMap(problem.errors, 'candidate');
      const refusal = problem.detail ?? problem.title;
      if (Object.keys(mapped).length === 0) {
        mapped[''] = refusal ?? t('recruiter.invite.failed');
      }
      setErrors(mapped);
      // A refusal without a field is the status itself (said in the reader's language).
      const general = mapped[''];
      setStatus(
        general === undefined
          ? { key: 'recruiter.saveFailedFields' }
          : refusal === undefined && !problem.errors?.length
            ? { key: 'recruiter.invite.failed' }
            : { api: general },
      );
      return;
    }
    const data = result.data as { token?: string };
    setErrors({});
    setInvited({
      name: name.trim(),
      email: email.trim(),
      link: data.token ? `${window.location.origin}/a#${data.token}` : null,
    });
    setStatus({ key: 'recruiter.invite.done', vars: { name: name.trim() } });
    setName('');
    setEmail('');
    onInvited();
  }

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  }

  async function inviteMany() {
    const list = good;
    setProgress({ done: 0, total: list.length });
    setOutcomes([]);
    const done: RowOutcome[] = [];
    for (const [index, row] of list.entries()) {
      const result = await inviteOne({ name: row.name, email: row.email });
      if (result.data) done.push({ line: row.line, ok: true });
      else {
        const problem = asProblem(result.error);
        done.push({
          line: row.line,
          ok: false,
          message:
            problem.errors?.map((e) => e.message).join('; ') ??
            problem.detail ??
            t('recruiter.invite.failed'),
        });
      }
      setProgress({ done: index + 1, total: list.length });
      setOutcomes([...done]);
    }
    onInvited();
  }

  const problemText = (row: InviteRow) =>
    row.problem === null
      ? t('recruiter.invite.rowOk')
      : t(`recruiter.invite.problem.${row.problem}`);

  return (
    <section aria-labelledby="invite-title" className="panel">
      <h2 id="invite-title">{t('recruiter.invite.title')}</h2>
      <form className="form" onSubmit={(e) => void submitOne(e)} noValidate>
        {errors[''] ? (
          <p className="field-error" role="alert">
            {say(errors[''])}
          </p>
        ) : null}
        <div className="row-inline">
          <Field path="name" label={t('recruiter.invite.name')} error={errors.name}>
            {(props) => (
              <input
                {...props}
                value={name}
                autoComplete="off"
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
          <Field path="email" label={t('recruiter.invite.email')} error={errors.email}>
            {(props) => (
              <input
                {...props}
                type="email"
                autoComplete="off"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" disabled={busy}>
            {t('recruiter.invite.submit')}
          </button>
        </div>
        <p role="status" className="status">
          {line(status)}
        </p>
        {invited?.link ? (
          <p className="invited-link">
            {t('recruiter.invite.linkFor', { name: invited.name })}{' '}
            <code data-testid="candidate-link">{invited.link}</code>
          </p>
        ) : null}
      </form>

      <details className="bulk">
        <summary>{t('recruiter.invite.bulkTitle')}</summary>
        <p className="hint">{t('recruiter.invite.bulkHint')}</p>
        <div className="form">
          <div className="field">
            <label htmlFor="invite-csv">{t('recruiter.invite.paste')}</label>
            <textarea
              id="invite-csv"
              rows={5}
              value={csv}
              onChange={(e) => {
                setCsv(e.target.value);
                setOutcomes([]);
                setProgress(null);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="invite-file">{t('recruiter.invite.upload')}</label>
            <input
              id="invite-file"
              type="file"
              accept=".csv,text/csv,text/plain"
              onChange={(e) => void readFile(e)}
            />
          </div>
        </div>
        {rows.length > 0 ? (
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t('recruiter.invite.rowsTable')}
          >
            <table className="data">
              <caption className="visually-hidden">{t('recruiter.invite.rowsTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('recruiter.invite.line')}</th>
                  <th scope="col">{t('recruiter.invite.name')}</th>
                  <th scope="col">{t('recruiter.invite.email')}</th>
                  <th scope="col">{t('recruiter.invite.check')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const outcome = outcomes.find((o) => o.line === row.line);
                  return (
                    <tr key={row.line}>
                      <td className="num">{row.line}</td>
                      <td>{row.name}</td>
                      <td>{row.email}</td>
                      <td className={row.problem || (outcome && !outcome.ok) ? 'cell-error' : ''}>
                        {outcome
                          ? outcome.ok
                            ? t('recruiter.invite.rowInvited')
                            : `${t('recruiter.invite.rowFailed')}: ${outcome.message}`
                          : problemText(row)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
        {rows.length > 0 ? (
          <p>
            {t('recruiter.invite.bulkSummary', {
              good: good.length,
              bad: rows.length - good.length,
            })}
          </p>
        ) : null}
        <button
          type="button"
          disabled={good.length === 0 || (progress !== null && progress.done < progress.total)}
          onClick={() => void inviteMany()}
        >
          {t('recruiter.invite.bulkSubmit', { count: good.length })}
        </button>
        {progress ? (
          <div className="progress-line">
            <progress max={progress.total} value={progress.done} aria-labelledby="bulk-progress" />
            <span id="bulk-progress" role="status">
              {t('recruiter.invite.progress', { done: progress.done, total: progress.total })}
            </span>
          </div>
        ) : null}
      </details>
    </section>
  );
}
