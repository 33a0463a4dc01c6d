import './recruiter.css';
import { useApiMessage } from '../staff/api-messages';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLanguage, useT } from '../i18n/language';
import { Page } from '../shell/page';
import { staffApi } from '../staff/staff-api';
import { CHANNELS, channelSum, channelSumState } from './lib/channels';
import { fieldErrorMap, fieldId } from './lib/field-errors';
import { removeAt, replaceAt } from './lib/list-edit';
import { recruiterMessages } from './messages';
import { asProblem, type Dimension, type JobRole, type ProfileEntry } from './types';
import { BarChart } from './ui/bar-chart';
import { ErrorSummary } from './ui/error-summary';
import { LoadFailed } from './ui/load-failed';
import { useLoad } from './ui/use-load';
import { useUnsavedWarning } from './ui/use-unsaved-warning';
import { Field, FormActions } from '../staff/ui/field';
import { useStatusLine, type KeyOf, type StatusLine } from '../staff/ui/status-line';

interface RoleDraft {
  title: string;
  summary: string;
  isLeadership: boolean;
  channels: Record<(typeof CHANNELS)[number], string>;
  profile: ProfileRow[];
  questionnaireId: string;
}

interface ProfileRow {
  dimension: string;
  target: string;
  weight: string;
  direction: 'atLeast' | 'ideal';
  minimum: string;
}

const EMPTY: RoleDraft = {
  title: '',
  summary: '',
  isLeadership: false,
  channels: { phone: '0', digital: '0', inPerson: '0' },
  profile: [],
  questionnaireId: '',
};

function draftOf(role: JobRole): RoleDraft {
  return {
    title: role.title,
    summary: role.summary,
    isLeadership: role.isLeadership,
    channels: {
      phone: String(role.channels.phone),
      digital: String(role.channels.digital),
      inPerson: String(role.channels.inPerson),
    },
    profile: role.profile.map((p) => ({
      dimension: p.dimension,
      target: String(p.target),
      weight: String(p.weight),
      direction: p.direction,
      minimum: p.minimum === null || p.minimum === undefined ? '' : String(p.minimum),
    })),
    questionnaireId: role.questionnaireId ?? '',
  };
}

/** Numbers as typed: an empty or unreadable field is sent as NaN → null, and the API says why. */
function num(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value.replace(',', '.'));
}

function bodyOf(draft: RoleDraft) {
  const profile: ProfileEntry[] = draft.profile.map((row) => ({
    dimension: row.dimension,
    target: num(row.target),
    weight: num(row.weight),
    direction: row.direction,
    minimum: row.minimum.trim() === '' ? null : num(row.minimum),
  }));
  return {
    title: draft.title,
    summary: draft.summary,
    isLeadership: draft.isLeadership,
    channels: {
      phone: num(draft.channels.phone),
      digital: num(draft.channels.digital),
      inPerson: num(draft.channels.inPerson),
    },
    profile,
    questionnaireId: draft.questionnaireId || null,
  };
}

/** `/app/recruiting/roles/new` and `/app/recruiting/roles/:roleId`. */
export function RoleEditorPage() {
  const { roleId } = useParams();
  const { t } = useT(recruiterMessages);
  const role = useLoad(
    () =>
      roleId
        ? staffApi.GET('/api/v1/job-roles/{id}', { params: { path: { id: roleId } } })
        : Promise.resolve({ data: undefined, response: new Response(null, { status: 200 }) }),
    [roleId],
  );
  const dimensions = useLoad(
    () => staffApi.GET('/api/v1/dimensions', { params: { query: { pageSize: 100 } } }),
    [],
  );
  const questionnaires = useLoad(
    () => staffApi.GET('/api/v1/questionnaires', { params: { query: { pageSize: 100 } } }),
    [],
  );
  if (roleId && role.failed !== null) {
    return (
      <Page title={t('recruiter.role.editTitle')}>
        <LoadFailed status={role.failed} onRetry={role.reload} />
      </Page>
    );
  }
  if ((roleId && !role.data) || !dimensions.data || !questionnaires.data) {
    return (
      <Page title={roleId ? t('recruiter.role.editTitle') : t('recruiter.role.newTitle')}>
        <p role="status">{t('recruiter.loading')}</p>
      </Page>
    );
  }
  return (
    <RoleForm
      key={role.data?.id ?? 'new'}
      role={role.data}
      dimensions={dimensions.data.items}
      questionnaires={questionnaires.data.items}
      onSaved={role.setData}
    />
  );
}

