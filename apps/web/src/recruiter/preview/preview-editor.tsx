import { useState } from 'react';
import { useApiMessage } from '../../staff/api-messages';
import type { FormEvent } from 'react';
import { useT } from '../../i18n/language';
import { useMe } from '../../staff/session';
import { staffApi } from '../../staff/staff-api';
import { fieldErrorMap } from '../lib/field-errors';
import { move, moveErrorPaths, removeAt, replaceAt } from '../lib/list-edit';
import { recruiterMessages } from '../messages';
import { asProblem, type JobRole, type Preview } from '../types';
import { ErrorSummary } from '../ui/error-summary';
import { useStatusLine, type KeyOf, type StatusLine } from '../../staff/ui/status-line';

import { useUnsavedWarning } from '../ui/use-unsaved-warning';
import { LivePreview } from './live-preview';
import {
  allocationSum,
  contentOf,
  draftOfPreview,
  newBlock,
  type PreviewDraft,
} from './preview-draft';
import { PreviewPublishing } from './preview-publishing';
import { StringList } from './string-list';
import { Field, FormActions } from '../../staff/ui/field';

const CHANNELS = ['phone', 'digital', 'inPerson', 'internal'] as const;
const REMOTE = ['onsite', 'hybrid', 'remote'] as const;

export function PreviewEditor({
  role,
  preview,
  onChanged,
}: {
  role: JobRole;
  preview: Preview;
  onChanged: (preview: Preview) => void;
}) {
  const { t, formatNumber } = useT(recruiterMessages);
  const say = useApiMessage();
  const me = useMe();
  const [draft, setDraft] = useState<PreviewDraft>(() => draftOfPreview(preview));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<StatusLine<KeyOf<typeof recruiterMessages>>>(null);
  const line = useStatusLine(recruiterMessages);
  const [busy, setBusy] = useState(false);
  const [statsRound, setStatsRound] = useState(0);
  useUnsavedWarning(dirty, t('recruiter.unsaved'));

  function change(next: Partial<PreviewDraft>) {
    setDraft((current) => ({ ...current, ...next }));
    setDirty(true);
  }

  function moveBlock(from: number, to: number) {
    if (to < 0 || to >= draft.typicalDay.length) return;
    setErrors((current) =>
      moveErrorPaths(current, 'typicalDay', from, to, draft.typicalDay.length),
    );
    change({ typicalDay: move(draft.typicalDay, from, to) });
    setStatus({ key: 'recruiter.preview.blockMoved', vars: { from: from + 1, to: to + 1 } });
    // Keep focus on the same control of the moved block, so repeated presses keep moving it.
    requestAnimationFrame(() => {
      const direction = to < from ? 'up' : 'down';
      const button = document.getElementById(`block-${to}-${direction}`);
      (button && !(button as HTMLButtonElement).disabled
        ? button
        : document.getElementById(`block-${to}-${direction === 'up' ? 'down' : 'up'}`)
      )?.focus();
    });
  }

  function showProblem(error: unknown, fallback: string) {
    const problem = asProblem(error);
    const mapped = fieldErrorMap(problem.errors);
    if (Object.keys(mapped).length === 0) mapped[''] = problem.detail ?? problem.title ?? fallback;
    setErrors(mapped);
  }

  async function save(): Promise<Preview | null> {
    setBusy(true);
    setStatus({ key: 'recruiter.saving' });
    const result = await staffApi.PATCH('/api/v1/previews/{id}', {
      params: { path: { id: preview.id } },
      body: contentOf(draft),
    });
    setBusy(false);
    if (!result.data) {
      showProblem(result.error, t('recruiter.saveFailed'));
      setStatus({ key: 'recruiter.saveFailedFields' });
      return null;
    }
    setErrors({});
    setDirty(false);
    setStatus({ key: 'recruiter.preview.savedVersion', vars: { version: result.data.version } });
    onChanged(result.data);
    return result.data;
  }

  async function publish() {
    const saved = dirty ? await save() : preview;
    if (!saved || saved.status !== 'draft') return;
    setBusy(true);
    setStatus({ key: 'recruiter.preview.publishing' });
    const result = await staffApi.POST('/api/v1/previews/{id}/publish', {
      params: { path: { id: preview.id } },
    });
    setBusy(false);
    if (!result.data) {
      showProblem(result.error, t('recruiter.preview.publishFailed'));
      setStatus({ key: 'recruiter.preview.publishFailedFields' });
      return;
    }
    setErrors({});
    setStatus({ key: 'recruiter.preview.published', vars: { version: result.data.version } });
    const fresh = await staffApi.GET('/api/v1/previews/{id}', {
      params: { path: { id: preview.id } },
    });
    if (fresh.data) onChanged(fresh.data);
    setStatsRound((r) => r + 1);
  }

  /** `typicalDay[2].end` → "Block 3, Ends": the summary names fields as the form does. */
  function pathLabel(path: string): string {
    const match = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$/.exec(path);
    if (!match) return path;
    const [, list = '', index, field] = match;
    const n = index === undefined ? 0 : Number(index) + 1;
    const fieldLabels: Record<string, string> = {
      start: t('recruiter.preview.blockStart'),
      end: t('recruiter.preview.blockEnd'),
      activity: t('recruiter.preview.activity'),
      channel: t('recruiter.preview.channel'),
      description: t('recruiter.preview.description'),
      percent: t('recruiter.preview.percent'),
      text: t('recruiter.preview.demandN', { n }),
      kind: t('recruiter.preview.demandKind'),
    };
    const lists: Record<string, { whole: string; item: string }> = {
      typicalDay: {
        whole: t('recruiter.preview.typicalDay'),
        item: t('recruiter.preview.blockLabel', { n }),
      },
      timeAllocation: {
        whole: t('recruiter.preview.timeAllocation'),
        item: t('recruiter.preview.timeAllocation'),
      },
      demands: {
        whole: t('recruiter.preview.demands'),
        item: t('recruiter.preview.demandN', { n }),
      },
      hardParts: {
        whole: t('recruiter.preview.hardParts'),
        item: t('recruiter.preview.hardPartN', { n }),
      },
      culture: {
        whole: t('recruiter.preview.culture'),
        item: t('recruiter.preview.cultureN', { n }),
      },
      headline: { whole: t('recruiter.preview.headline'), item: '' },
      summary: { whole: t('recruiter.preview.summary'), item: '' },
      location: { whole: t('recruiter.preview.location'), item: '' },
      remote: { whole: t('recruiter.preview.remote'), item: '' },
      locale: { whole: t('recruiter.preview.locale'), item: '' },
    };
    const names = lists[list];
    if (!names) return path;
    if (index === undefined) return names.whole;
    return field && fieldLabels[field] ? `${names.item}, ${fieldLabels[field]}` : names.item;
  }

  const sum = allocationSum(draft);
  const err = (path: string) => errors[path];

  return (
    <div className="editor-split">
      <form
        className="form editor-form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        <ErrorSummary errors={errors} label={pathLabel} />
        <p className="muted">
          {t('recruiter.preview.versionLine', {
            version: preview.version,
            state:
              preview.status === 'draft'
                ? t('recruiter.preview.stateDraft')
                : t('recruiter.preview.statePublished'),
          })}{' '}
          {preview.publishedVersion !== null
            ? t('recruiter.preview.liveVersion', { version: preview.publishedVersion })
            : t('recruiter.preview.notLive')}
        </p>

        <fieldset>
          <legend>{t('recruiter.preview.basics')}</legend>
          <Field path="headline" label={t('recruiter.preview.headline')} error={err('headline')}>
            {(props) => (
              <input
                {...props}
                value={draft.headline}
                onChange={(e) => change({ headline: e.target.value })}
              />
            )}
          </Field>
          <Field path="summary" label={t('recruiter.preview.summary')} error={err('summary')}>
            {(props) => (
              <textarea
                {...props}
                rows={4}
                value={draft.summary}
                onChange={(e) => change({ summary: e.target.value })}
              />
            )}
          </Field>
          <div className="row-3">
            <Field path="location" label={t('recruiter.preview.location')} error={err('location')}>
              {(props) => (
                <input
                  {...props}
                  value={draft.location}
                  onChange={(e) => change({ location: e.target.value })}
                />
              )}
            </Field>
            <Field path="remote" label={t('recruiter.preview.remote')} error={err('remote')}>
              {(props) => (
                <select
                  {...props}
                  value={draft.remote}
                  onChange={(e) => change({ remote: e.target.value as PreviewDraft['remote'] })}
                >
                  {REMOTE.map((r) => (
                    <option key={r} value={r}>
                      {t(`recruiter.remote.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field path="locale" label={t('recruiter.preview.locale')} error={err('locale')}>
              {(props) => (
                <select
                  {...props}
                  value={draft.locale}
                  onChange={(e) => change({ locale: e.target.value === 'nb' ? 'nb' : 'en' })}
                >
                  <option value="en">English</option>
                  <option value="nb">Norsk bokmål</option>
                </select>
              )}
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('recruiter.preview.typicalDay')}</legend>
          <p className="hint">{t('recruiter.preview.typicalDayHint')}</p>
          {err('typicalDay') ? <p className="field-error">{say(err('typicalDay')!)}</p> : null}
          <ol className="rows">
            {draft.typicalDay.map((block, index) => {
              const path = `typicalDay[${index}]`;
              const label = t('recruiter.preview.blockLabel', { n: index + 1 });
              const set = (next: Partial<typeof block>) =>
                change({ typicalDay: replaceAt(draft.typicalDay, index, { ...block, ...next }) });
              return (
                <li key={index} className="row-card" aria-label={label}>
                  <h3 className="row-title">{label}</h3>
                  <div className="row-3">
                    <Field
                      path={`${path}.start`}
                      label={t('recruiter.preview.blockStart')}
                      error={err(`${path}.start`)}
                    >
                      {(props) => (
                        <input
                          {...props}
                          type="time"
                          value={block.start}
                          onChange={(e) => set({ start: e.target.value })}
                        />
                      )}
                    </Field>
                    <Field
                      path={`${path}.end`}
                      label={t('recruiter.preview.blockEnd')}
                      error={err(`${path}.end`)}
                    >
                      {(props) => (
                        <input
                          {...props}
                          type="time"
                          value={block.end}
                          onChange={(e) => set({ end: e.target.value })}
                        />
                      )}
                    </Field>
                    <Field
                      path={`${path}.channel`}
                      label={t('recruiter.preview.channel')}
                      error={err(`${path}.channel`)}
                    >
                      {(props) => (
                        <select
                          {...props}
                          value={block.channel}
                          onChange={(e) =>
                            set({ channel: e.target.value as (typeof CHANNELS)[number] })
                          }
                        >
                          {CHANNELS.map((c) => (
                            <option key={c} value={c}>
                              {t(`recruiter.channel.${c}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                  </div>
                  <Field
                    path={`${path}.activity`}
                    label={t('recruiter.preview.activity')}
                    error={err(`${path}.activity`)}
                  >
                    {(props) => (
                      <input
                        {...props}
                        value={block.activity}
                        onChange={(e) => set({ activity: e.target.value })}
                      />
                    )}
                  </Field>
                  <Field
                    path={`${path}.description`}
                    label={t('recruiter.preview.description')}
                    error={err(`${path}.description`)}
                  >
                    {(props) => (
                      <input
                        {...props}
                        value={block.description}
                        onChange={(e) => set({ description: e.target.value })}
                      />
                    )}
                  </Field>
                  <div className="row-buttons">
                    <button
                      type="button"
                      id={`block-${index}-up`}
                      className="secondary small"
                      disabled={index === 0}
                      onClick={() => moveBlock(index, index - 1)}
                    >
                      {t('recruiter.moveUp')}
                      <span className="visually-hidden">: {label}</span>
                    </button>
                    <button
                      type="button"
                      id={`block-${index}-down`}
                      className="secondary small"
                      disabled={index === draft.typicalDay.length - 1}
                      onClick={() => moveBlock(index, index + 1)}
                    >
                      {t('recruiter.moveDown')}
                      <span className="visually-hidden">: {label}</span>
                    </button>
                    <button
                      type="button"
                      className="secondary small danger"
                      onClick={() => {
                        change({ typicalDay: removeAt(draft.typicalDay, index) });
                        setStatus({
                          key: 'recruiter.preview.blockRemoved',
                          vars: { n: index + 1 },
                        });
                      }}
                    >
                      {t('recruiter.remove')}
                      <span className="visually-hidden">: {label}</span>
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              change({ typicalDay: [...draft.typicalDay, newBlock(draft.typicalDay.at(-1))] });
              setStatus({
                key: 'recruiter.preview.blockAdded',
                vars: { n: draft.typicalDay.length + 1 },
              });
            }}
          >
            {t('recruiter.preview.addBlock')}
          </button>
        </fieldset>

        <fieldset>
          <legend>{t('recruiter.preview.timeAllocation')}</legend>
          {err('timeAllocation') ? (
            <p className="field-error" id="f-timeAllocation">
              {say(err('timeAllocation')!)}
            </p>
          ) : null}
          <ol className="rows">
            {draft.timeAllocation.map((row, index) => {
              const path = `timeAllocation[${index}]`;
              const set = (next: Partial<typeof row>) =>
                change({
                  timeAllocation: replaceAt(draft.timeAllocation, index, { ...row, ...next }),
                });
              return (
                <li key={index} className="row-inline">
                  <Field
                    path={`${path}.activity`}
                    label={t('recruiter.preview.activity')}
                    error={err(`${path}.activity`)}
                  >
                    {(props) => (
                      <input
                        {...props}
                        value={row.activity}
                        onChange={(e) => set({ activity: e.target.value })}
                      />
                    )}
                  </Field>
                  <Field
                    path={`${path}.percent`}
                    label={t('recruiter.preview.percent')}
                    error={err(`${path}.percent`)}
                    className="narrow"
                  >
                    {(props) => (
                      <input
                        {...props}
                        type="number"
                        min={0}
                        max={100}
                        value={row.percent}
                        onChange={(e) => set({ percent: e.target.value })}
                      />
                    )}
                  </Field>
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() =>
                      change({ timeAllocation: removeAt(draft.timeAllocation, index) })
                    }
                  >
                    {t('recruiter.remove')}
                    <span className="visually-hidden">: {row.activity}</span>
                  </button>
                </li>
              );
            })}
          </ol>
          <p
            role="status"
            className={`sum sum-${Math.round(sum * 100) === 10000 ? 'ok' : 'under'}`}
          >
            {t('recruiter.preview.allocationSum', { sum: formatNumber(sum) })}
          </p>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              change({ timeAllocation: [...draft.timeAllocation, { activity: '', percent: '' }] })
            }
          >
            {t('recruiter.preview.addAllocation')}
          </button>
        </fieldset>

        <StringList
          path="hardParts"
          legend={t('recruiter.preview.hardParts')}
          hint={t('recruiter.preview.hardPartsHint')}
          addLabel={t('recruiter.preview.addHardPart')}
          itemLabel={(n) => t('recruiter.preview.hardPartN', { n })}
          items={draft.hardParts}
          errors={errors}
          onChange={(hardParts) => change({ hardParts })}
        />
        <StringList
          path="culture"
          legend={t('recruiter.preview.culture')}
          addLabel={t('recruiter.preview.addCulture')}
          itemLabel={(n) => t('recruiter.preview.cultureN', { n })}
          items={draft.culture}
          errors={errors}
          onChange={(culture) => change({ culture })}
        />

        <fieldset>
          <legend>{t('recruiter.preview.demands')}</legend>
          {err('demands') ? (
            <p className="field-error" id="f-demands">
              {err('demands')}
            </p>
          ) : null}
          <ol className="rows">
            {draft.demands.map((demand, index) => {
              const path = `demands[${index}]`;
              const set = (next: Partial<typeof demand>) =>
                change({ demands: replaceAt(draft.demands, index, { ...demand, ...next }) });
              return (
                <li key={index} className="row-inline">
                  <Field
                    path={`${path}.text`}
                    label={t('recruiter.preview.demandN', { n: index + 1 })}
                    error={err(`${path}.text`)}
                  >
                    {(props) => (
                      <input
                        {...props}
                        value={demand.text}
                        onChange={(e) => set({ text: e.target.value })}
                      />
                    )}
                  </Field>
                  <Field
                    path={`${path}.kind`}
                    label={t('recruiter.preview.demandKind')}
                    error={err(`${path}.kind`)}
                    className="narrow"
                  >
                    {(props) => (
                      <select
                        {...props}
                        value={demand.kind}
                        onChange={(e) =>
                          set({
                            kind: e.target.value === 'expectation' ? 'expectation' : 'requirement',
                          })
                        }
                      >
                        <option value="requirement">{t('recruiter.preview.requirement')}</option>
                        <option value="expectation">{t('recruiter.preview.expectation')}</option>
                      </select>
                    )}
                  </Field>
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => change({ demands: removeAt(draft.demands, index) })}
                  >
                    {t('recruiter.remove')}
                    <span className="visually-hidden">
                      : {t('recruiter.preview.demandN', { n: index + 1 })}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              change({ demands: [...draft.demands, { text: '', kind: 'requirement' }] })
            }
          >
            {t('recruiter.preview.addDemand')}
          </button>
        </fieldset>

        <FormActions status={line(status)} sticky>
          <button type="submit" className="secondary" disabled={busy}>
            {t('recruiter.preview.saveDraft')}
          </button>
          <button
            type="button"
            disabled={busy || (!dirty && preview.status !== 'draft')}
            onClick={() => void publish()}
          >
            {t('recruiter.preview.publish')}
          </button>
        </FormActions>
      </form>

      <aside
        className="editor-aside"
        aria-label={t('recruiter.preview.livePreview')}
        // It scrolls on its own beside the form on wide screens: keyboard users can too.
        tabIndex={0}
      >
        <h2>{t('recruiter.preview.livePreview')}</h2>
        <p className="hint">{t('recruiter.preview.livePreviewHint')}</p>
        <div className="live-preview">
          <LivePreview
            draft={draft}
            jobTitle={role.title}
            organizationName={me.organization.name}
          />
        </div>
      </aside>

      <PreviewPublishing preview={preview} statsRound={statsRound} />
    </div>
  );
}
