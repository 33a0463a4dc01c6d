import type { Locale, QuestionnaireDefinition } from '../questionnaires/questionnaire.types';

/**
 * Topics Norwegian anti-discrimination law (likestillings- og diskrimineringsloven § 30,
 * arbeidsmiljøloven § 13-1) forbids asking applicants about. Each has a maintained word list
 * per language — a plain, reviewable list rather than a model, so a refusal can always name
 * the word that caused it.
 *
 * Term syntax: a term matches at the start of a word (case-insensitive, Unicode letters);
 * a word ending in `*` may continue (`pregnan*` → pregnant, pregnancy; `plan* a family` →
 * planning a family); otherwise the whole word must match. Spaces in a term match any whitespace, so phrases work.
 */
export type ForbiddenTopic =
  | 'pregnancy-family-plans'
  | 'religion-belief'
  | 'ethnicity'
  | 'disability'
  | 'sexual-orientation'
  | 'gender-identity'
  | 'political-views'
  | 'union-membership'
  | 'health';

export const FORBIDDEN_TOPIC_NAMES: Record<ForbiddenTopic, { en: string; nb: string }> = {
  'pregnancy-family-plans': {
    en: 'pregnancy or family plans',
    nb: 'graviditet eller familieplaner',
  },
  'religion-belief': { en: 'religion or belief', nb: 'religion eller livssyn' },
  ethnicity: { en: 'ethnicity', nb: 'etnisitet' },
  disability: { en: 'disability', nb: 'funksjonsnedsettelse' },
  'sexual-orientation': { en: 'sexual orientation', nb: 'seksuell orientering' },
  'gender-identity': { en: 'gender identity', nb: 'kjønnsidentitet' },
  'political-views': { en: 'political views', nb: 'politisk syn' },
  'union-membership': { en: 'union membership', nb: 'medlemskap i fagforening' },
  health: { en: 'health beyond what the job needs', nb: 'helse utover det jobben krever' },
};

export const FORBIDDEN_TERMS: Record<ForbiddenTopic, Record<Locale, readonly string[]>> = {
  'pregnancy-family-plans': {
    en: [
      'pregnan*',
      'family plan*',
      'plan* a family',
      'start* a family',
      'have children',
      'want children',
      'any children',
      'have kids',
      'want kids',
      'maternity',
      'paternity',
      'parental leave',
      'childcare',
      'child care',
      'expecting a baby',
      'baby',
    ],
    nb: [
      'gravid*',
      'svangerskap*',
      'familieplan*',
      'stifte familie',
      'har du barn',
      'ønsker du barn',
      'vil du ha barn',
      'planlegger du barn',
      'barn*',
      'foreldrepermisjon*',
      'mammapermisjon*',
      'pappapermisjon*',
      'permisjon*',
      'fødsel',
      'fødselspermisjon*',
      'småbarn*',
    ],
  },
  'religion-belief': {
    en: [
      'religio*',
      'religious faith',
      'church*',
      'mosque*',
      'synagogue*',
      'pray*',
      'worship*',
      'atheis*',
      'christianity',
      'muslim*',
      'jewish',
      'hindu*',
      'buddhis*',
      'spiritual beliefs',
      'religious beliefs',
    ],
    nb: [
      'religi*',
      'livssyn*',
      'trossamfunn*',
      'trosretning*',
      'kirke*',
      'moské*',
      'synagoge*',
      'bønn*',
      'ateist*',
      'kristendom*',
      'muslim*',
      'jødisk*',
      'hindu*',
      'buddhis*',
    ],
  },
  ethnicity: {
    en: ['ethnic*', 'racial', 'skin colo*', 'national origin', 'nationality', 'ancestry'],
    nb: [
      'etnisk*',
      'etnisitet*',
      'rase',
      'hudfarge*',
      'nasjonal opprinnelse',
      'avstamning*',
      'nasjonalitet*',
    ],
  },
  disability: {
    en: ['disab*', 'handicap*', 'impairment*', 'wheelchair*', 'special needs'],
    nb: [
      'funksjonsnedsett*',
      'funksjonshemm*',
      'handikap*',
      'uføre*',
      'ufør',
      'rullestol*',
      'nedsatt funksjonsevne',
    ],
  },
  'sexual-orientation': {
    en: [
      'sexual orientation',
      'sexuality',
      'gay',
      'lesbian*',
      'homosexual*',
      'bisexual*',
      'heterosexual*',
    ],
    nb: ['seksuell orientering', 'legning*', 'homofil*', 'lesbisk*', 'bifil*', 'heterofil*'],
  },
  'gender-identity': {
    en: ['gender identity', 'gender expression', 'transgender*', 'non-binary', 'nonbinary'],
    nb: ['kjønnsidentitet*', 'kjønnsuttrykk*', 'transperson*', 'ikke-binær*'],
  },
  'political-views': {
    en: ['political*', 'vote for', 'voted for', 'which party'],
    nb: ['politisk*', 'partipolitikk*', 'hvilket parti', 'stemme på', 'stemmer du', 'stemte du'],
  },
  'union-membership': {
    en: [
      'trade union*',
      'labour union*',
      'labor union*',
      'union member*',
      'unionised',
      'unionized',
    ],
    nb: ['fagforening*', 'fagorganiser*', 'LO-medlem*'],
  },
  health: {
    en: [
      'health',
      'health condition*',
      'illness*',
      'sick',
      'sickness',
      'sick leave',
      'diagnos*',
      'medical',
      'medication*',
      'chronic',
      'mental illness*',
      'depression',
    ],
    nb: [
      'helse*',
      'sykdom*',
      'syk',
      'sykemeld*',
      'sykefravær*',
      'diagnose*',
      'medisin*',
      'kronisk*',
      'psykisk*',
      'depresjon*',
    ],
  },
};

