import { useT } from '../../i18n/language';
import { recruiterMessages } from '../messages';

/** A load that failed: says so and offers to try again (never an error dump). */
export function LoadFailed({ onRetry, status }: { onRetry: () => void; status?: number | null }) {
  const { t } = useT(recruiterMessages);
  return (
    <div role="alert" className="notice error">
      <p>{status === 404 ? t('recruiter.notFound') : t('recruiter.loadFailed')}</p>
      {status === 404 ? null : (
        <button type="button" className="secondary" onClick={onRetry}>
          {t('recruiter.retry')}
        </button>
      )}
    </div>
  );
}
