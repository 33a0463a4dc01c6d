import { useEffect, useState } from 'react';
import { useT } from '../../i18n/language';
import { staffApi } from '../../staff/staff-api';
import { recruiterMessages } from '../messages';
import type { AssessmentResult } from '../types';

/** Up to three candidates side by side: fit, eligibility and each dimension against its target. */
export function CompareView({
  ids,
  dimensionName,
  onClear,
}: {
  ids: string[];
  dimensionName: (key: string) => string;
  onClear: () => void;
}) {
  const { t, formatNumber } = useT(recruiterMessages);
  const [results, setResults] = useState<AssessmentResult[] | null>(null);
  const key = ids.join(',');
  useEffect(() => {
    let cancelled = false;
    void Promise.all(
      key
        .split(',')
        .map((id) => staffApi.GET('/api/v1/assessments/{id}', { params: { path: { id } } })),
    ).then((answers) => {
      if (!cancelled) setResults(answers.flatMap((a) => (a.data ? [a.data] : [])));
    });
    return () => {
      cancelled = true;
    };
  }, [key]);
  const n = (value: number | null) =>
    value === null ? '—' : formatNumber(value, { maximumFractionDigits: 1 });
  const dims = results?.[0]?.dimensionScores.map((d) => d.dimension) ?? [];
  return (
    <section aria-labelledby="compare-title" className="panel">
      <h2 id="compare-title">{t('recruiter.compare.title')}</h2>
      {!results ? (
        <p role="status">{t('recruiter.loading')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="compare-title">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('recruiter.compare.what')}</th>
                {results.map((r) => (
                  <th scope="col" key={r.id}>
                    {r.candidate.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('recruiter.candidates.fit')}</th>
                {results.map((r) => (
                  <td key={r.id}>{n(r.fit)}</td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('recruiter.candidates.eligible')}</th>
                {results.map((r) => (
                  <td key={r.id}>
                    {r.eligible === null
                      ? '—'
                      : r.eligible
                        ? t('recruiter.candidates.yes')
                        : `⚠ ${t('recruiter.candidates.no')}`}
                  </td>
                ))}
              </tr>
              {dims.map((dim) => (
                <tr key={dim}>
                  <th scope="row">{dimensionName(dim)}</th>
                  {results.map((r) => {
                    const s = r.dimensionScores.find((d) => d.dimension === dim);
                    return (
                      <td key={r.id}>
                        {s
                          ? t('recruiter.compare.scoreVsTarget', {
                              score: n(s.score),
                              target: n(s.target),
                            })
                          : '—'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" className="secondary" onClick={onClear}>
        {t('recruiter.compare.clear')}
      </button>
    </section>
  );
}
