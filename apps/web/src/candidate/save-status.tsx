import { useT } from '../i18n/language';
import { candidateMessages } from './messages';
import type { SaveState } from './use-autosave';

/**
 * The autosave state in words (never colour alone), announced politely to screen readers.
 * A failed save offers a retry; offline needs none (answers go out when the connection returns).
 */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useT(candidateMessages);
  return (
    <div className={`save-status save-${state}`}>
      <p role="status" aria-live="polite">
        <span aria-hidden="true" className="save-icon">
          {state === 'saved' ? '✓' : state === 'failed' || state === 'offline' ? '!' : '·'}
        </span>{' '}
        {t(`candidate.save.${state}`)}
      </p>
      {state === 'failed' && (
        <button type="button" className="secondary" onClick={onRetry}>
          {t('candidate.save.retry')}
        </button>
      )}
    </div>
  );
}
