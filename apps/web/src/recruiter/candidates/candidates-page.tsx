import '../recruiter.css';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useLanguage, useT } from '../../i18n/language';
import { Page } from '../../shell/page';
import { staffApi } from '../../staff/staff-api';
import { recruiterMessages } from '../messages';
import { useStatusLine, type KeyOf, type StatusLine } from '../../staff/ui/status-line';
import type { AssessmentResult } from '../types';
import { LoadFailed } from '../ui/load-failed';
import { Pager } from '../../staff/ui/pager';
import { useLoad } from '../ui/use-load';
import { candidatesCsv } from './candidate-export';
import { CompareView } from './compare-view';
import { InvitePanel } from './invite-panel';

const PAGE_SIZE = 20;
const SORTS = ['-fit', 'fit', '-submittedAt', 'submittedAt'] as const;
type Sort = (typeof SORTS)[number];
const MAX_COMPARE = 3;

/**
 * `/app/recruiting/roles/:roleId/candidates`: invite, the ranked list (sort, filter and page in
 * the URL, so a link or the back button brings the same view), compare, export.
 */
export function CandidatesPage() {
  const { roleId = '' } = useParams();
  const { t, formatNumber, formatDate } = useT(recruiterMessages);
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const sort: Sort = (SORTS as readonly string[]).includes(params.get('sort') ?? '')
    ? (params.get('sort') as Sort)
    : '-fit';
  const eligibleParam = params.get('eligible');
  const eligible = eligibleParam === 'true' ? true : eligibleParam === 'false' ? false : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const compare = (params.get('compare') ?? '').split(',').filter(Boolean).slice(0, MAX_COMPARE);
  const [exportState, setExportState] = useState<StatusLine<KeyOf<typeof recruiterMessages>>>(null);
  const line = useStatusLine(recruiterMessages);

  const role = useLoad(
    () => staffApi.GET('/api/v1/job-roles/{id}', { params: { path: { id: roleId } } }),
    [roleId],
  );
  const dimensions = useLoad(
    () => staffApi.GET('/api/v1/dimensions', { params: { query: { pageSize: 100 } } }),
    [],
  );
  const list = useLoad(
    () =>
      staffApi.GET('/api/v1/job-roles/{id}/candidates', {
        params: {
          path: { id: roleId },
          query: {
            page,
            pageSize: PAGE_SIZE,
            sort,
            ...(eligible === undefined ? {} : { eligible }),
          },
        },
      }),
    [roleId, page, sort, eligible],
  );

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };

  const toggleCompare = (id: string) => {
    const next = compare.includes(id) ? compare.filter((c) => c !== id) : [...compare, id];
    update({ compare: next.slice(0, MAX_COMPARE).join(',') || null });
  };

  const dimensionName = (key: string) => {
    const found = dimensions.data?.items.find((d) => d.key === key);
    return found ? found.name[language] || found.name.en : key;
  };

  async function exportCsv() {
    setExportState({ key: 'recruiter.candidates.exporting' });
    const all: AssessmentResult[] = [];
    for (let p = 1; ; p++) {
      const { data } = await staffApi.GET('/api/v1/job-roles/{id}/candidates', {
        params: {
          path: { id: roleId },
          query: { page: p, pageSize: 100, sort, ...(eligible === undefined ? {} : { eligible }) },
        },
      });
      if (!data) {
        setExportState({ key: 'recruiter.candidates.exportFailed' });
        return;
      }
      all.push(...data.items);
      setExportState({
        key: 'recruiter.candidates.exportProgress',
        vars: { done: all.length, total: data.total },
      });
      if (all.length >= data.total || data.items.length === 0) break;
    }
    const text = candidatesCsv(all, role.data?.profile.map((p) => p.dimension) ?? []);
    const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `candidates-${(role.data?.title ?? 'role').replace(/[^\w-]+/g, '-').toLowerCase()}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setExportState({ key: 'recruiter.candidates.exported', vars: { count: all.length } });
  }

  const title = role.data
    ? t('recruiter.candidates.titleFor', { role: role.data.title })
    : t('recruiter.candidates.title');

  if (role.failed !== null) {
    return (
      <Page title={title}>
        <LoadFailed status={role.failed} onRetry={role.reload} />
      </Page>
    );
  }

  const firstRank = (page - 1) * PAGE_SIZE + 1;
  const ranked = sort === '-fit';
  return (
    <Page title={title}>
      <p>
        <Link to={`/app/recruiting/roles/${roleId}`}>{t('recruiter.backToRole')}</Link>
      </p>
      {role.data && !role.data.questionnaireId ? (
        <p className="notice">{t('recruiter.candidates.noQuestionnaire')}</p>
      ) : null}
      <InvitePanel roleId={roleId} onInvited={list.reload} />

      <section aria-labelledby="ranked-title">
        <h2 id="ranked-title">{t('recruiter.candidates.ranked')}</h2>
        <p className="hint">{t('recruiter.candidates.rankedHint')}</p>
        <div className="filters form">
          <div className="field">
            <label htmlFor="sort">{t('recruiter.candidates.sort')}</label>
            <select
              id="sort"
              value={sort}
              onChange={(e) => update({ sort: e.target.value, page: null })}
            >
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`recruiter.candidates.sort.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="eligible">{t('recruiter.candidates.show')}</label>
            <select
              id="eligible"
              value={eligibleParam ?? ''}
              onChange={(e) => update({ eligible: e.target.value || null, page: null })}
            >
              <option value="">{t('recruiter.candidates.showAll')}</option>
              <option value="true">{t('recruiter.candidates.showEligible')}</option>
              <option value="false">{t('recruiter.candidates.showIneligible')}</option>
            </select>
          </div>
          <button type="button" className="secondary" onClick={() => void exportCsv()}>
            {t('recruiter.candidates.export')}
          </button>
          <p role="status" className="status">
            {line(exportState)}
          </p>
        </div>

        {list.failed !== null ? <LoadFailed status={list.failed} onRetry={list.reload} /> : null}
        {!list.data && list.failed === null ? <p role="status">{t('recruiter.loading')}</p> : null}
        {list.data && list.data.total === 0 ? (
          <div className="empty">
            <p>
              {eligible === undefined
                ? t('recruiter.candidates.empty')
                : t('recruiter.candidates.emptyFiltered')}
            </p>
          </div>
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <>
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="ranked-title">
              <table className="data">
                <caption className="visually-hidden">
                  {t('recruiter.candidates.tableCaption', { total: list.data.total })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {ranked ? t('recruiter.candidates.rank') : '#'}
                    </th>
                    <th scope="col">{t('recruiter.candidates.name')}</th>
                    <th scope="col" className="num">
                      {t('recruiter.candidates.fit')}
                    </th>
                    <th scope="col">{t('recruiter.candidates.eligible')}</th>
                    <th scope="col" className="num">
                      {t('recruiter.candidates.percentile')}
                    </th>
                    <th scope="col">{t('recruiter.candidates.status')}</th>
                    <th scope="col">{t('recruiter.candidates.stage')}</th>
                    <th scope="col">{t('recruiter.candidates.submitted')}</th>
                    <th scope="col">{t('recruiter.candidates.compare')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((c, index) => (
                    <tr key={c.id}>
                      <td className="num">{firstRank + index}</td>
                      <td>
                        <Link to={`/app/recruiting/roles/${roleId}/candidates/${c.id}`}>
                          {c.candidate.name}
                        </Link>
                      </td>
                      <td className="num">
                        {c.fit === null ? '—' : formatNumber(c.fit, { maximumFractionDigits: 1 })}
                      </td>
                      <td>
                        {c.eligible === null
                          ? '—'
                          : c.eligible
                            ? t('recruiter.candidates.yes')
                            : `⚠ ${t('recruiter.candidates.no')}`}
                      </td>
                      <td className="num">
                        {c.fitPercentile === null
                          ? '—'
                          : formatNumber(c.fitPercentile, { maximumFractionDigits: 0 })}
                      </td>
                      <td>{t(`recruiter.status.${c.status}`)}</td>
                      <td>{t(`recruiter.stage.${c.stage}`)}</td>
                      <td>
                        {c.submittedAt ? formatDate(c.submittedAt, { dateStyle: 'medium' }) : '—'}
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          id={`compare-${c.id}`}
                          aria-label={t('recruiter.candidates.compareOne', {
                            name: c.candidate.name,
                          })}
                          checked={compare.includes(c.id)}
                          disabled={!compare.includes(c.id) && compare.length >= MAX_COMPARE}
                          onChange={() => toggleCompare(c.id)}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              page={page}
              pageSize={PAGE_SIZE}
              total={list.data.total}
              label={t('recruiter.candidates.pages')}
              onPage={(next) => update({ page: String(next) })}
            />
          </>
        ) : null}
        <p className="hint">{t('recruiter.candidates.compareHint', { max: MAX_COMPARE })}</p>
      </section>

      {compare.length > 0 && role.data ? (
        <CompareView
          ids={compare}
          dimensionName={dimensionName}
          onClear={() => update({ compare: null })}
        />
      ) : null}
    </Page>
  );
}
