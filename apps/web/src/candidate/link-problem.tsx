import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { candidateMessages } from './messages';

export type LinkProblemKind = 'noToken' | 'gone' | 'throttled' | 'unreachable';

/** A friendly page for a link that does not (or not yet) open a questionnaire. */
export function LinkProblem({ kind, onRetry }: { kind: LinkProblemKind; onRetry?: () => void }) {
  const { t } = useT(candidateMessages);
  return (
    <Page title={t(`candidate.${kind}.title`)}>
      <p>{t(`candidate.${kind}.body`)}</p>
      {onRetry && (
        <p>
          <button type="button" onClick={onRetry}>
            {t('candidate.tryAgain')}
          </button>
        </p>
      )}
    </Page>
  );
}
