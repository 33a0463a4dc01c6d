import { DEFAULT_QUESTIONNAIRE } from '../questionnaires/default-questionnaire';
import type { QuestionnaireDefinition } from '../questionnaires/questionnaire.types';
import {
  describeForbiddenTopicFinding,
  findForbiddenTopics,
  findForbiddenTopicsInText,
  FORBIDDEN_TERMS,
} from './forbidden-topics';

const likert = (
  key: string,
  en: string,
  nb?: string,
): QuestionnaireDefinition['items'][number] => ({
  key,
  type: 'likert',
  text: nb === undefined ? { en } : { en, nb },
  dimension: 'prospecting',
  keyed: 1,
});

describe('forbidden topics', () => {
  it('finds a question about family plans in English and in Norwegian', () => {
    expect(findForbiddenTopicsInText('Are you planning a family in the next years?', 'en')).toEqual(
      [{ topic: 'pregnancy-family-plans', match: 'planning a family' }],
    );
    expect(findForbiddenTopicsInText('Planlegger du å få barn snart?', 'nb')).toEqual([
      { topic: 'pregnancy-family-plans', match: 'barn' },
    ]);
    expect(findForbiddenTopicsInText('Er du gravid?', 'nb')).toEqual([
      { topic: 'pregnancy-family-plans', match: 'gravid' },
    ]);
  });

  it('names each topic once per text, with the word that was found', () => {
    const found = findForbiddenTopicsInText(
      'Does your religion or your trade union membership, or your pregnancy, matter?',
      'en',
    );
    expect(found.map((f) => f.topic).sort()).toEqual([
      'pregnancy-family-plans',
      'religion-belief',
      'union-membership',
    ]);
    expect(found.find((f) => f.topic === 'religion-belief')?.match).toBe('religion');
  });

  it('matches at word starts only, and whole words unless the term is open-ended', () => {
    // "sick" is a whole-word term: "sickle" is not it; "barn*" is open: "barnehage" is.
    expect(findForbiddenTopicsInText('A sickle on the wall', 'en')).toEqual([]);
    expect(findForbiddenTopicsInText('Har du plass i barnehage?', 'nb')).toHaveLength(1);
    // A term inside another word does not count ("unionised" ≠ "reunionised").
    expect(findForbiddenTopicsInText('We reunionised', 'en')).toEqual([]);
    // Case and spacing do not hide a phrase.
    expect(findForbiddenTopicsInText('SEXUAL\n  ORIENTATION', 'en')[0]?.topic).toBe(
      'sexual-orientation',
    );
  });

  it('checks item texts and choice option texts in both languages, naming the field', () => {
    const findings = findForbiddenTopics({
      items: [
        likert('calls', 'I like calling strangers.', 'Jeg liker å ringe fremmede.'),
        likert('family', 'I enjoy my work.', 'Har du planer om å stifte familie?'),
        {
          key: 'weekend',
          type: 'choice',
          text: { en: 'A customer calls on Saturday.' },
          options: [
            { key: 'a', text: { en: 'I answer.' }, scores: { prospecting: 80 } },
            { key: 'b', text: { en: 'I am at church.' }, scores: { prospecting: 20 } },
          ],
        },
      ],
    });
    expect(findings).toEqual([
      {
        field: 'items[1].text.nb',
        itemKey: 'family',
        locale: 'nb',
        topic: 'pregnancy-family-plans',
        match: 'stifte familie',
      },
      {
        field: 'items[2].options[1].text.en',
        itemKey: 'weekend',
        locale: 'en',
        topic: 'religion-belief',
        match: 'church',
      },
    ]);
    expect(describeForbiddenTopicFinding(findings[0])).toBe(
      'item "family" asks about pregnancy or family plans ("stifte familie", nb)',
    );
  });

  it('lets the default questionnaire through (no false alarms on ordinary sales questions)', () => {
    expect(findForbiddenTopics(DEFAULT_QUESTIONNAIRE)).toEqual([]);
  });

  it('has terms in both languages for every topic', () => {
    for (const [topic, byLocale] of Object.entries(FORBIDDEN_TERMS)) {
      expect([topic, byLocale.en.length > 0, byLocale.nb.length > 0]).toEqual([topic, true, true]);
    }
  });
});
