import '../recruiter/recruiter.css';
import './admin.css';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { components } from '../api/schema';
import { useLanguage, useT } from '../i18n/language';
import { Page } from '../shell/page';
import { useMe } from '../staff/session';
import { staffApi } from '../staff/staff-api';
import { fieldErrorMap } from '../recruiter/lib/field-errors';
import { asProblem } from '../recruiter/types';

import { LoadFailed } from '../recruiter/ui/load-failed';
import { Pager } from '../staff/ui/pager';
import { useLoad } from '../recruiter/ui/use-load';
import { AdminOnly } from './admin-only';
import { adminMessages } from './messages';
import { Field, FormActions } from '../staff/ui/field';
import { useStatusLine, type KeyOf, type StatusLine } from '../staff/ui/status-line';

type User = components['schemas']['UserDto'];
type Role = User['role'];
const ROLES = ['recruiter', 'manager', 'admin'] as const satisfies readonly Role[];
const PAGE_SIZE = 20;
/** Status lines and refusals are kept as keys (or the API's text), said when shown. */
type Line = StatusLine<KeyOf<typeof adminMessages>>;

/** `/app/admin/users`: who may sign in, with which role; invite, change role, deactivate. */
export function UsersPage() {
  return (
    <AdminOnly>
      <Users />
    </AdminOnly>
  );
}

function problemLine(error: unknown, fallback: KeyOf<typeof adminMessages>): Line {
  const problem = asProblem(error);
  const text = problem.errors?.[0]?.message ?? problem.detail ?? problem.title;
  return text ? { api: text } : { key: fallback };
}

function Users() {
  const { t } = useT(adminMessages);
  const line = useStatusLine(adminMessages);
  const [page, setPage] = useState(1);
  const users = useLoad(
    () => staffApi.GET('/api/v1/users', { params: { query: { page, pageSize: PAGE_SIZE } } }),
    [page],
  );
  const [announcement, setAnnouncement] = useState<Line>(null);

  return (
    <Page title={t('admin.users.title')}>
      <p>{t('admin.users.intro')}</p>
      <InviteForm />
      <section aria-labelledby="users-title">
        <h2 id="users-title">{t('admin.users.listTitle')}</h2>
        <p role="status" className="status">
          {line(announcement)}
        </p>
        {users.failed !== null ? <LoadFailed status={users.failed} onRetry={users.reload} /> : null}
        {users.data && users.data.items.length === 0 ? <p>{t('admin.users.empty')}</p> : null}
        {users.data && users.data.items.length > 0 ? (
          <ul className="user-list">
            {users.data.items.map((user) => (
              <UserRow
                key={user.id}
                user={user}
                onChanged={(changed, message) => {
                  users.setData({
                    ...users.data!,
                    items: users.data!.items.map((u) => (u.id === changed.id ? changed : u)),
                  });
                  setAnnouncement(message);
                }}
              />
            ))}
          </ul>
        ) : null}
        {users.data ? (
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={users.data.total}
            onPage={setPage}
            label={t('admin.users.pages')}
          />
        ) : null}
      </section>
    </Page>
  );
}

