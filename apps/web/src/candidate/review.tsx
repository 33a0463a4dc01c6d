import { useState } from 'react';
import { useT } from '../i18n/language';
import { Page } from '../shell/page';
import { answerText } from './answer-text';
import { candidateMessages } from './messages';
import type { Answers, CandidateAssessment, Step } from './model';
import { isAnswered } from './model';
import { useLikertLabels } from './questions';

interface Props {
  assessment: CandidateAssessment;
  steps: Step[];
  answers: Answers;
  unsent: number;
  onChange: (step: number, itemKey: string) => void;
  onSubmit: () => Promise<boolean>;
  status: React.ReactNode;
}

/** Every question with its answer and a change link, then the one submit button. */
export function Review({ assessment, steps, answers, unsent, onChange, onSubmit, status }: Props) {
  const { t, tp } = useT(candidateMessages);
  const likertLabel = useLikertLabels(assessment.scale);
  const [submitting, setSubmitting] = useState(false);
  const [failed, setFailed] = useState(false);
  const missing = assessment.items.filter((item) => !isAnswered(answers, item.key));
  const words = { yes: t('candidate.yes'), no: t('candidate.no'), likert: likertLabel };

  const submit = async () => {
    if (submitting) return;
    setSubmitting(true);
    setFailed(false);
    const ok = await onSubmit();
    if (!ok) {
      setSubmitting(false);
      setFailed(true);
    }
  };

  return (
    <Page title={t('candidate.review.title')}>
      <p>{t('candidate.review.intro')}</p>
      {missing.length > 0 && (
        <div className="notice">
          <h2>{tp('candidate.review.missing', missing.length)}</h2>
          <p>{t('candidate.review.missingHint')}</p>
        </div>
      )}
      <ol className="review-list">
        {steps.flatMap((step, index) =>
          step.items.map((item) => {
            const text = answerText(item, answers, words);
            return (
              <li key={item.key} className="review-item">
                <p className="review-question">{item.text}</p>
                <p className={text === undefined ? 'review-answer missing' : 'review-answer'}>
                  {text ?? (
                    <strong>
                      <span aria-hidden="true">! </span>
                      {t('candidate.review.notAnswered')}
                    </strong>
                  )}
                </p>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('candidate.review.changeLabel', { question: item.text })}
                  onClick={() => onChange(index, item.key)}
                >
                  {t('candidate.review.change')}
                </button>
              </li>
            );
          }),
        )}
      </ol>
      {status}
      {unsent > 0 && <p className="error-text">{t('candidate.review.unsaved')}</p>}
      {failed && (
        <p className="error-text" role="alert">
          {t('candidate.review.submitFailed')}
        </p>
      )}
      <button
        type="button"
        className="submit"
        disabled={missing.length > 0 || submitting}
        onClick={() => void submit()}
      >
        {submitting ? t('candidate.review.submitting') : t('candidate.review.submit')}
      </button>
    </Page>
  );
}
