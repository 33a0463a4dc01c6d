import '../recruiter.css';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useLanguage, useT } from '../../i18n/language';
import { Page } from '../../shell/page';
import { staffApi } from '../../staff/staff-api';
import { fieldErrorMap } from '../lib/field-errors';
import { move, moveErrorPaths, removeAt, replaceAt } from '../lib/list-edit';
import { recruiterMessages } from '../messages';
import { asProblem, type Dimension, type Questionnaire, type QuestionnaireItem } from '../types';
import { ErrorSummary } from '../ui/error-summary';

import { LoadFailed } from '../ui/load-failed';
import { useLoad } from '../ui/use-load';
import { useUnsavedWarning } from '../ui/use-unsaved-warning';
import { questionnaireErrorTarget, questionnairePathLabel } from './error-paths';
import { ReliabilityPanel } from './reliability-panel';
import { Field, FormActions } from '../../staff/ui/field';
import { useStatusLine, type KeyOf, type StatusLine } from '../../staff/ui/status-line';

type ItemType = QuestionnaireItem['type'];

function newItem(type: ItemType, index: number, dimension: string): QuestionnaireItem {
  const key = `${type}-${index + 1}`;
  const text = { en: '', nb: '' };
  if (type === 'likert') return { key, type, text, dimension, keyed: 1, weight: 1 };
  if (type === 'knockout') return { key, type, text, weight: 1, passingAnswer: true };
  return {
    key,
    type,
    text,
    weight: 1,
    options: [
      { key: 'a', text: { en: '', nb: '' }, scores: { [dimension]: 100 } },
      { key: 'b', text: { en: '', nb: '' }, scores: { [dimension]: 0 } },
    ],
  };
}

/** `/app/questionnaires/:id`: the builder, publishing with its warnings, and reliability. */
export function QuestionnaireBuilderPage() {
  const { questionnaireId = '' } = useParams();
  const { t } = useT(recruiterMessages);
  const q = useLoad(
    () =>
      staffApi.GET('/api/v1/questionnaires/{id}', { params: { path: { id: questionnaireId } } }),
    [questionnaireId],
  );
  const dimensions = useLoad(
    () => staffApi.GET('/api/v1/dimensions', { params: { query: { pageSize: 100 } } }),
    [],
  );
  if (q.failed !== null) {
    return (
      <Page title={t('recruiter.q.builderTitle')}>
        <LoadFailed status={q.failed} onRetry={q.reload} />
      </Page>
    );
  }
  if (!q.data || !dimensions.data) {
    return (
      <Page title={t('recruiter.q.builderTitle')}>
        <p role="status">{t('recruiter.loading')}</p>
      </Page>
    );
  }
  return (
    <Builder
      key={`${q.data.id}:${q.data.version}`}
      questionnaire={q.data}
      dimensions={dimensions.data.items}
      onChanged={q.setData}
    />
  );
}

