import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { staffApi as api } from '../staff/staff-api';
import { useT } from '../i18n/language';
import { watchAnalysis, type AnalysisState } from './analysis-watch';
import { loadHistory, ok, useLoad } from './data';
import { managerMessages } from './messages';
import { problemLine, useLine, type Line } from './status';

/**
 * "Run an analysis" and its live state: queued → running (progress) → completed, or failed
 * with its reason. The state line is a polite live region, so a screen reader hears it too.
 * The same team snapshot asked for twice gives the existing analysis, and this says so.
 */
export function AnalysisPanel({
  teamId,
  canRun,
  onCompleted,
}: {
  teamId: string;
  /** False when the team has no members or no slots: nothing to analyse yet. */
  canRun: boolean;
  onCompleted?: (analysisId: string) => void;
}) {
  const { t, formatNumber, formatDate } = useT(managerMessages);
  const history = useLoad(() => loadHistory(teamId), `history:${teamId}`);
  const [state, setState] = useState<AnalysisState>();
  const [reused, setReused] = useState(false);
  const line = useLine();
  const [error, setError] = useState<Line>(null);
  const watching = useRef<AbortController | null>(null);
  useEffect(() => () => watching.current?.abort(), []);

  async function run() {
    setError(null);
    setReused(false);
    watching.current?.abort();
    try {
      const accepted = ok(
        await api.POST('/api/v1/teams/{id}/analyses', { params: { path: { id: teamId } } }),
      );
      const status = accepted.status;
      setReused(status === 'completed');
      setState({ id: accepted.id, status, progress: status === 'completed' ? 100 : 0 });
      const controller = new AbortController();
      watching.current = controller;
      const final = await watchAnalysis(accepted.id, setState, controller.signal);
      if (final?.status === 'completed') onCompleted?.(final.id);
      history.reload();
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setError(problemLine(e));
    }
  }

  const busy = state?.status === 'queued' || state?.status === 'running';
  const progress = Math.round(state?.progress ?? 0);
  return (
    <section aria-labelledby="analysis-heading" className="section">
      <h2 id="analysis-heading">{t('manager.analysis.title')}</h2>
      <p className="hint">{t('manager.analysis.hint')}</p>
      <button type="button" disabled={!canRun || busy} onClick={() => void run()}>
        {t('manager.analysis.run')}
      </button>
      {!canRun && <p className="hint">{t('manager.analysis.cannotRun')}</p>}
      <div role="status" className="analysis-state">
        {state?.status === 'queued' && <p>{t('manager.analysis.queued')}</p>}
        {state?.status === 'running' && (
          <p>{t('manager.analysis.running', { progress: formatNumber(progress) })}</p>
        )}
        {state?.status === 'completed' && (
          <p>{reused ? t('manager.analysis.reused') : t('manager.analysis.completed')}</p>
        )}
        {state?.status === 'failed' && (
          <p className="error">
            {t('manager.analysis.failed', {
              reason: state.error ?? t('manager.analysis.noReason'),
            })}
          </p>
        )}
      </div>
      {busy && (
        <progress max={100} value={progress} aria-label={t('manager.analysis.progressLabel')}>
          {formatNumber(progress)} %
        </progress>
      )}
      {state?.status === 'completed' && (
        <p>
          <Link to={`/app/teams/${teamId}/map`} className="button">
            {t('manager.analysis.openMap')}
          </Link>
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {line(error)}
        </p>
      )}
      {history.data && history.data.items.length > 0 && (
        <>
          <h3 id="history-heading">{t('manager.history.title')}</h3>
          <ul className="history" aria-labelledby="history-heading">
            {history.data.items.map((a) => (
              <li key={a.id}>
                <strong>
                  {formatDate(a.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </strong>
                {': '}
                {a.status === 'completed' && a.meanFitCurrent !== null && a.meanFitOptimal !== null
                  ? t('manager.history.completed', {
                      now: formatNumber(Math.round(a.meanFitCurrent)),
                      optimal: formatNumber(Math.round(a.meanFitOptimal)),
                      members: a.memberCount ?? 0,
                    })
                  : a.status === 'failed'
                    ? t('manager.analysis.failed', {
                        reason: a.error ?? t('manager.analysis.noReason'),
                      })
                    : t(
                        a.status === 'queued'
                          ? 'manager.analysis.queued'
                          : 'manager.history.running',
                      )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
