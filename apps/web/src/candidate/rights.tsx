import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/language';
import { exportData } from './candidate-api';
import { candidateMessages } from './messages';

export const EXPORT_FILE_NAME = 'rolefit-my-data.json';

/** Hands JSON to the browser as a file download (no page change, nothing kept in the URL). */
export function downloadJson(data: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Give the browser time to start the download before the object URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

type DownloadState = 'idle' | 'working' | 'done' | 'failed';

/**
 * The candidate's rights from their link: download everything held about them, or withdraw.
 * Shown on the welcome, confirmation and result pages.
 */
export function YourData({ token, organization }: { token: string; organization: string }) {
  const { t } = useT(candidateMessages);
  const [state, setState] = useState<DownloadState>('idle');

  const download = async () => {
    setState('working');
    const result = await exportData(token);
    if (!result.ok) {
      setState('failed');
      return;
    }
    downloadJson(result.data, EXPORT_FILE_NAME);
    setState('done');
  };

  return (
    <section className="your-data" aria-labelledby="your-data-title">
      <h2 id="your-data-title">{t('candidate.rights.title')}</h2>
      <p>{t('candidate.rights.intro', { organization })}</p>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => void download()}
          disabled={state === 'working'}
        >
          {t('candidate.rights.download')}
        </button>
        <Link className="button secondary" to={{ pathname: '/a/withdraw', hash: `#${token}` }}>
          {t('candidate.rights.withdraw')}
        </Link>
      </div>
      <p role="status" className="rights-status">
        {state === 'working' && t('candidate.rights.downloading')}
        {state === 'done' && t('candidate.rights.downloaded', { file: EXPORT_FILE_NAME })}
        {state === 'failed' && t('candidate.rights.downloadFailed')}
      </p>
    </section>
  );
}