function Builder({
  questionnaire,
  dimensions,
  onChanged,
}: {
  questionnaire: Questionnaire;
  dimensions: Dimension[];
  onChanged: (q: Questionnaire) => void;
}) {
  const { t } = useT(recruiterMessages);
  const { language } = useLanguage();
  const [title, setTitle] = useState(questionnaire.title);
  const [scale, setScale] = useState({
    min: String(questionnaire.scale.min),
    max: String(questionnaire.scale.max),
  });
  const [items, setItems] = useState<QuestionnaireItem[]>(questionnaire.items);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<StatusLine<KeyOf<typeof recruiterMessages>>>(null);
  const line = useStatusLine(recruiterMessages);
  const [warnings, setWarnings] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const markSaved = useUnsavedWarning(dirty, t('recruiter.unsaved'));
  const firstDimension = dimensions[0]?.key ?? '';
  const dimName = (key: string) => {
    const d = dimensions.find((x) => x.key === key);
    return d ? d.name[language] || d.name.en : key;
  };

  const edit = (next: QuestionnaireItem[]) => {
    setItems(next);
    setDirty(true);
  };
  const setItem = (index: number, patch: Partial<QuestionnaireItem>) =>
    edit(replaceAt(items, index, { ...items[index]!, ...patch }));

  async function save(): Promise<Questionnaire | null> {
    setBusy(true);
    setStatus({ key: 'recruiter.saving' });
    const result = await staffApi.PATCH('/api/v1/questionnaires/{id}', {
      params: { path: { id: questionnaire.id } },
      body: {
        title,
        locales: ['en', 'nb'],
        scale: { min: Number(scale.min), max: Number(scale.max) },
        items,
      },
    });
    setBusy(false);
    if (!result.data) {
      const problem = asProblem(result.error);
      const mapped = fieldErrorMap(problem.errors);
      if (Object.keys(mapped).length === 0)
        mapped[''] = problem.detail ?? problem.title ?? t('recruiter.saveFailed');
      setErrors(mapped);
      setStatus({ key: 'recruiter.saveFailedFields' });
      return null;
    }
    setErrors({});
    setDirty(false);
    markSaved();
    setStatus({ key: 'recruiter.q.savedVersion', vars: { version: result.data.version } });
    return result.data;
  }

  async function publish() {
    const saved = dirty ? await save() : questionnaire;
    if (!saved) return;
    setBusy(true);
    setStatus({ key: 'recruiter.preview.publishing' });
    const result = await staffApi.POST('/api/v1/questionnaires/{id}/publish', {
      params: { path: { id: questionnaire.id } },
    });
    setBusy(false);
    if (!result.data) {
      const problem = asProblem(result.error);
      const mapped = fieldErrorMap(problem.errors);
      if (Object.keys(mapped).length === 0)
        mapped[''] = problem.detail ?? problem.title ?? t('recruiter.preview.publishFailed');
      setErrors(mapped);
      setStatus({ key: 'recruiter.preview.publishFailedFields' });
      return;
    }
    setWarnings(result.data.warnings);
    setStatus({ key: 'recruiter.q.published', vars: { version: result.data.version } });
    const fresh = await staffApi.GET('/api/v1/questionnaires/{id}', {
      params: { path: { id: questionnaire.id } },
    });
    if (fresh.data) onChanged(fresh.data);
  }

  return (
    <Page title={t('recruiter.q.builderTitleFor', { title: questionnaire.title })}>
      <p>
        <Link to="/app/questionnaires">{t('recruiter.q.back')}</Link>
      </p>
      <p className="muted">
        {t('recruiter.preview.versionLine', {
          version: questionnaire.version,
          state:
            questionnaire.status === 'draft'
              ? t('recruiter.preview.stateDraft')
              : t('recruiter.preview.statePublished'),
        })}{' '}
        {questionnaire.publishedVersion !== null
          ? t('recruiter.q.liveVersion', { version: questionnaire.publishedVersion })
          : t('recruiter.q.notLive')}
      </p>
      {warnings && warnings.length > 0 ? (
        <div className="notice" role="status">
          <h2>{t('recruiter.q.warnings')}</h2>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <ErrorSummary
          errors={errors}
          label={(path) => questionnairePathLabel(path, t, dimName)}
          target={(path) => questionnaireErrorTarget(path, items)}
        />
        <Field path="title" label={t('recruiter.q.title')} error={errors.title}>
          {(props) => (
            <input
              {...props}
              value={title}
              onChange={(e) => {
                setTitle(e.target.value);
                setDirty(true);
              }}
            />
          )}
        </Field>
        <fieldset>
          <legend>{t('recruiter.q.scale')}</legend>
          <div className="row-3">
            <Field path="scale.min" label={t('recruiter.q.scaleMin')} error={errors['scale.min']}>
              {(props) => (
                <input
                  {...props}
                  type="number"
                  value={scale.min}
                  onChange={(e) => {
                    setScale({ ...scale, min: e.target.value });
                    setDirty(true);
                  }}
                />
              )}
            </Field>
            <Field path="scale.max" label={t('recruiter.q.scaleMax')} error={errors['scale.max']}>
              {(props) => (
                <input
                  {...props}
                  type="number"
                  value={scale.max}
                  onChange={(e) => {
                    setScale({ ...scale, max: e.target.value });
                    setDirty(true);
                  }}
                />
              )}
            </Field>
          </div>
        </fieldset>

        <h2>{t('recruiter.q.itemsTitle')}</h2>
        {errors.items ? (
          <p className="field-error" id="f-items">
            {errors.items}
          </p>
        ) : null}
        {items.length === 0 ? <p>{t('recruiter.q.noItems')}</p> : null}
        <ol className="rows">
          {items.map((item, index) => {
            const path = `items[${index}]`;
            const label = t('recruiter.q.itemLabel', {
              n: index + 1,
              type: t(`recruiter.q.type.${item.type}`),
            });
            return (
              <li key={index} className="row-card" aria-label={label}>
                <h3 className="row-title">{label}</h3>
                <Field
                  path={`${path}.key`}
                  label={t('recruiter.q.key')}
                  error={errors[`${path}.key`]}
                  hint={t('recruiter.q.keyHint')}
                >
                  {(props) => (
                    <input
                      {...props}
                      value={item.key}
                      onChange={(e) => setItem(index, { key: e.target.value })}
                    />
                  )}
                </Field>
                <div className="side-by-side">
                  <Field
                    path={`${path}.text.en`}
                    label={t('recruiter.q.textEn')}
                    error={errors[`${path}.text.en`]}
                  >
                    {(props) => (
                      <textarea
                        {...props}
                        lang="en"
                        rows={2}
                        value={item.text.en}
                        onChange={(e) =>
                          setItem(index, { text: { ...item.text, en: e.target.value } })
                        }
                      />
                    )}
                  </Field>
                  <Field
                    path={`${path}.text.nb`}
                    label={t('recruiter.q.textNb')}
                    error={errors[`${path}.text.nb`]}
                  >
                    {(props) => (
                      <textarea
                        {...props}
                        lang="nb"
                        rows={2}
                        value={item.text.nb}
                        onChange={(e) =>
                          setItem(index, { text: { ...item.text, nb: e.target.value } })
                        }
                      />
                    )}
                  </Field>
                </div>
                {item.type === 'likert' ? (
                  <div className="row-3">
                    <Field
                      path={`${path}.dimension`}
                      label={t('recruiter.result.dimension')}
                      error={errors[`${path}.dimension`]}
                    >
                      {(props) => (
                        <select
                          {...props}
                          value={item.dimension ?? ''}
                          onChange={(e) => setItem(index, { dimension: e.target.value })}
                        >
                          {dimensions.map((d) => (
                            <option key={d.key} value={d.key}>
                              {dimName(d.key)}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                    <Field
                      path={`${path}.keyed`}
                      label={t('recruiter.q.keyed')}
                      error={errors[`${path}.keyed`]}
                    >
                      {(props) => (
                        <select
                          {...props}
                          value={String(item.keyed ?? 1)}
                          onChange={(e) =>
                            setItem(index, { keyed: e.target.value === '-1' ? -1 : 1 })
                          }
                        >
                          <option value="1">{t('recruiter.q.keyedPlus')}</option>
                          <option value="-1">{t('recruiter.q.keyedMinus')}</option>
                        </select>
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
                          step="any"
                          min={0}
                          value={item.weight ?? 1}
                          onChange={(e) => setItem(index, { weight: Number(e.target.value) })}
                        />
                      )}
                    </Field>
                  </div>
                ) : null}
                {item.type === 'knockout' ? (
                  <Field
                    path={`${path}.passingAnswer`}
                    label={t('recruiter.q.passing')}
                    error={errors[`${path}.passingAnswer`]}
                  >
                    {(props) => (
                      <select
                        {...props}
                        value={item.passingAnswer === false ? 'no' : 'yes'}
                        onChange={(e) =>
                          setItem(index, { passingAnswer: e.target.value === 'yes' })
                        }
                      >
                        <option value="yes">{t('recruiter.candidates.yes')}</option>
                        <option value="no">{t('recruiter.candidates.no')}</option>
                      </select>
                    )}
                  </Field>
                ) : null}
                {item.type === 'choice' ? (
                  <fieldset>
                    <legend>{t('recruiter.q.options')}</legend>
                    {(item.options ?? []).map((option, o) => {
                      const opath = `${path}.options[${o}]`;
                      const setOption = (patch: Partial<typeof option>) =>
                        setItem(index, {
                          options: replaceAt(item.options ?? [], o, { ...option, ...patch }),
                        });
                      const scored = Object.entries(option.scores);
                      return (
                        <div key={o} className="option-card">
                          <div className="side-by-side">
                            <Field
                              path={`${opath}.text.en`}
                              label={t('recruiter.q.optionEn', { n: o + 1 })}
                              error={errors[`${opath}.text.en`]}
                            >
                              {(props) => (
                                <input
                                  {...props}
                                  lang="en"
                                  value={option.text.en}
                                  onChange={(e) =>
                                    setOption({ text: { ...option.text, en: e.target.value } })
                                  }
                                />
                              )}
                            </Field>
                            <Field
                              path={`${opath}.text.nb`}
                              label={t('recruiter.q.optionNb', { n: o + 1 })}
                              error={errors[`${opath}.text.nb`]}
                            >
                              {(props) => (
                                <input
                                  {...props}
                                  lang="nb"
                                  value={option.text.nb}
                                  onChange={(e) =>
                                    setOption({ text: { ...option.text, nb: e.target.value } })
                                  }
                                />
                              )}
                            </Field>
                          </div>
                          <div className="row-4">
                            {scored.map(([dim, score]) => (
                              <Field
                                key={dim}
                                path={`${opath}.scores.${dim}`}
                                label={t('recruiter.q.scoreFor', { dimension: dimName(dim) })}
                                error={errors[`${opath}.scores.${dim}`]}
                              >
                                {(props) => (
                                  <input
                                    {...props}
                                    type="number"
                                    min={0}
                                    max={100}
                                    value={score}
                                    onChange={(e) =>
                                      setOption({
                                        scores: { ...option.scores, [dim]: Number(e.target.value) },
                                      })
                                    }
                                  />
                                )}
                              </Field>
                            ))}
                          </div>
                          <label className="inline-select">
                            {t('recruiter.q.addScore', { n: o + 1 })}{' '}
                            <select
                              value=""
                              onChange={(e) =>
                                e.target.value &&
                                setOption({ scores: { ...option.scores, [e.target.value]: 50 } })
                              }
                            >
                              <option value="">—</option>
                              {dimensions
                                .filter((d) => !(d.key in option.scores))
                                .map((d) => (
                                  <option key={d.key} value={d.key}>
                                    {dimName(d.key)}
                                  </option>
                                ))}
                            </select>
                          </label>
                        </div>
                      );
                    })}
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() =>
                        setItem(index, {
                          options: [
                            ...(item.options ?? []),
                            {
                              key: String.fromCharCode(97 + (item.options?.length ?? 0)),
                              text: { en: '', nb: '' },
                              scores: { [firstDimension]: 50 },
                            },
                          ],
                        })
                      }
                    >
                      {t('recruiter.q.addOption')}
                    </button>
                  </fieldset>
                ) : null}
                <div className="row-buttons">
                  <button
                    type="button"
                    className="secondary small"
                    id={`item-${index}-up`}
                    disabled={index === 0}
                    onClick={() => {
                      setErrors(moveErrorPaths(errors, 'items', index, index - 1, items.length));
                      edit(move(items, index, index - 1));
                      followMovedItem(index - 1, 'up');
                    }}
                  >
                    {t('recruiter.moveUp')}
                    <span className="visually-hidden">: {label}</span>
                  </button>
                  <button
                    type="button"
                    className="secondary small"
                    id={`item-${index}-down`}
                    disabled={index === items.length - 1}
                    onClick={() => {
                      setErrors(moveErrorPaths(errors, 'items', index, index + 1, items.length));
                      edit(move(items, index, index + 1));
                      followMovedItem(index + 1, 'down');
                    }}
                  >
                    {t('recruiter.moveDown')}
                    <span className="visually-hidden">: {label}</span>
                  </button>
                  <button
                    type="button"
                    className="secondary small danger"
                    onClick={() => edit(removeAt(items, index))}
                  >
                    {t('recruiter.remove')}
                    <span className="visually-hidden">: {label}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <div className="actions">
          {(['likert', 'choice', 'knockout'] as const).map((type) => (
            <button
              key={type}
              type="button"
              className="secondary"
              onClick={() => edit([...items, newItem(type, items.length, firstDimension)])}
            >
              {t(`recruiter.q.add.${type}`)}
            </button>
          ))}
        </div>
        <FormActions status={line(status)} sticky>
          <button type="submit" className="secondary" disabled={busy}>
            {t('recruiter.preview.saveDraft')}
          </button>
          <button
            type="button"
            disabled={busy || (!dirty && questionnaire.status !== 'draft')}
            onClick={() => void publish()}
          >
            {t('recruiter.preview.publish')}
          </button>
        </FormActions>
      </form>
      <ReliabilityPanel
        questionnaireId={questionnaire.id}
        published={questionnaire.publishedVersion !== null}
        dimensions={dimensions}
      />
    </Page>
  );
}

/**
 * Keeps focus on the same control of the item that moved (at its new place), so a keyboard
 * user pressing Move up again keeps moving it; at the end of the list, on the other button.
 */
function followMovedItem(to: number, direction: 'up' | 'down') {
  requestAnimationFrame(() => {
    const button = document.getElementById(`item-${to}-${direction}`) as HTMLButtonElement | null;
    const other = document.getElementById(`item-${to}-${direction === 'up' ? 'down' : 'up'}`);
    (button && !button.disabled ? button : other)?.focus();
  });
}
