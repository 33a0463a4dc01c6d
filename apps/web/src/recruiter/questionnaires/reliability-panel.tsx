import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../i18n/language';
import { staffApi } from '../../staff/staff-api';
import { recruiterMessages } from '../messages';
import type { Dimension, ReliabilityRun } from '../types';
import { useStatusLine, type KeyOf, type StatusLine } from '../../staff/ui/status-line';

/**
 * Reliability of the published version: run it, watch it (queued → running → completed), read
 * alpha per dimension with n, and per item the item–rest correlation and alpha if deleted;
 * items whose removal would raise alpha are marked in words, not only by colour.
 */
export function ReliabilityPanel({
  questionnaireId,
  published,
  dimensions,
}: {
  questionnaireId: string;
  published: boolean;
  /** The API's dimensions, to name each one in the reader's language (the run has keys). */
  dimensions: readonly Dimension[];
}) {
  const { t, formatNumber, language } = useT(recruiterMessages);
  const dimensionName = (key: string) => {
    const found = dimensions.find((d) => d.key === key);
    return found ? found.name[language] || found.name.en : key;
  };
  const [run, setRun] = useState<ReliabilityRun | null>(null);
  const [message, setMessage] = useState<StatusLine<KeyOf<typeof recruiterMessages>>>(null);
  const line = useStatusLine(recruiterMessages);

  const read = useCallback(
    () =>
      staffApi
        .GET('/api/v1/questionnaires/{id}/reliability', {
          params: { path: { id: questionnaireId } },
        })
        .then(({ data }) => setRun(data ?? null)),
    [questionnaireId],
  );

  useEffect(() => {
    let cancelled = false;
    void staffApi
      .GET('/api/v1/questionnaires/{id}/reliability', { params: { path: { id: questionnaireId } } })
      .then(({ data }) => {
        if (!cancelled) setRun(data ?? null);
      });
    return () => {
      cancelled = true;
    };
  }, [questionnaireId]);

  // Poll while the run is under way.
  const active = run?.status === 'queued' || run?.status === 'running';
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void read(), 1000);
    return () => clearInterval(timer);
  }, [active, read]);

  async function start() {
    setMessage({ key: 'recruiter.rel.starting' });
    const { data, error } = await staffApi.POST('/api/v1/questionnaires/{id}/reliability', {
      params: { path: { id: questionnaireId } },
    });
    if (!data) {
      const detail = (error as { detail?: string } | undefined)?.detail;
      setMessage(detail ? { api: detail } : { key: 'recruiter.rel.failedToStart' });
      return;
    }
    setMessage(null);
    await read();
  }

  const n = (value: number | null | undefined, digits = 2) =>
    value === null || value === undefined
      ? '—'
      : formatNumber(value, { maximumFractionDigits: digits, minimumFractionDigits: digits });

  return (
    <section aria-labelledby="rel-title" className="panel">
      <h2 id="rel-title">{t('recruiter.rel.title')}</h2>
      <p className="hint">{t('recruiter.rel.intro')}</p>
      <button
        type="button"
        className="secondary"
        disabled={!published || active}
        onClick={() => void start()}
      >
        {t('recruiter.rel.run')}
      </button>
      {!published ? <p>{t('recruiter.rel.needsPublished')}</p> : null}
      <p role="status" className="status">
        {line(message) ||
          (run
            ? t(`recruiter.rel.status.${run.status}`, { version: run.questionnaireVersion })
            : t('recruiter.rel.none'))}
      </p>
      {active ? <progress aria-label={t('recruiter.rel.title')} /> : null}
      {run?.status === 'failed' && run.error ? <p className="field-error">{run.error}</p> : null}
      {run?.status === 'completed' && run.result ? (
        <>
          <p>{t('recruiter.rel.n', { n: run.result.n })}</p>
          {run.result.dimensions.map((dim) => (
            <div
              key={dim.dimension}
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-labelledby={`rel-${dim.dimension}`}
            >
              <h3 id={`rel-${dim.dimension}`}>
                {t('recruiter.rel.dimension', {
                  dimension: dimensionName(dim.dimension),
                  alpha: n(dim.alpha),
                  n: dim.n,
                })}
              </h3>
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('recruiter.rel.item')}</th>
                    <th scope="col" className="num">
                      {t('recruiter.rel.mean')}
                    </th>
                    <th scope="col" className="num">
                      {t('recruiter.rel.sd')}
                    </th>
                    <th scope="col" className="num">
                      {t('recruiter.rel.itemRest')}
                    </th>
                    <th scope="col" className="num">
                      {t('recruiter.rel.alphaIfDeleted')}
                    </th>
                    <th scope="col">{t('recruiter.rel.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {dim.items.map((item) => {
                    const lowers =
                      dim.alpha !== null &&
                      item.alphaIfDeleted !== null &&
                      item.alphaIfDeleted > dim.alpha;
                    return (
                      <tr key={item.key} className={lowers ? 'row-warn' : undefined}>
                        <th scope="row">{item.key}</th>
                        <td className="num">{n(item.mean)}</td>
                        <td className="num">{n(item.sd)}</td>
                        <td className="num">{n(item.correctedItemTotal)}</td>
                        <td className="num">{n(item.alphaIfDeleted)}</td>
                        <td>{lowers ? `⚠ ${t('recruiter.rel.lowers')}` : ''}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ))}
        </>
      ) : null}
    </section>
  );
}
