import '../recruiter.css';
import { Link, useParams } from 'react-router';
import { useLanguage, useT } from '../../i18n/language';
import { Page } from '../../shell/page';
import { staffApi } from '../../staff/staff-api';
import { recruiterMessages } from '../messages';
import { BarChart } from '../ui/bar-chart';
import { LoadFailed } from '../ui/load-failed';
import { useLoad } from '../ui/use-load';
import { DecisionsPanel } from './decisions-panel';

/**
 * `/app/recruiting/roles/:roleId/candidates/:assessmentId`: one candidate's explained result —
 * each dimension's score against its target, the share of the fit loss it causes, what made
 * them ineligible, and where they stand among the others.
 */
export function ResultPage() {
  const { roleId = '', assessmentId = '' } = useParams();
  const { t, formatNumber, formatDate } = useT(recruiterMessages);
  const { language } = useLanguage();
  const result = useLoad(
    () => staffApi.GET('/api/v1/assessments/{id}', { params: { path: { id: assessmentId } } }),
    [assessmentId],
  );
  const dimensions = useLoad(
    () => staffApi.GET('/api/v1/dimensions', { params: { query: { pageSize: 100 } } }),
    [],
  );
  const name = (key: string) => {
    const found = dimensions.data?.items.find((d) => d.key === key);
    return found ? found.name[language] || found.name.en : key;
  };
  const n = (value: number | null | undefined, digits = 1) =>
    value === null || value === undefined
      ? '—'
      : formatNumber(value, { maximumFractionDigits: digits });

  const r = result.data;
  const title = r
    ? t('recruiter.result.titleFor', { name: r.candidate.name })
    : t('recruiter.result.title');
  return (
    <Page title={title}>
      <p>
        <Link to={`/app/recruiting/roles/${roleId}/candidates`}>{t('recruiter.result.back')}</Link>
      </p>
      {result.failed !== null ? (
        <LoadFailed status={result.failed} onRetry={result.reload} />
      ) : null}
      {!r && result.failed === null ? <p role="status">{t('recruiter.loading')}</p> : null}
      {r ? (
        <>
          <p className="muted">
            {r.candidate.email} · {t(`recruiter.status.${r.status}`)}
            {r.submittedAt
              ? ` · ${formatDate(r.submittedAt, { dateStyle: 'medium', timeStyle: 'short' })}`
              : ''}
          </p>
          {r.status !== 'submitted' ? (
            <p className="notice">{t('recruiter.result.notYet')}</p>
          ) : (
            <>
              <dl className="numbers">
                <div>
                  <dt>{t('recruiter.candidates.fit')}</dt>
                  <dd>{n(r.fit)}</dd>
                </div>
                <div>
                  <dt>{t('recruiter.candidates.percentile')}</dt>
                  <dd>{n(r.fitPercentile, 0)}</dd>
                </div>
                <div>
                  <dt>{t('recruiter.candidates.eligible')}</dt>
                  <dd>
                    {r.eligible
                      ? t('recruiter.candidates.yes')
                      : `⚠ ${t('recruiter.candidates.no')}`}
                  </dd>
                </div>
              </dl>
              {!r.eligible ? (
                <div className="notice error">
                  <h2>{t('recruiter.result.whyIneligible')}</h2>
                  <ul>
                    {r.knockoutsFailed.map((key) => (
                      <li key={key}>{t('recruiter.result.knockoutFailed', { item: key })}</li>
                    ))}
                    {r.minimumsMissed.map((dim) => {
                      const entry = r.profile?.find((p) => p.dimension === dim);
                      const score = r.dimensionScores.find((d) => d.dimension === dim)?.score;
                      return (
                        <li key={dim}>
                          {t('recruiter.result.minimumMissed', {
                            dimension: name(dim),
                            score: n(score ?? null),
                            minimum: n(entry?.minimum ?? null),
                          })}
                        </li>
                      );
                    })}
                  </ul>
                  <p>{t('recruiter.result.flaggedNotHidden')}</p>
                </div>
              ) : null}
              <BarChart
                title={t('recruiter.result.chart')}
                max={100}
                markerLabel={t('recruiter.role.target')}
                bars={r.dimensionScores.map((d) => ({
                  label: name(d.dimension),
                  value: d.score,
                  marker: d.target,
                  tone: d.deviation > 0 ? 'warn' : 'good',
                  text: t('recruiter.result.barText', { score: n(d.score), target: n(d.target) }),
                }))}
              />
              <div
                className="table-scroll"
                tabIndex={0}
                role="region"
                aria-labelledby="explain-title"
              >
                <h2 id="explain-title">{t('recruiter.result.explain')}</h2>
                <table className="data">
                  <thead>
                    <tr>
                      <th scope="col">{t('recruiter.result.dimension')}</th>
                      <th scope="col" className="num">
                        {t('recruiter.result.score')}
                      </th>
                      <th scope="col" className="num">
                        {t('recruiter.role.target')}
                      </th>
                      <th scope="col" className="num">
                        {t('recruiter.role.weight')}
                      </th>
                      <th scope="col" className="num">
                        {t('recruiter.result.deviation')}
                      </th>
                      <th scope="col" className="num">
                        {t('recruiter.result.lossShare')}
                      </th>
                      <th scope="col" className="num">
                        {t('recruiter.candidates.percentile')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.dimensionScores.map((d) => (
                      <tr key={d.dimension}>
                        <th scope="row">{name(d.dimension)}</th>
                        <td className="num">{n(d.score)}</td>
                        <td className="num">{n(d.target)}</td>
                        <td className="num">{n(d.weight)}</td>
                        <td className="num">{n(d.deviation)}</td>
                        <td className="num">
                          {formatNumber(d.lossShare / 100, {
                            style: 'percent',
                            maximumFractionDigits: 1,
                          })}
                        </td>
                        <td className="num">{n(d.percentile, 0)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="hint">{t('recruiter.result.method')}</p>
            </>
          )}
          <DecisionsPanel
            assessmentId={r.id}
            stage={r.stage}
            closed={r.stage === 'withdrawn' || r.anonymizedAt !== null}
            onDecided={(decision) => result.setData({ ...r, stage: decision.stage })}
          />
        </>
      ) : null}
    </Page>
  );
}
