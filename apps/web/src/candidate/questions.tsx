import { useT } from '../i18n/language';
import { candidateMessages } from './messages';
import { scalePoints, type Answer, type Answers, type CandidateItem } from './model';

interface QuestionProps {
  item: CandidateItem;
  answers: Answers;
  onAnswer: (key: string, value: Answer) => void;
}

/**
 * Native radio groups: the whole label is the target, arrow keys move within the group, and
 * assistive technology knows them without ARIA. One fieldset per question, its text the legend.
 */
function RadioGroup<V extends Answer>({
  item,
  answers,
  onAnswer,
  options,
  hint,
  layout,
}: QuestionProps & {
  options: { value: V; label: string }[];
  hint?: string;
  layout: 'row' | 'column';
}) {
  const hintId = hint ? `${item.key}-hint` : undefined;
  return (
    <fieldset className="question" aria-describedby={hintId}>
      <legend>{item.text}</legend>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <div className={`options options-${layout}`}>
        {options.map((option) => (
          <label key={String(option.value)} className="option">
            <input
              type="radio"
              name={item.key}
              value={String(option.value)}
              checked={answers[item.key] === option.value}
              onChange={() => onAnswer(item.key, option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function KnockoutQuestion(props: QuestionProps) {
  const { t } = useT(candidateMessages);
  return (
    <RadioGroup
      {...props}
      layout="row"
      options={[
        { value: true, label: t('candidate.yes') },
        { value: false, label: t('candidate.no') },
      ]}
    />
  );
}

export function LikertQuestion(props: QuestionProps & { scale: { min: number; max: number } }) {
  const labels = useLikertLabels(props.scale);
  return (
    <RadioGroup
      {...props}
      layout="row"
      options={scalePoints(props.scale).map((value) => ({ value, label: labels(value) }))}
    />
  );
}

export function ChoiceQuestion(props: QuestionProps) {
  const { t } = useT(candidateMessages);
  return (
    <RadioGroup
      {...props}
      layout="column"
      hint={t('candidate.step.choiceHint')}
      options={(props.item.options ?? []).map((option) => ({
        value: option.key,
        label: option.text,
      }))}
    />
  );
}

/** Words for a five-point scale; otherwise numbers with the two ends named. */
export function useLikertLabels(scale: { min: number; max: number }) {
  const { t, formatNumber } = useT(candidateMessages);
  const five = scale.max - scale.min === 4;
  return (value: number): string => {
    if (five) {
      const position = (value - scale.min + 1) as 1 | 2 | 3 | 4 | 5;
      return t(`candidate.likert.${position}of5`);
    }
    if (value === scale.min) return t('candidate.likert.low', { value });
    if (value === scale.max) return t('candidate.likert.high', { value });
    return formatNumber(value);
  };
}