function RoleForm({
  role,
  dimensions,
  questionnaires,
  onSaved,
}: {
  role: JobRole | undefined;
  dimensions: Dimension[];
  questionnaires: { id: string; title: string; publishedVersion: number | null }[];
  onSaved: (role: JobRole) => void;
}) {
  const { t, formatNumber } = useT(recruiterMessages);
  const say = useApiMessage();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<RoleDraft>(() => (role ? draftOf(role) : EMPTY));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<StatusLine<KeyOf<typeof recruiterMessages>>>(null);
  const line = useStatusLine(recruiterMessages);
  const [busy, setBusy] = useState(false);
  const [addDimension, setAddDimension] = useState('');
  const markSaved = useUnsavedWarning(dirty, t('recruiter.unsaved'));

  const dimensionName = (key: string) => {
    const found = dimensions.find((d) => d.key === key);
    return found ? found.name[language] || found.name.en : key;
  };
  const unused = dimensions.filter((d) => !draft.profile.some((p) => p.dimension === d.key));
  // The chosen dimension, or the first one still free once it has been added.
  const toAdd = unused.some((d) => d.key === addDimension) ? addDimension : (unused[0]?.key ?? '');

  function change(next: Partial<RoleDraft>) {
    setDraft((current) => ({ ...current, ...next }));
    setDirty(true);
  }
  function changeRow(index: number, next: Partial<ProfileRow>) {
    change({ profile: replaceAt(draft.profile, index, { ...draft.profile[index]!, ...next }) });
  }

  /** `profile[1].target` → "Resilience, Target": the summary names fields as the form does. */
  function pathLabel(path: string): string {
    const profile = /^profile\[(\d+)\]\.(\w+)$/.exec(path);
    if (profile) {
      const row = draft.profile[Number(profile[1])];
      const field = profile[2] as 'target' | 'weight' | 'direction' | 'minimum';
      const labels = {
        target: t('recruiter.role.target'),
        weight: t('recruiter.role.weight'),
        direction: t('recruiter.role.direction'),
        minimum: t('recruiter.role.minimum'),
      };
      return `${row ? dimensionName(row.dimension) : path}, ${labels[field] ?? field}`;
    }
    const channel = /^channels\.(phone|digital|inPerson)$/.exec(path);
    if (channel) return t(`recruiter.channel.${channel[1] as 'phone' | 'digital' | 'inPerson'}`);
    const simple: Record<string, string> = {
      title: t('recruiter.role.title'),
      summary: t('recruiter.role.summary'),
      channels: t('recruiter.role.channels'),
      profile: t('recruiter.role.profile'),
      questionnaireId: t('recruiter.role.questionnaire'),
    };
    return simple[path] ?? path;
  }

  const sum = channelSum(draft.channels);
  const sumState = channelSumState(sum);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setStatus({ key: 'recruiter.saving' });
    const body = bodyOf(draft);
    const result = role
      ? await staffApi.PATCH('/api/v1/job-roles/{id}', {
          params: { path: { id: role.id } },
          body,
        })
      : await staffApi.POST('/api/v1/job-roles', { body });
    setBusy(false);
    if (result.data) {
      setErrors({});
      setDirty(false);
      markSaved();
      setStatus({ key: 'recruiter.saved' });
      if (role) onSaved(result.data);
      else void navigate(`/app/recruiting/roles/${result.data.id}`, { replace: true });
      return;
    }
    const problem = asProblem(result.error);
    const mapped = fieldErrorMap(problem.errors);
    if (Object.keys(mapped).length === 0) {
      mapped[''] = problem.detail ?? problem.title ?? t('recruiter.saveFailed');
    }
    setErrors(mapped);
    setStatus({ key: 'recruiter.saveFailedFields' });
  }

  const title = role ? t('recruiter.role.editTitle') : t('recruiter.role.newTitle');
  return (
    <Page title={role ? `${title}: ${role.title}` : title}>
      {role ? (
        <p className="actions">
          <Link className="button secondary" to={`/app/recruiting/roles/${role.id}/preview`}>
            {t('recruiter.role.toPreview')}
          </Link>
          <Link className="button secondary" to={`/app/recruiting/roles/${role.id}/candidates`}>
            {t('recruiter.role.toCandidates')}
          </Link>
        </p>
      ) : null}
      <form className="form" onSubmit={(e) => void save(e)} noValidate>
        <ErrorSummary errors={errors} label={pathLabel} />
        <Field path="title" label={t('recruiter.role.title')} error={errors.title}>
          {(props) => (
            <input
              {...props}
              value={draft.title}
              onChange={(e) => change({ title: e.target.value })}
              required
            />
          )}
        </Field>
        <Field path="summary" label={t('recruiter.role.summary')} error={errors.summary}>
          {(props) => (
            <textarea
              {...props}
              rows={3}
              value={draft.summary}
              onChange={(e) => change({ summary: e.target.value })}
            />
          )}
        </Field>
        <div className="field checkbox">
          <input
            id={fieldId('isLeadership')}
            type="checkbox"
            checked={draft.isLeadership}
            onChange={(e) => change({ isLeadership: e.target.checked })}
          />
          <label htmlFor={fieldId('isLeadership')}>{t('recruiter.role.isLeadership')}</label>
        </div>

        <fieldset>
          <legend>{t('recruiter.role.channels')}</legend>
          <p className="hint">{t('recruiter.role.channelsHint')}</p>
          <div className="row-3">
            {CHANNELS.map((channel) => (
              <Field
                key={channel}
                path={`channels.${channel}`}
                label={t(`recruiter.channel.${channel}`)}
                error={errors[`channels.${channel}`]}
              >
                {(props) => (
                  <input
                    {...props}
                    type="number"
                    inputMode="decimal"
                    min={0}
                    max={100}
                    value={draft.channels[channel]}
                    onChange={(e) =>
                      change({ channels: { ...draft.channels, [channel]: e.target.value } })
                    }
                  />
                )}
              </Field>
            ))}
          </div>
          <p role="status" className={`sum sum-${sumState.state}`} id={fieldId('channels')}>
            {t('recruiter.role.channelSum', { sum: formatNumber(sum) })}{' '}
            {sumState.state === 'ok'
              ? t('recruiter.role.channelSumOk')
              : sumState.state === 'under'
                ? t('recruiter.role.channelSumUnder', { by: formatNumber(sumState.by) })
                : t('recruiter.role.channelSumOver', { by: formatNumber(sumState.by) })}
          </p>
          {errors.channels ? <p className="field-error">{say(errors.channels)}</p> : null}
        </fieldset>

        <fieldset>
          <legend>{t('recruiter.role.profile')}</legend>
          <p className="hint">{t('recruiter.role.profileHint')}</p>
          {errors.profile ? (
            <p className="field-error" id={fieldId('profile')}>
              {say(errors.profile)}
            </p>
          ) : null}
          {draft.profile.length === 0 ? <p>{t('recruiter.role.profileEmpty')}</p> : null}
          <ol className="rows">
            {draft.profile.map((row, index) => {
              const path = `profile[${index}]`;
              const name = dimensionName(row.dimension);
              return (
                <li key={row.dimension} className="row-card">
                  <h3 className="row-title">{name}</h3>
                  <div className="row-4">
                    <Field
                      path={`${path}.target`}
                      label={t('recruiter.role.target')}
                      error={errors[`${path}.target`]}
                    >
                      {(props) => (
                        <input
                          {...props}
                          type="number"
                          min={0}
                          max={100}
                          value={row.target}
                          onChange={(e) => changeRow(index, { target: e.target.value })}
                        />
                      )}
                    </Field>
                    <Field
                      path={`${path}.weight`}
                      label={t('recruiter.role.weight')}
                      error={errors[`${path}.weight`]}
                    >
                      {(props) => (
                        <input
                          {...props}
                          type="number"
                          min={0}
                          step="any"
                          value={row.weight}
                          onChange={(e) => changeRow(index, { weight: e.target.value })}
                        />
                      )}
                    </Field>
                    <Field
                      path={`${path}.direction`}
                      label={t('recruiter.role.direction')}
                      error={errors[`${path}.direction`]}
                    >
                      {(props) => (
                        <select
                          {...props}
                          value={row.direction}
                          onChange={(e) =>
                            changeRow(index, {
                              direction: e.target.value === 'ideal' ? 'ideal' : 'atLeast',
                            })
                          }
                        >
                          <option value="atLeast">{t('recruiter.role.atLeast')}</option>
                          <option value="ideal">{t('recruiter.role.ideal')}</option>
                        </select>
                      )}
                    </Field>
                    <Field
                      path={`${path}.minimum`}
                      label={t('recruiter.role.minimum')}
                      error={errors[`${path}.minimum`]}
                    >
                      {(props) => (
                        <input
                          {...props}
                          type="number"
                          min={0}
                          max={100}
                          value={row.minimum}
                          onChange={(e) => changeRow(index, { minimum: e.target.value })}
                        />
                      )}
                    </Field>
                  </div>
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => change({ profile: removeAt(draft.profile, index) })}
                  >
                    {t('recruiter.remove')}
                    <span className="visually-hidden">: {name}</span>
                  </button>
                </li>
              );
            })}
          </ol>
          {unused.length > 0 ? (
            <div className="add-row">
              <div className="field">
                <label htmlFor="add-dimension">{t('recruiter.role.addDimensionLabel')}</label>
                <select
                  id="add-dimension"
                  value={toAdd}
                  onChange={(e) => setAddDimension(e.target.value)}
                >
                  {unused.map((d) => (
                    <option key={d.key} value={d.key}>
                      {d.name[language] || d.name.en}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  toAdd &&
                  change({
                    profile: [
                      ...draft.profile,
                      {
                        dimension: toAdd,
                        target: '70',
                        weight: '1',
                        direction: 'atLeast',
                        minimum: '',
                      },
                    ],
                  })
                }
              >
                {t('recruiter.role.addDimension')}
              </button>
            </div>
          ) : null}
          {draft.profile.length > 0 ? (
            <BarChart
              title={t('recruiter.role.profilePicture')}
              max={100}
              markerLabel={t('recruiter.role.minimum')}
              bars={draft.profile.map((row) => {
                const target = Number(row.target) || 0;
                const minimum = row.minimum.trim() === '' ? undefined : Number(row.minimum);
                return {
                  label: dimensionName(row.dimension),
                  value: target,
                  ...(minimum !== undefined && Number.isFinite(minimum) ? { marker: minimum } : {}),
                  text: t('recruiter.role.profileBarText', {
                    target: formatNumber(target),
                    weight: formatNumber(Number(row.weight) || 0),
                    direction: t(`recruiter.role.${row.direction}`),
                    minimum:
                      minimum !== undefined && Number.isFinite(minimum)
                        ? t('recruiter.role.profileBarMinimum', { minimum: formatNumber(minimum) })
                        : '',
                  }),
                };
              })}
            />
          ) : null}
        </fieldset>

        <Field
          path="questionnaireId"
          label={t('recruiter.role.questionnaire')}
          error={errors.questionnaireId}
          hint={t('recruiter.role.questionnaireHint')}
        >
          {(props) => (
            <select
              {...props}
              value={draft.questionnaireId}
              onChange={(e) => change({ questionnaireId: e.target.value })}
            >
              <option value="">{t('recruiter.role.noQuestionnaire')}</option>
              {questionnaires.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.publishedVersion === null
                    ? t('recruiter.role.questionnaireDraft', { title: q.title })
                    : q.title}
                </option>
              ))}
            </select>
          )}
        </Field>

        <FormActions status={line(status)}>
          <button type="submit" disabled={busy}>
            {role ? t('recruiter.save') : t('recruiter.role.create')}
          </button>
        </FormActions>
      </form>
    </Page>
  );
}