function InviteForm() {
  const { t } = useT(adminMessages);
  const { language } = useLanguage();
  const line = useStatusLine(adminMessages);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('recruiter');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Line>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setStatus({ key: 'admin.users.sending' });
    const result = await staffApi.POST('/api/v1/users/invitations', {
      body: { name: name.trim(), email: email.trim(), role, locale: language },
    });
    setBusy(false);
    if (!result.data) {
      const problem = asProblem(result.error);
      const mapped = fieldErrorMap(problem.errors);
      if (Object.keys(mapped).length === 0) {
        // An existing account is about the email; a limit is about the whole form.
        const text = problem.detail ?? problem.title;
        if (text && result.response.status === 409 && /email/i.test(text)) mapped.email = text;
        else {
          setErrors({});
          setStatus(text ? { api: text } : { key: 'admin.users.notSent' });
          return;
        }
      }
      setErrors(mapped);
      setStatus({ key: 'admin.users.notSent' });
      return;
    }
    setErrors({});
    setStatus({ key: 'admin.users.sent', vars: { email: email.trim() } });
    setName('');
    setEmail('');
  }

  return (
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{t('admin.users.inviteTitle')}</h2>
      <p className="hint">{t('admin.users.inviteIntro')}</p>
      <form className="form invite-user" onSubmit={(e) => void submit(e)} noValidate>
        <Field path="name" label={t('admin.users.name')} error={errors.name}>
          {(props) => (
            <input
              {...props}
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field path="email" label={t('admin.users.email')} error={errors.email}>
          {(props) => (
            <input
              {...props}
              type="email"
              inputMode="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field path="role" label={t('admin.users.role')} error={errors.role}>
          {(props) => (
            <select {...props} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`admin.role.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormActions status={line(status)}>
          <button type="submit" disabled={busy}>
            {t('admin.users.send')}
          </button>
        </FormActions>
      </form>
    </section>
  );
}

/**
 * One person: role (a select and its own button, so a keyboard user can look through the
 * options without changing anything), active state, deactivate with a confirmation. A refusal
 * (the last active admin) is shown under the control that asked.
 */
function UserRow({
  user,
  onChanged,
}: {
  user: User;
  onChanged: (user: User, announcement: Line) => void;
}) {
  const { t } = useT(adminMessages);
  const line = useStatusLine(adminMessages);
  const me = useMe();
  const [role, setRole] = useState<Role>(user.role);
  const [confirming, setConfirming] = useState(false);
  const [roleError, setRoleError] = useState<Line>(null);
  const [activeError, setActiveError] = useState<Line>(null);
  const [busy, setBusy] = useState(false);
  const base = `user-${user.id}`;

  async function patch(body: { role?: Role; active?: boolean }) {
    setBusy(true);
    const result = await staffApi.PATCH('/api/v1/users/{id}', {
      params: { path: { id: user.id } },
      body,
    });
    setBusy(false);
    return result;
  }

  async function changeRole() {
    setRoleError(null);
    const result = await patch({ role });
    if (!result.data) {
      setRoleError(problemLine(result.error, 'admin.users.changeRole'));
      return;
    }
    onChanged(result.data, {
      key: 'admin.users.roleChanged',
      vars: { name: user.name, role: { key: `admin.role.${role}` } },
    });
  }

  async function setActive(active: boolean) {
    setActiveError(null);
    const result = await patch({ active });
    setConfirming(false);
    if (!result.data) {
      setActiveError(problemLine(result.error, 'admin.users.deactivate'));
      return;
    }
    onChanged(result.data, {
      key: active ? 'admin.users.reactivated' : 'admin.users.deactivated',
      vars: { name: user.name },
    });
  }

  return (
    <li className="user-row" aria-labelledby={`${base}-name`}>
      <p className="user-who">
        <strong id={`${base}-name`}>{user.name}</strong>
        {user.id === me.id ? ` ${t('admin.users.you')}` : ''}
        <br />
        <span className="muted">{user.email}</span>
        <br />
        <span className={user.active ? 'badge' : 'badge muted'}>
          {user.active ? t('admin.users.active') : t('admin.users.inactive')}
        </span>
      </p>
      <div className={`field user-role${roleError ? ' has-error' : ''}`}>
        <label htmlFor={`${base}-role`}>{t('admin.users.roleOf', { name: user.name })}</label>
        <div className="inline-controls">
          <select
            id={`${base}-role`}
            value={role}
            aria-invalid={roleError ? true : undefined}
            aria-describedby={roleError ? `${base}-role-error` : undefined}
            onChange={(e) => setRole(e.target.value as Role)}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`admin.role.${r}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="secondary"
            disabled={busy || role === user.role}
            aria-describedby={roleError ? `${base}-role-error` : undefined}
            onClick={() => void changeRole()}
          >
            {t('admin.users.changeRole')}
          </button>
        </div>
        {roleError ? (
          <p id={`${base}-role-error`} className="field-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {line(roleError)}
          </p>
        ) : null}
      </div>
      <div className={`user-active${activeError ? ' has-error' : ''}`}>
        {!user.active ? (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void setActive(true)}
          >
            {t('admin.users.reactivate')}
          </button>
        ) : confirming ? (
          <div role="group" aria-labelledby={`${base}-confirm`} className="confirm">
            <p id={`${base}-confirm`}>{t('admin.users.confirm', { name: user.name })}</p>
            <div className="inline-controls">
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() => void setActive(false)}
              >
                {t('admin.users.confirmYes')}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                {t('admin.users.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            className="secondary"
            aria-describedby={activeError ? `${base}-active-error` : undefined}
            onClick={() => {
              setActiveError(null);
              setConfirming(true);
            }}
          >
            {t('admin.users.deactivate')}
          </button>
        )}
        {activeError ? (
          <p id={`${base}-active-error`} className="field-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {line(activeError)}
          </p>
        ) : null}
      </div>
    </li>
  );
}
