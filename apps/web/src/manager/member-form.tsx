import { useEffect, useRef, useState, type FormEvent } from 'react';
import { staffApi as api } from '../staff/staff-api';
import { useT } from '../i18n/language';
import { ApiProblem, formText, ok, type Dimension, type JobRole, type Member } from './data';
import { managerMessages } from './messages';
import type { MemberBody } from './member-csv';
import { problemLine, useLine, type Line } from './status';

/**
 * Add a member, or edit one (`member` given). The profile is typed in per dimension, or taken
 * from a submitted assessment of the member's role (its scores become the profile).
 */
export function MemberForm({
  teamId,
  member,
  jobRoles,
  dimensions,
  onDone,
  onCancel,
}: {
  teamId: string;
  member?: Member;
  jobRoles: JobRole[];
  dimensions: Dimension[];
  onDone: (message: Line) => void;
  onCancel?: () => void;
}) {
  const { t, language } = useT(managerMessages);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const line = useLine();
  const [formError, setFormError] = useState<Line>(null);
  const [roleId, setRoleId] = useState(member?.currentJobRoleId ?? '');
  const heading = useRef<HTMLHeadingElement>(null);
  const prefix = member ? `edit-${member.id}` : 'add-member';
  useEffect(() => {
    if (member) heading.current?.focus();
  }, [member]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => formText(form, name);
    const profile: Record<string, number> = {};
    for (const d of dimensions) {
      const value = text(`profile.${d.key}`);
      if (value !== '') profile[d.key] = Number(value.replace(',', '.'));
    }
    const assessmentId = text('assessmentId') || null;
    const performance = text('performance');
    const body: MemberBody = {
      name: text('name'),
      email: text('email') || null,
      currentJobRoleId: roleId || null,
      performance: performance === '' ? null : Number(performance.replace(',', '.')),
      ...(Object.keys(profile).length > 0 || !assessmentId ? { profile } : {}),
      ...(assessmentId ? { assessmentId } : {}),
    };
    setErrors({});
    setFormError(null);
    try {
      if (member) {
        ok(
          await api.PATCH('/api/v1/teams/{id}/members/{memberId}', {
            params: { path: { id: teamId, memberId: member.id } },
            body,
          }),
        );
        onDone({ key: 'manager.members.saved', vars: { name: body.name } });
      } else {
        ok(
          await api.POST('/api/v1/teams/{id}/members', { params: { path: { id: teamId } }, body }),
        );
        formElement.reset();
        setRoleId('');
        onDone({ key: 'manager.members.added', vars: { name: body.name } });
      }
    } catch (e) {
      if (e instanceof ApiProblem && e.problem.errors) {
        setErrors(Object.fromEntries(e.problem.errors.map((f) => [f.field, f.message])));
      }
      setFormError(problemLine(e));
    }
  }

  const field = (name: string) => errors[name];
  const describedBy = (name: string) => (field(name) ? `${prefix}-${name}-error` : undefined);
  const fieldError = (name: string) =>
    field(name) ? (
      <span id={`${prefix}-${name}-error`} className="field-error">
        {line({ api: field(name)! })}
      </span>
    ) : null;

  return (
    <form className="member-form" onSubmit={(e) => void submit(e)} noValidate={false}>
      <h3 ref={heading} tabIndex={-1}>
        {member
          ? t('manager.members.editTitle', { name: member.name })
          : t('manager.members.addTitle')}
      </h3>
      <div className="form-grid">
        <label>
          {t('manager.members.name')}
          <input
            name="name"
            required
            maxLength={200}
            defaultValue={member?.name}
            aria-describedby={describedBy('name')}
          />
          {fieldError('name')}
        </label>
        <label>
          {t('manager.members.email')}
          <input
            name="email"
            type="email"
            defaultValue={member?.email ?? ''}
            aria-describedby={describedBy('email')}
          />
          {fieldError('email')}
        </label>
        <div className="field">
          <label htmlFor={`${prefix}-role`}>{t('manager.members.role')}</label>
          <select
            id={`${prefix}-role`}
            name="currentJobRoleId"
            value={roleId}
            onChange={(e) => setRoleId(e.target.value)}
            aria-describedby={describedBy('currentJobRoleId')}
          >
            <option value="">{t('manager.members.noRole')}</option>
            {jobRoles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
          {fieldError('currentJobRoleId')}
        </div>
        <label>
          {t('manager.members.performance')}
          <input
            name="performance"
            inputMode="decimal"
            defaultValue={member?.performance ?? ''}
            aria-describedby={`${prefix}-performance-hint`}
          />
          <span id={`${prefix}-performance-hint`} className="hint">
            {t('manager.members.performanceHint')}
          </span>
        </label>
      </div>
      <AssessmentChoice key={roleId} roleId={roleId} member={member} idPrefix={prefix} />
      <fieldset>
        <legend>{t('manager.members.profile')}</legend>
        <p className="hint">{t('manager.members.profileHint')}</p>
        <div className="form-grid profile-grid">
          {dimensions.map((d) => (
            <label key={d.key}>
              {d.name[language]}
              <input
                name={`profile.${d.key}`}
                type="number"
                min={0}
                max={100}
                step="any"
                defaultValue={member?.profile[d.key] ?? ''}
                aria-describedby={describedBy(`profile.${d.key}`)}
              />
              {fieldError(`profile.${d.key}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {formError && (
        <p role="alert" className="error">
          {line(formError)}
        </p>
      )}
      <div className="actions">
        <button type="submit">
          {member ? t('manager.members.save') : t('manager.members.add')}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('manager.members.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** Submitted assessments of the chosen role, to take the profile from. */
function AssessmentChoice({
  roleId,
  member,
  idPrefix,
}: {
  roleId: string;
  member?: Member;
  idPrefix: string;
}) {
  const { t, formatDate, formatNumber } = useT(managerMessages);
  const [options, setOptions] = useState<Array<{ id: string; label: string }> | undefined>();
  useEffect(() => {
    if (!roleId) return;
    let current = true;
    void api
      .GET('/api/v1/job-roles/{id}/candidates', {
        params: { path: { id: roleId }, query: { pageSize: 100, sort: '-submittedAt' } },
      })
      .then(({ data }) => {
        if (!current) return;
        const submitted = (data?.items ?? []).filter((a) => a.status === 'submitted');
        // The member's own assessments first, when the emails match.
        submitted.sort(
          (a, b) =>
            Number(b.candidate.email === member?.email) -
            Number(a.candidate.email === member?.email),
        );
        setOptions(
          submitted.map((a) => ({
            id: a.id,
            label: t('manager.members.assessmentOption', {
              name: a.candidate.name,
              email: a.candidate.email,
              date: a.submittedAt ? formatDate(a.submittedAt) : '',
              fit: a.fit === null ? '–' : formatNumber(Math.round(a.fit)),
            }),
          })),
        );
      });
    return () => {
      current = false;
    };
  }, [roleId, member?.email, t, formatDate, formatNumber]);
  if (!roleId || !options) return null;
  return (
    <div className="field assessment-choice">
      <label htmlFor={`${idPrefix}-assessment`}>{t('manager.members.fromAssessment')}</label>
      <select
        id={`${idPrefix}-assessment`}
        name="assessmentId"
        defaultValue={member?.assessmentId ?? ''}
      >
        <option value="">
          {options.length === 0 ? t('manager.members.noAssessments') : t('manager.members.typeIn')}
        </option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
