import { useT } from '../i18n/language';
import { PageHeading, usePageTitle } from '../shell/page';
import { candidateMessages } from './messages';
import type { Answer, Answers, CandidateAssessment, Step } from './model';
import { countAnswered } from './model';
import { ChoiceQuestion, KnockoutQuestion, LikertQuestion } from './questions';

interface Props {
  assessment: CandidateAssessment;
  step: Step;
  index: number;
  steps: number;
  answers: Answers;
  onAnswer: (key: string, value: Answer) => void;
  onBack: () => void;
  onNext: () => void;
  /** Came here from a "change" link: the forward button returns to the review. */
  returnToReview: boolean;
  status: React.ReactNode;
}

/** One screen of questions, with progress, the save state and back/next. */
export function StepScreen(props: Props) {
  const { assessment, step, index, steps, answers, onAnswer } = props;
  const { t } = useT(candidateMessages);
  const heading =
    step.kind === 'knockouts'
      ? t('candidate.step.knockouts')
      : step.kind === 'likert'
        ? t('candidate.step.likert')
        : t('candidate.step.choice');
  usePageTitle(`${heading} (${index + 1}/${steps})`);
  const total = assessment.items.length;
  const answered = countAnswered(assessment.items, answers);
  const last = index === steps - 1;
  return (
    <form
      className="step"
      onSubmit={(event) => {
        event.preventDefault();
        props.onNext();
      }}
    >
      <div className="progress">
        <p id="progress-label">
          {t('candidate.progress', { step: index + 1, steps })}
          {' · '}
          {t('candidate.progress.answered', { answered, total })}
        </p>
        <progress aria-labelledby="progress-label" value={answered} max={total} />
      </div>
      <PageHeading>{heading}</PageHeading>
      {step.kind === 'likert' && step.sections > 1 && (
        <p className="hint">
          {t('candidate.step.likertSection', { section: step.section, sections: step.sections })}
        </p>
      )}
      {step.kind === 'knockouts' && <p className="hint">{t('candidate.step.knockoutsHint')}</p>}
      {step.items.map((item) =>
        step.kind === 'knockouts' ? (
          <KnockoutQuestion key={item.key} item={item} answers={answers} onAnswer={onAnswer} />
        ) : step.kind === 'likert' ? (
          <LikertQuestion
            key={item.key}
            item={item}
            answers={answers}
            onAnswer={onAnswer}
            scale={assessment.scale}
          />
        ) : (
          <ChoiceQuestion key={item.key} item={item} answers={answers} onAnswer={onAnswer} />
        ),
      )}
      {props.status}
      <div className="step-actions">
        <button type="button" className="secondary" onClick={props.onBack}>
          {t('candidate.back')}
        </button>
        <button type="submit">
          {last || props.returnToReview ? t('candidate.toReview') : t('candidate.next')}
        </button>
      </div>
    </form>
  );
}
