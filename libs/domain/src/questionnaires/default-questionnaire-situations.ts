import type { DefaultDimensionKey } from '../competency-model/default-competency-model';
import type { ChoiceItem, ChoiceOption, KnockoutItem } from './questionnaire.types';

type Scores = Partial<Record<DefaultDimensionKey, number>>;

function option(key: string, en: string, nb: string, scores: Scores): ChoiceOption {
  return { key, text: { en, nb }, scores: { ...scores } };
}

/**
 * Situational judgement items. Every option of an item scores the same dimensions, so whichever
 * option a candidate picks, the item contributes to the same dimension scores. Options are in no
 * particular order of quality, so the best answer is not simply the first or the last.
 */
export function defaultSituationItems(): ChoiceItem[] {
  return [
    {
      key: 'situation-price-pressure',
      type: 'choice',
      text: {
        en:
          'A customer you have been in talks with for several weeks says: “Your competitor is 15% cheaper. ' +
          'Can you match that?” What do you do first?',
        nb:
          'En kunde du har vært i dialog med i flere uker, sier: «Konkurrenten er 15 % billigere. ' +
          'Kan dere matche det?» Hva gjør du først?',
      },
      options: [
        option(
          'match-price',
          'Match the price so you do not lose the deal.',
          'Matcher prisen, så du ikke mister avtalen.',
          {
            'negotiation-closing': 15,
            'account-care': 35,
            resilience: 25,
          },
        ),
        option(
          'trade-discount',
          'Offer a smaller discount in return for a longer contract or a decision this week.',
          'Tilbyr en mindre rabatt mot en lengre avtale eller en beslutning denne uka.',
          { 'negotiation-closing': 70, 'account-care': 55, resilience: 65 },
        ),
        option(
          'explore-value',
          'Ask what the cheaper offer includes and what matters most to them, then show where your solution is worth the difference.',
          'Spør hva det billigere tilbudet inneholder og hva som er viktigst for dem, og viser deretter hvor din løsning er verdt prisforskjellen.',
          { 'negotiation-closing': 95, 'account-care': 75, resilience: 80 },
        ),
        option(
          'ask-manager',
          'Say you will check with your manager and get back to them.',
          'Sier at du skal sjekke med lederen din og komme tilbake til dem.',
          { 'negotiation-closing': 35, 'account-care': 45, resilience: 40 },
        ),
      ],
    },
    {
      key: 'situation-busy-thursday',
      type: 'choice',
      text: {
        en:
          'It is Thursday afternoon. You are behind on booked meetings this week, you have not updated the CRM ' +
          'since Monday, and a new colleague asks for help with a difficult customer call. What do you do?',
        nb:
          'Det er torsdag ettermiddag. Du ligger etter med bookede møter denne uka, du har ikke oppdatert ' +
          'CRM-systemet siden mandag, og en ny kollega ber om hjelp med en vanskelig kundesamtale. Hva gjør du?',
      },
      options: [
        option(
          'phone-only',
          'Say no for now and spend the afternoon on the phone booking meetings.',
          'Sier nei denne gangen og bruker ettermiddagen på telefonen for å booke møter.',
          {
            prospecting: 85,
            'pipeline-discipline': 35,
            'team-contribution': 20,
            'coaching-leading': 15,
          },
        ),
        option(
          'crm-first',
          'Update the CRM first so you have the full picture, then decide.',
          'Oppdaterer CRM-systemet først, så du har full oversikt, og bestemmer deg deretter.',
          {
            prospecting: 40,
            'pipeline-discipline': 90,
            'team-contribution': 35,
            'coaching-leading': 30,
          },
        ),
        option(
          'help-briefly',
          'Spend fifteen minutes helping your colleague plan the call, then get back on the phone and update the CRM before you leave.',
          'Bruker et kvarter på å hjelpe kollegaen med å planlegge samtalen, går så tilbake til telefonen og oppdaterer CRM-systemet før du går for dagen.',
          {
            prospecting: 75,
            'pipeline-discipline': 75,
            'team-contribution': 90,
            'coaching-leading': 85,
          },
        ),
        option(
          'take-over',
          'Take the call yourself so it is done properly.',
          'Tar samtalen selv, så den blir gjort skikkelig.',
          {
            prospecting: 25,
            'pipeline-discipline': 30,
            'team-contribution': 55,
            'coaching-leading': 20,
          },
        ),
      ],
    },
    {
      key: 'situation-follow-up-channel',
      type: 'choice',
      text: {
        en:
          'A customer in another city wants to go through the proposal you sent last week. They have about half ' +
          'an hour this week. How do you follow up?',
        nb:
          'En kunde i en annen by vil gå gjennom tilbudet du sendte forrige uke. De har omtrent en halvtime ' +
          'til rådighet denne uka. Hvordan følger du opp?',
      },
      options: [
        option(
          'email-only',
          'Email a summary of the key points and ask them to get in touch if they have questions.',
          'Sender en e-post med hovedpunktene og ber dem ta kontakt hvis de har spørsmål.',
          { 'digital-selling': 55, 'account-care': 30, 'pipeline-discipline': 35 },
        ),
        option(
          'video-walkthrough',
          'Book a video meeting and go through the proposal together on screen.',
          'Booker et videomøte og går gjennom tilbudet sammen på skjermen.',
          { 'digital-selling': 95, 'account-care': 80, 'pipeline-discipline': 80 },
        ),
        option(
          'drive-over',
          'Drive there for a meeting in person; it is worth half a day.',
          'Kjører dit for et fysisk møte; det er verdt en halv dag.',
          { 'digital-selling': 20, 'account-care': 65, 'pipeline-discipline': 30 },
        ),
        option(
          'call-next-step',
          'Call them, answer their questions and agree on a concrete next step.',
          'Ringer dem, svarer på spørsmålene deres og avtaler et konkret neste steg.',
          { 'digital-selling': 65, 'account-care': 75, 'pipeline-discipline': 85 },
        ),
      ],
    },
  ];
}

/** Asked first, so a candidate who cannot take the job learns it before answering forty items. */
export function defaultKnockoutItem(): KnockoutItem {
  return {
    key: 'right-to-work',
    type: 'knockout',
    text: {
      en: 'I have the right to work in Norway (for example as a Norwegian or EU/EEA citizen, or with a residence permit that allows work).',
      nb: 'Jeg har rett til å arbeide i Norge (for eksempel som norsk eller EU/EØS-borger, eller med en oppholdstillatelse som gir rett til arbeid).',
    },
    passingAnswer: true,
  };
}
