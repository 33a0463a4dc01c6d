import { useEffect, useState } from 'react';
import { useT } from '../../i18n/language';
import { staffApi } from '../../staff/staff-api';
import { recruiterMessages } from '../messages';
import type { Preview, PreviewStats } from '../types';
import { BarChart } from '../ui/bar-chart';
import { useStatusLine, type KeyOf, type StatusLine } from '../../staff/ui/status-line';

const REASONS = [
  'tasks',
  'schedule',
  'culture',
  'demands',
  'pay',
  'location',
  'other',
  'unspecified',
] as const;

/** Versions, the public link (copy / share) and what candidates did with the preview. */
export function PreviewPublishing({
  preview,
  statsRound,
}: {
  preview: Preview;
  statsRound: number;
}) {
  const { t, formatNumber } = useT(recruiterMessages);
  const [stats, setStats] = useState<PreviewStats | null>(null);
  const [copied, setCopied] = useState<StatusLine<KeyOf<typeof recruiterMessages>>>(null);
  const line = useStatusLine(recruiterMessages);
  const publicUrl = `${window.location.origin}/jobs/${preview.slug}`;
  const live = preview.publishedVersion !== null;

  useEffect(() => {
    let cancelled = false;
    void staffApi
      .GET('/api/v1/previews/{id}/stats', { params: { path: { id: preview.id } } })
      .then(({ data }) => {
        if (!cancelled && data) setStats(data);
      });
    return () => {
      cancelled = true;
    };
  }, [preview.id, statsRound]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(publicUrl);
      setCopied({ key: 'recruiter.preview.copied' });
    } catch {
      setCopied({ key: 'recruiter.preview.copyFailed' });
    }
  }

  const percent = (rate: number | null) =>
    rate === null
      ? t('recruiter.none')
      : formatNumber(rate, { style: 'percent', maximumFractionDigits: 1 });

  return (
    <section className="editor-below" aria-labelledby="publishing-title">
      <h2 id="publishing-title">{t('recruiter.preview.publishing.title')}</h2>
      <h3>{t('recruiter.preview.versions')}</h3>
      <ul>
        {preview.status === 'draft' ? (
          <li>{t('recruiter.preview.versionDraft', { version: preview.version })}</li>
        ) : null}
        {live ? (
          <li>{t('recruiter.preview.versionLive', { version: preview.publishedVersion ?? 0 })}</li>
        ) : (
          <li>{t('recruiter.preview.notLive')}</li>
        )}
        {stats?.byVersion
          .filter((v) => v.version !== preview.publishedVersion)
          .map((v) => (
            <li key={v.version}>
              {t('recruiter.preview.versionArchived', { version: v.version })}
            </li>
          ))}
      </ul>

      <h3>{t('recruiter.preview.publicLink')}</h3>
      {live ? (
        <>
          <p>
            <a href={`/jobs/${preview.slug}`} target="_blank" rel="noreferrer">
              {publicUrl}
            </a>
          </p>
          <p className="actions">
            <button type="button" className="secondary" onClick={() => void copy()}>
              {t('recruiter.preview.copyLink')}
            </button>
            {typeof navigator.share === 'function' ? (
              <button
                type="button"
                className="secondary"
                onClick={() => void navigator.share({ url: publicUrl }).catch(() => undefined)}
              >
                {t('recruiter.preview.shareLink')}
              </button>
            ) : null}
          </p>
          <p role="status">{line(copied)}</p>
        </>
      ) : (
        <p>{t('recruiter.preview.linkAfterPublish')}</p>
      )}

      <h3>{t('recruiter.preview.stats')}</h3>
      {stats ? (
        <>
          <dl className="numbers">
            <div>
              <dt>{t('recruiter.funnel.views')}</dt>
              <dd>{formatNumber(stats.views)}</dd>
            </div>
            <div>
              <dt>{t('recruiter.funnel.interested')}</dt>
              <dd>{formatNumber(stats.interested)}</dd>
            </div>
            <div>
              <dt>{t('recruiter.funnel.notForMe')}</dt>
              <dd>{formatNumber(stats.notForMe)}</dd>
            </div>
            <div>
              <dt>{t('recruiter.preview.selfSelection')}</dt>
              <dd>{percent(stats.selfSelectionRate)}</dd>
            </div>
          </dl>
          <BarChart
            title={t('recruiter.preview.reasonsChart')}
            bars={REASONS.map((reason) => ({
              label: t(`recruiter.reason.${reason}`),
              value: stats.notForMeByReason[reason],
              text: formatNumber(stats.notForMeByReason[reason]),
            }))}
          />
        </>
      ) : (
        <p role="status">{t('recruiter.loading')}</p>
      )}
    </section>
  );
}
