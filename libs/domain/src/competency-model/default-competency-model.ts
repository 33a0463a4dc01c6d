import { deepFreeze } from './deep-freeze';
import type { Dimension } from './dimension.types';

/**
 * Keys of the default model. Listed once, as a const tuple, so the default questionnaire can be
 * type-checked against them and a renamed key fails to compile instead of failing at seed time.
 */
export const DEFAULT_DIMENSION_KEYS = [
  'prospecting',
  'negotiation-closing',
  'account-care',
  'resilience',
  'pipeline-discipline',
  'digital-selling',
  'coaching-leading',
  'team-contribution',
  'learning-drive',
] as const;

export type DefaultDimensionKey = (typeof DEFAULT_DIMENSION_KEYS)[number];

interface DefaultDimension extends Dimension {
  key: DefaultDimensionKey;
}

/**
 * The sales competency model every new organisation starts with (admins can edit it).
 * Built on the sales-leadership tips in the product brief: people differ in whether they are
 * best at booking meetings or at closing (tip 4), each task has its channel (tip 7), leading is
 * its own competence rather than a reward for top sellers (tips 5 and 10), and learning and
 * useful team work keep a team improving (tips 8 and 9).
 */
export const DEFAULT_COMPETENCY_MODEL: readonly DefaultDimension[] = deepFreeze([
  {
    key: 'prospecting',
    kind: 'sales',
    name: { en: 'Prospecting and booking meetings', nb: 'Prospektering og møtebooking' },
    description: {
      en:
        'Finds new potential customers and turns cold or lukewarm contacts into booked meetings. ' +
        'Picks up the phone without hesitation, follows up persistently and keeps the pipeline filling up.',
      nb:
        'Finner nye potensielle kunder og gjør kalde eller lunkne kontakter om til bookede møter. ' +
        'Tar telefonen uten å nøle, følger opp med utholdenhet og sørger for at det stadig kommer nye muligheter inn.',
    },
  },
  {
    key: 'negotiation-closing',
    kind: 'sales',
    name: { en: 'Negotiation and closing', nb: 'Forhandling og avslutning' },
    description: {
      en:
        'Uncovers what the customer really needs, handles objections calmly, negotiates on value ' +
        'rather than price and asks for the decision.',
      nb:
        'Avdekker hva kunden egentlig trenger, håndterer innvendinger med ro, forhandler på verdi ' +
        'fremfor pris og ber om en beslutning.',
    },
  },
  {
    key: 'account-care',
    kind: 'sales',
    name: { en: 'Account care', nb: 'Kundepleie' },
    description: {
      en:
        'Looks after existing customers over time: keeps promises, spots problems early and finds ' +
        'new business in relationships built on trust.',
      nb:
        'Tar vare på eksisterende kunder over tid: holder det som er lovet, oppdager problemer ' +
        'tidlig og finner nye muligheter i relasjoner bygget på tillit.',
    },
  },
  {
    key: 'resilience',
    kind: 'general',
    name: { en: 'Resilience', nb: 'Motstandskraft' },
    description: {
      en:
        'Handles rejection, lost deals and pressure without losing drive; bounces back quickly ' +
        'and keeps going on the bad days too.',
      nb:
        'Tåler avslag, tapte salg og press uten å miste gløden; kommer seg raskt igjen og holder ' +
        'trykket oppe også på de tunge dagene.',
    },
  },
  {
    key: 'pipeline-discipline',
    kind: 'sales',
    name: { en: 'Pipeline discipline', nb: 'Struktur i salgsarbeidet' },
    description: {
      en:
        'Keeps the CRM up to date, plans the week, forecasts honestly and has a clear next step ' +
        'for every open opportunity.',
      nb:
        'Holder CRM-systemet oppdatert, planlegger uka, gir ærlige prognoser og har et tydelig ' +
        'neste steg for hver åpne mulighet.',
    },
  },
  {
    key: 'digital-selling',
    kind: 'sales',
    name: { en: 'Digital selling', nb: 'Digitalt salg' },
    description: {
      en:
        'Sells well through video meetings, email and social media, and knows when a task calls ' +
        'for the phone or a face-to-face meeting instead.',
      nb:
        'Selger godt gjennom videomøter, e-post og sosiale medier, og vet når en oppgave heller ' +
        'krever en telefonsamtale eller et fysisk møte.',
    },
  },
  {
    key: 'coaching-leading',
    kind: 'leadership',
    name: { en: 'Coaching and leading others', nb: 'Coaching og ledelse' },
    description: {
      en:
        'Helps each person grow towards their own potential, adapts the leadership style to the ' +
        'person and the situation, and is clear about what is expected. A skill of its own, not a ' +
        'reward for being the best seller.',
      nb:
        'Hjelper hver enkelt å utvikle seg mot sitt eget potensial, tilpasser lederstilen til ' +
        'personen og situasjonen, og er tydelig på hva som forventes. En egen kompetanse, ikke en ' +
        'belønning for å være den beste selgeren.',
    },
  },
  {
    key: 'team-contribution',
    kind: 'general',
    name: { en: 'Team contribution', nb: 'Bidrag til teamet' },
    description: {
      en:
        'Shares leads, knowledge and what works; takes on their part of the team’s division of ' +
        'labour and helps make team meetings worth attending.',
      nb:
        'Deler leads, kunnskap og erfaringer om hva som virker; tar sin del av arbeidsdelingen i ' +
        'teamet og bidrar til at teammøtene er verdt å delta på.',
    },
  },
  {
    key: 'learning-drive',
    kind: 'general',
    name: { en: 'Learning drive', nb: 'Lærevilje' },
    description: {
      en:
        'Asks for feedback, tries new approaches and keeps getting better at the craft: products, ' +
        'customers and sales methods.',
      nb:
        'Ber om tilbakemeldinger, prøver nye fremgangsmåter og blir stadig bedre i faget: ' +
        'produkter, kunder og salgsmetoder.',
    },
  },
]);
