import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { withdrawApplication, type WithdrawalReceipt } from './candidate-api';
import { LinkGate } from './link-gate';
import { candidateMessages } from './messages';
import { clearProgress, progressKey } from './progress-store';
import './questionnaire.css';
import { rememberWithdrawn } from './withdrawn-store';

/**
 * `/a/withdraw#<token>`: says plainly what withdrawing does, asks once, then shows the receipt
 * (focus moves to it, and it is announced).
 */
export function WithdrawPage() {
  return <LinkGate>{(token) => <Withdraw key={token} token={token} />}</LinkGate>;
}

type State =
  | { kind: 'confirm'; failed?: 'gone' | 'other' }
  | { kind: 'working' }
  | { kind: 'done'; receipt: WithdrawalReceipt };

function Withdraw({ token }: { token: string }) {
  const { t, formatDate, language } = useT(candidateMessages);
  const [state, setState] = useState<State>({ kind: 'confirm' });
  const receiptRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.kind === 'done') receiptRef.current?.focus();
  }, [state.kind]);

  const withdraw = async () => {
    setState({ kind: 'working' });
    const result = await withdrawApplication(token);
    if (!result.ok) {
      setState({ kind: 'confirm', failed: result.failure === 'gone' ? 'gone' : 'other' });
      return;
    }
    // Nothing of the application stays on this device; it remembers only that it was withdrawn.
    clearProgress(await progressKey(token));
    await rememberWithdrawn(token, { at: String(result.data.withdrawnAt), language });
    setState({ kind: 'done', receipt: result.data });
  };

  if (state.kind === 'done') {
    const { receipt } = state;
    return (
      <Page title={t('candidate.withdraw.doneTitle')}>
        <div className="receipt" role="status" tabIndex={-1} ref={receiptRef}>
          <h2>{t('candidate.withdraw.receiptTitle')}</h2>
          <p>
            {t('candidate.withdraw.receiptWhat', {
              job: receipt.jobTitle,
              organization: receipt.organizationName,
            })}
          </p>
          <dl className="receipt-facts">
            <dt>{t('candidate.withdraw.receiptWhen')}</dt>
            <dd>
              {formatDate(String(receipt.withdrawnAt), { dateStyle: 'long', timeStyle: 'short' })}
            </dd>
            <dt>{t('candidate.withdraw.receiptReference')}</dt>
            <dd className="reference">{receipt.reference}</dd>
          </dl>
          <p>{t('candidate.withdraw.receiptErased')}</p>
          <p>{t('candidate.withdraw.receiptKept')}</p>
          <p>{t('candidate.withdraw.receiptKeep')}</p>
        </div>
      </Page>
    );
  }

  return (
    <Page title={t('candidate.withdraw.title')}>
      <p>{t('candidate.withdraw.intro')}</p>
      <ul className="facts">
        <li>{t('candidate.withdraw.stage')}</li>
        <li>{t('candidate.withdraw.erased')}</li>
        <li>{t('candidate.withdraw.kept')}</li>
        <li>{t('candidate.withdraw.link')}</li>
      </ul>
      <p>{t('candidate.withdraw.downloadFirst')}</p>
      {state.kind === 'confirm' && state.failed && (
        <p className="error-text" role="alert">
          {state.failed === 'gone'
            ? t('candidate.withdraw.failedGone')
            : t('candidate.withdraw.failed')}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="danger"
          onClick={() => void withdraw()}
          disabled={state.kind === 'working'}
        >
          {state.kind === 'working'
            ? t('candidate.withdraw.working')
            : t('candidate.withdraw.confirm')}
        </button>
        <Link className="button secondary" to={{ pathname: '/a', hash: `#${token}` }}>
          {t('candidate.withdraw.cancel')}
        </Link>
      </div>
    </Page>
  );
}
