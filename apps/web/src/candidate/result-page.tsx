import { useEffect, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { useLanguage, useT } from '../i18n/language';
import { Page } from '../shell/page';
import { readAssessment, readProfile, type CandidateProfile, type Failure } from './candidate-api';
import { LinkGate, Loading } from './link-gate';
import { LinkProblem } from './link-problem';
import { candidateMessages } from './messages';
import type { CandidateAssessment } from './model';
import { YourData } from './rights';
import './questionnaire.css';

type Dimension = CandidateProfile['dimensions'][number];

/** A strength: the answers put it high or very high. */
export function isStrength(d: Dimension): boolean {
  return d.band === 'high' || d.band === 'very-high';
}

/** `/a/result#<token>`: the candidate's own result in words, where the organisation shares it. */
export function ResultPage() {
  return <LinkGate>{(token) => <ResultLoader key={token} token={token} />}</LinkGate>;
}

type Loaded =
  | { kind: 'profile'; assessment: CandidateAssessment; profile: CandidateProfile }
  | { kind: 'notShared'; assessment: CandidateAssessment }
  | { kind: 'notSubmitted' }
  | { kind: 'failed'; failure: Failure };

function ResultLoader({ token }: { token: string }) {
  const { t } = useT(candidateMessages);
  const { setLanguage } = useLanguage();
  const [loaded, setLoaded] = useState<Loaded>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const view = await readAssessment(token);
      if (cancelled) return;
      if (!view.ok) return setLoaded({ kind: 'failed', failure: view.failure });
      const assessment = view.data;
      setLanguage(assessment.locale);
      if (assessment.status !== 'submitted') return setLoaded({ kind: 'notSubmitted' });
      if (!assessment.resultsShared) return setLoaded({ kind: 'notShared', assessment });
      const profile = await readProfile(token);
      if (cancelled) return;
      if (profile.ok) setLoaded({ kind: 'profile', assessment, profile: profile.data });
      else if (profile.failure === 'notShared') setLoaded({ kind: 'notShared', assessment });
      else if (profile.failure === 'submitted') setLoaded({ kind: 'notSubmitted' });
      else setLoaded({ kind: 'failed', failure: profile.failure });
    })();
    return () => {
      cancelled = true;
    };
  }, [token, attempt, setLanguage]);

  if (!loaded) return <Loading label={t('candidate.result.loading')} />;
  switch (loaded.kind) {
    case 'notSubmitted':
      // Not sent yet: the questionnaire itself is the page for this link.
      return <Navigate to={{ pathname: '/a', hash: `#${token}` }} replace />;
    case 'failed': {
      const gone = loaded.failure === 'gone' || loaded.failure === 'invalid';
      return (
        <LinkProblem
          kind={gone ? 'gone' : loaded.failure === 'throttled' ? 'throttled' : 'unreachable'}
          onRetry={
            gone
              ? undefined
              : () => {
                  setLoaded(undefined);
                  setAttempt((n) => n + 1);
                }
          }
        />
      );
    }
    case 'notShared':
      return <NotShared token={token} assessment={loaded.assessment} />;
    case 'profile':
      return <Result token={token} assessment={loaded.assessment} profile={loaded.profile} />;
  }
}

function NotShared({ token, assessment }: { token: string; assessment: CandidateAssessment }) {
  const { t } = useT(candidateMessages);
  const organization = assessment.organizationName;
  return (
    <Page title={t('candidate.result.notSharedTitle')}>
      <p>{t('candidate.result.notShared', { organization })}</p>
      <section className="result-section" aria-labelledby="next-title">
        <h2 id="next-title">{t('candidate.result.nextTitle')}</h2>
        <p>{t('candidate.done.next', { organization })}</p>
      </section>
      <YourData token={token} organization={organization} />
    </Page>
  );
}

function Result({
  token,
  assessment,
  profile,
}: {
  token: string;
  assessment: CandidateAssessment;
  profile: CandidateProfile;
}) {
  const { t, language } = useT(candidateMessages);
  const text = (value: { en: string; nb?: string }) =>
    language === 'nb' && value.nb ? value.nb : value.en;
  const organization = profile.organizationName;
  const strengths = profile.dimensions.filter(isStrength);
  const asksMore = profile.dimensions.filter((d) => d.roleAsksMore);
  return (
    <Page title={t('candidate.result.title')}>
      <p className="lead">{t('candidate.welcome.for', { organization, job: profile.jobTitle })}</p>
      <p>{t('candidate.result.intro', { organization })}</p>

      <section className="result-section" aria-labelledby="strengths-title">
        <h2 id="strengths-title">{t('candidate.result.strengthsTitle')}</h2>
        {strengths.length > 0 ? (
          <ul className="facts">
            {strengths.map((d) => (
              <li key={d.dimension}>
                <strong>{text(d.name)}</strong>: {text(d.words)}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('candidate.result.noStrengths')}</p>
        )}
      </section>

      <section className="result-section" aria-labelledby="asks-more-title">
        <h2 id="asks-more-title">{t('candidate.result.asksMoreTitle')}</h2>
        {asksMore.length > 0 ? (
          <>
            <p>{t('candidate.result.asksMoreIntro')}</p>
            <ul className="facts">
              {asksMore.map((d) => (
                <li key={d.dimension}>
                  <strong>{text(d.name)}</strong>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('candidate.result.asksMoreNone')}</p>
        )}
      </section>

      <section className="result-section" aria-labelledby="profile-title">
        <h2 id="profile-title">{t('candidate.result.profileTitle')}</h2>
        <ul className="profile-list">
          {profile.dimensions.map((d) => (
            <li key={d.dimension} className="profile-item">
              <h3>{text(d.name)}</h3>
              <p className="profile-band">
                {t('candidate.result.band', { band: text(d.bandLabel) })}
              </p>
              <p>{text(d.words)}</p>
              {d.roleAsksMore && <p>{t('candidate.result.asksMoreOne')}</p>}
              <p className="hint">{text(d.description)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="result-section" aria-labelledby="next-title">
        <h2 id="next-title">{t('candidate.result.nextTitle')}</h2>
        <p>{t('candidate.result.decision', { organization })}</p>
        <p>{t('candidate.done.next', { organization })}</p>
        <p>
          <Link to={{ pathname: '/a', hash: `#${token}` }}>{t('candidate.result.back')}</Link>
        </p>
      </section>
      <YourData token={token} organization={assessment.organizationName} />
    </Page>
  );
}