export interface ForbiddenTopicFinding {
  /** Path of the text within the questionnaire, e.g. `items[2].text.nb`. */
  field: string;
  itemKey: string;
  locale: Locale;
  topic: ForbiddenTopic;
  /** The word or phrase found in the text. */
  match: string;
}

const LETTER = String.raw`[\p{L}\p{N}]`;

function compile(term: string): RegExp {
  const words = term.split(/\s+/);
  const body = words
    .map((word) => {
      const open = word.endsWith('*');
      const literal = (open ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return open ? `${literal}${LETTER}*` : literal;
    })
    .join(String.raw`\s+`);
  const end = term.endsWith('*') ? '' : `(?!${LETTER})`;
  return new RegExp(`(?<!${LETTER})${body}${end}`, 'iu');
}

const COMPILED: Array<{ topic: ForbiddenTopic; locale: Locale; pattern: RegExp }> = Object.entries(
  FORBIDDEN_TERMS,
).flatMap(([topic, byLocale]) =>
  (Object.entries(byLocale) as Array<[Locale, readonly string[]]>).flatMap(([locale, terms]) =>
    terms.map((term) => ({ topic: topic as ForbiddenTopic, locale, pattern: compile(term) })),
  ),
);

/** The forbidden topics a text in one language touches, each once, with the word found. */
export function findForbiddenTopicsInText(
  text: string,
  locale: Locale,
): Array<{ topic: ForbiddenTopic; match: string }> {
  const normalized = text.normalize('NFKC');
  const found = new Map<ForbiddenTopic, string>();
  for (const { topic, locale: termLocale, pattern } of COMPILED) {
    if (termLocale !== locale || found.has(topic)) continue;
    const hit = pattern.exec(normalized);
    if (hit) found.set(topic, hit[0]);
  }
  return [...found].map(([topic, match]) => ({ topic, match }));
}

/**
 * Every item text (and choice option text) of a questionnaire, in both languages, that
 * touches a forbidden topic. Empty when the questionnaire may be published as it is.
 */
export function findForbiddenTopics(
  definition: Pick<QuestionnaireDefinition, 'items'>,
): ForbiddenTopicFinding[] {
  const findings: ForbiddenTopicFinding[] = [];
  const check = (
    itemKey: string,
    path: string,
    text: { en?: string; nb?: string } | undefined,
  ): void => {
    for (const locale of ['en', 'nb'] as const) {
      const value = text?.[locale];
      if (typeof value !== 'string') continue;
      for (const { topic, match } of findForbiddenTopicsInText(value, locale)) {
        findings.push({ field: `${path}.${locale}`, itemKey, locale, topic, match });
      }
    }
  };
  definition.items.forEach((item, i) => {
    check(item.key, `items[${i}].text`, item.text);
    if (item.type === 'choice') {
      item.options.forEach((option, j) =>
        check(item.key, `items[${i}].options[${j}].text`, option.text),
      );
    }
  });
  return findings;
}

/** One readable line per finding, naming the item, the topic and the word. */
export function describeForbiddenTopicFinding(f: ForbiddenTopicFinding): string {
  return `item "${f.itemKey}" asks about ${FORBIDDEN_TOPIC_NAMES[f.topic].en} ("${f.match}", ${f.locale})`;
}
