import type { Vars } from '../../i18n/translate';
import type { recruiterMessages } from '../messages';
import type { QuestionnaireItem } from '../types';

type Translate = (key: keyof (typeof recruiterMessages)['en'], vars?: Vars) => string;

const ITEM = /^items\[(\d+)\](?:\.(.+))?$/;
const OPTION = /^options\[(\d+)\](?:\.(.+))?$/;

/**
 * The questionnaire API's error paths in words, as the builder names things:
 * `items[0].text.nb` → "Item 1 — text (Norwegian)", `items[2].options[1].scores.resilience` →
 * "Item 3 — option 2 — score for Resilience". A path it does not know is shown as the API wrote
 * it, so nothing is hidden.
 */
export function questionnairePathLabel(
  path: string,
  t: Translate,
  dimensionName: (key: string) => string,
): string {
  const top: Record<string, string> = {
    title: t('recruiter.q.title'),
    scale: t('recruiter.q.scale'),
    'scale.min': `${t('recruiter.q.scale')} — ${t('recruiter.q.scaleMin')}`,
    'scale.max': `${t('recruiter.q.scale')} — ${t('recruiter.q.scaleMax')}`,
    items: t('recruiter.q.itemsTitle'),
    locales: t('recruiter.q.path.locales'),
  };
  if (path in top) return top[path]!;
  const item = ITEM.exec(path);
  if (!item) return path;
  const parts = [t('recruiter.q.path.item', { n: Number(item[1]) + 1 })];
  let rest = item[2];
  const option = rest ? OPTION.exec(rest) : null;
  if (option) {
    parts.push(t('recruiter.q.path.option', { n: Number(option[1]) + 1 }));
    rest = option[2];
  }
  if (rest) {
    const score = /^scores\.(.+)$/.exec(rest);
    const fields: Record<string, string> = {
      key: t('recruiter.q.path.key'),
      type: t('recruiter.q.path.type'),
      text: t('recruiter.q.path.text'),
      'text.en': t('recruiter.q.path.textEn'),
      'text.nb': t('recruiter.q.path.textNb'),
      dimension: t('recruiter.q.path.dimension'),
      keyed: t('recruiter.q.path.keyed'),
      weight: t('recruiter.q.path.weight'),
      passingAnswer: t('recruiter.q.path.passingAnswer'),
      options: t('recruiter.q.path.options'),
      scores: t('recruiter.q.path.scores'),
    };
    parts.push(
      score
        ? t('recruiter.q.path.scoreFor', { dimension: dimensionName(score[1]!) })
        : (fields[rest] ?? rest),
    );
  }
  return parts.join(' — ');
}

/**
 * The path of the builder field an error path should focus, or null when the builder shows no
 * such field (then the summary names it without a link): `items[0].text` → its English text,
 * `items[0]` → its key, a statement's `weight` → its weight, a requirement's `weight` → none.
 */
export function questionnaireErrorTarget(
  path: string,
  items: readonly QuestionnaireItem[],
): string | null {
  if (path === 'title' || path === 'scale.min' || path === 'scale.max') return path;
  if (path === 'scale') return 'scale.min';
  const match = ITEM.exec(path);
  if (!match) return null;
  const index = Number(match[1]);
  const item = items[index];
  if (!item) return null;
  const base = `items[${index}]`;
  const rest = match[2] ?? '';
  if (rest === '' || rest === 'key' || rest === 'type') return `${base}.key`;
  if (rest === 'text') return `${base}.text.en`;
  if (rest === 'text.en' || rest === 'text.nb') return `${base}.${rest}`;
  if (item.type === 'likert' && ['dimension', 'keyed', 'weight'].includes(rest)) {
    return `${base}.${rest}`;
  }
  if (item.type === 'knockout' && rest === 'passingAnswer') return `${base}.${rest}`;
  if (item.type !== 'choice') return null;
  const options = item.options ?? [];
  if (rest === 'options') return options.length > 0 ? `${base}.options[0].text.en` : null;
  const option = OPTION.exec(rest);
  if (!option) return null;
  const o = Number(option[1]);
  const chosen = options[o];
  if (!chosen) return null;
  const obase = `${base}.options[${o}]`;
  const orest = option[2] ?? '';
  if (orest === 'text.en' || orest === 'text.nb') return `${obase}.${orest}`;
  if (orest === '' || orest === 'key' || orest === 'text') return `${obase}.text.en`;
  const scored = Object.keys(chosen.scores);
  if (orest === 'scores') return scored.length > 0 ? `${obase}.scores.${scored[0]}` : null;
  const score = /^scores\.(.+)$/.exec(orest);
  if (score && scored.includes(score[1]!)) return `${obase}.scores.${score[1]}`;
  return null;
}
