import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { candidateMessages } from './messages';
import { countAnswered, estimateMinutes, type Answers, type CandidateAssessment } from './model';
import { YourData } from './rights';

/** What to expect before the first question: size, time, autosave, expiry, requirements. */
export function Welcome({
  token,
  assessment,
  answers,
  onStart,
}: {
  token: string;
  assessment: CandidateAssessment;
  answers: Answers;
  onStart: () => void;
}) {
  const { t, tp, formatDate, language } = useT(candidateMessages);
  const notice = assessment.privacyNotice[language];
  const organization = assessment.organizationName;
  const total = assessment.items.length;
  const answered = countAnswered(assessment.items, answers);
  const knockouts = assessment.items.filter((item) => item.type === 'knockout').length;
  return (
    <Page title={assessment.title}>
      <p className="lead">
        {t('candidate.welcome.for', {
          organization,
          job: assessment.jobTitle,
        })}
      </p>
      <p>{t('candidate.welcome.intro')}</p>
      <ul className="facts">
        <li>
          {tp('candidate.welcome.questions', total)},{' '}
          {tp('candidate.welcome.minutes', estimateMinutes(assessment.items))}
        </li>
        <li>{t('candidate.welcome.autosave')}</li>
        <li>
          {t('candidate.welcome.expires', {
            date: formatDate(assessment.expiresAt, { dateStyle: 'long', timeStyle: 'short' }),
          })}
        </li>
        {knockouts > 0 && <li>{tp('candidate.welcome.requirements', knockouts)}</li>}
      </ul>
      <section className="privacy-notice" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('candidate.privacy.title', { organization })}</h2>
        {notice
          .split(/\n\s*\n/)
          .filter((paragraph) => paragraph.trim())
          .map((paragraph, i) => (
            <p key={i}>{paragraph.trim()}</p>
          ))}
        <p className="hint">{t('candidate.privacy.agree')}</p>
      </section>
      {answered > 0 && <p>{t('candidate.welcome.answered', { answered, total })}</p>}
      <button type="button" onClick={onStart}>
        {answered > 0 ? t('candidate.welcome.continue') : t('candidate.welcome.start')}
      </button>
      <YourData token={token} organization={organization} />
    </Page>
  );
}
