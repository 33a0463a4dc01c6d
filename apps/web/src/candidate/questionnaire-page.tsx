import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLanguage, useT } from '../i18n/language';
import { Page } from '../shell/page';
import { readAssessment, submitAssessment, type Failure } from './candidate-api';
import { Done } from './done';
import { LinkGate } from './link-gate';
import { LinkProblem, type LinkProblemKind } from './link-problem';
import { candidateMessages } from './messages';
import {
  buildSteps,
  firstIncompleteStep,
  type Answer,
  type Answers,
  type CandidateAssessment,
} from './model';
import { clearProgress, loadProgress, progressKey, saveProgress } from './progress-store';
import { Review } from './review';
import { SaveStatus } from './save-status';
import { StepScreen } from './step-screen';
import './questionnaire.css';
import { useAutosave } from './use-autosave';
import { Welcome } from './welcome';

export function QuestionnairePage() {
  return <LinkGate>{(token) => <QuestionnaireLoader key={token} token={token} />}</LinkGate>;
}

type Loaded = {
  assessment: CandidateAssessment;
  storageKey: string | undefined;
  pending: Answers;
  step: number | undefined;
};

function problemKind(failure: Failure): LinkProblemKind {
  if (failure === 'gone' || failure === 'invalid') return 'gone';
  if (failure === 'throttled') return 'throttled';
  return 'unreachable';
}

/** Fetches the questionnaire (and what this device kept), then hands over to the flow. */
function QuestionnaireLoader({ token }: { token: string }) {
  const { t } = useT(candidateMessages);
  const { setLanguage } = useLanguage();
  const [loaded, setLoaded] = useState<Loaded>();
  const [failure, setFailure] = useState<Failure>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const storageKey = await progressKey(token);
      const stored = loadProgress(storageKey);
      const result = await readAssessment(token);
      if (cancelled) return;
      if (!result.ok) {
        setFailure(result.failure);
        return;
      }
      // The candidate first sees the language they were sent; the header switch changes it.
      setLanguage(result.data.locale);
      setLoaded({
        assessment: result.data,
        storageKey,
        pending: stored?.pending ?? {},
        step: stored?.step,
      });
    })();
    return () => {
      cancelled = true;
    };
  }, [token, attempt, setLanguage]);

  if (failure) {
    const kind = problemKind(failure);
    const retry =
      kind === 'gone'
        ? undefined
        : () => {
            setFailure(undefined);
            setAttempt((n) => n + 1);
          };
    return <LinkProblem kind={kind} onRetry={retry} />;
  }
  if (!loaded) {
    return (
      <Page title={t('candidate.title')}>
        <p role="status">{t('candidate.loading')}</p>
      </Page>
    );
  }
  return <Questionnaire token={token} initial={loaded} />;
}

/** welcome → screens → review → done; `screen` is -1 for the welcome, steps.length for the review. */
function Questionnaire({ token, initial }: { token: string; initial: Loaded }) {
  const { language } = useLanguage();
  const [assessment, setAssessment] = useState(initial.assessment);
  const [answers, setAnswers] = useState<Answers>({
    ...initial.assessment.answers,
    ...initial.pending,
  });
  const [screen, setScreen] = useState(-1);
  const [returnToReview, setReturnToReview] = useState(false);
  const [submittedAt, setSubmittedAt] = useState<string | null | undefined>(
    initial.assessment.status === 'submitted' ? initial.assessment.submittedAt : undefined,
  );
  const [gone, setGone] = useState(false);
  const steps = useMemo(() => buildSteps(assessment.items), [assessment.items]);
  const { storageKey } = initial;
  const screenRef = useRef<number | undefined>(initial.step);

  const persist = useCallback(
    (pending: Answers) => saveProgress(storageKey, { pending, step: screenRef.current }),
    [storageKey],
  );
  const autosave = useAutosave({
    token,
    initialPending: initial.pending,
    persist,
    onFatal: (failure) => {
      if (failure === 'submitted') setSubmittedAt(null);
      else setGone(true);
    },
  });

  // The language switch fetches the texts again in that language (answers are keyed, not worded).
  useEffect(() => {
    const wanted = language;
    if (wanted === assessment.locale || !assessment.locales.includes(wanted)) return;
    let cancelled = false;
    void readAssessment(token, wanted).then((result) => {
      if (!cancelled && result.ok) setAssessment(result.data);
    });
    return () => {
      cancelled = true;
    };
  }, [language, assessment.locale, assessment.locales, token]);

  const go = (next: number) => {
    setScreen(next);
    screenRef.current = next;
    saveProgress(storageKey, { pending: autosave.pendingSnapshot(), step: next });
    window.scrollTo({ top: 0 });
  };

  const answer = (key: string, value: Answer) => {
    setAnswers((current) => ({ ...current, [key]: value }));
    autosave.record(key, value);
  };

  const submit = async (): Promise<boolean> => {
    if (!(await autosave.flush())) return false;
    const result = await submitAssessment(token);
    if (!result.ok && result.failure !== 'submitted') return false;
    clearProgress(storageKey);
    setSubmittedAt(result.ok ? result.data.submittedAt : null);
    return true;
  };

  if (gone) return <LinkProblem kind="gone" />;
  if (submittedAt !== undefined) {
    return (
      <Done
        token={token}
        organization={assessment.organizationName}
        submittedAt={submittedAt}
        resultsShared={assessment.resultsShared}
      />
    );
  }

  const status = <SaveStatus state={autosave.state} onRetry={() => void autosave.flush()} />;

  if (screen === -1) {
    return (
      <Welcome
        token={token}
        assessment={assessment}
        answers={answers}
        // Resume on the screen left last time, else at the first unanswered question.
        onStart={() =>
          go(
            Math.max(
              0,
              Math.min(initial.step ?? firstIncompleteStep(steps, answers), steps.length),
            ),
          )
        }
      />
    );
  }
  if (screen >= steps.length) {
    return (
      <Review
        assessment={assessment}
        steps={steps}
        answers={answers}
        unsent={autosave.unsent}
        status={status}
        onSubmit={submit}
        onChange={(step) => {
          setReturnToReview(true);
          go(step);
        }}
      />
    );
  }
  const step = steps[screen]!;
  return (
    <StepScreen
      key={screen}
      assessment={assessment}
      step={step}
      index={screen}
      steps={steps.length}
      answers={answers}
      onAnswer={answer}
      status={status}
      returnToReview={returnToReview}
      onBack={() => go(returnToReview ? steps.length : screen - 1)}
      onNext={() => {
        if (returnToReview) setReturnToReview(false);
        go(returnToReview ? steps.length : screen + 1);
      }}
    />
  );
}
