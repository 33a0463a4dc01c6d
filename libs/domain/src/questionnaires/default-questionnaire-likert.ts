import type { DefaultDimensionKey } from '../competency-model/default-competency-model';
import type { LikertItem } from './questionnaire.types';

interface Statement {
  keyed: 1 | -1;
  en: string;
  nb: string;
}

const agree = (en: string, nb: string): Statement => ({ keyed: 1, en, nb });
/** Reverse-keyed: agreeing means *less* of the dimension; balances the urge to agree with everything. */
const reverse = (en: string, nb: string): Statement => ({ keyed: -1, en, nb });

/**
 * Self-report statements per default dimension. A Record over every default key, so leaving a
 * dimension out is a compile error. Each has at least four statements, at least one reversed.
 */
const STATEMENTS: Record<DefaultDimensionKey, Statement[]> = {
  prospecting: [
    agree(
      'I enjoy calling people I have never spoken to before.',
      'Jeg liker å ringe folk jeg aldri har snakket med før.',
    ),
    agree(
      'When a potential customer does not reply, I follow up several times before I give up.',
      'Når en potensiell kunde ikke svarer, følger jeg opp flere ganger før jeg gir meg.',
    ),
    reverse(
      'I put off cold calling for as long as I can.',
      'Jeg utsetter kaldringing så lenge jeg kan.',
    ),
    agree(
      'I am good at getting busy people to agree to a short meeting.',
      'Jeg er flink til å få travle folk til å si ja til et kort møte.',
    ),
    reverse(
      'I would rather wait for customers to get in touch than go looking for them myself.',
      'Jeg venter heller på at kundene tar kontakt, enn å oppsøke dem selv.',
    ),
  ],
  'negotiation-closing': [
    agree(
      'Before I present a solution, I ask questions until I understand what the customer actually needs.',
      'Før jeg presenterer en løsning, stiller jeg spørsmål til jeg forstår hva kunden faktisk trenger.',
    ),
    agree(
      'I am comfortable asking a customer straight out for a decision.',
      'Jeg er komfortabel med å be kunden rett ut om en beslutning.',
    ),
    reverse(
      'When a customer pushes on price, I usually offer a discount quickly to keep the deal alive.',
      'Når kunden presser på prisen, tilbyr jeg som regel raskt rabatt for å holde avtalen i live.',
    ),
    agree(
      'I see an objection as a chance to find out what is holding the customer back.',
      'Jeg ser på en innvending som en mulighet til å finne ut hva som holder kunden tilbake.',
    ),
    reverse(
      'I find it uncomfortable to talk about money with customers.',
      'Jeg synes det er ubehagelig å snakke om penger med kunder.',
    ),
  ],
  'account-care': [
    agree(
      'I keep in touch with customers after the sale, even when I have nothing new to sell.',
      'Jeg holder kontakten med kundene etter salget, også når jeg ikke har noe nytt å selge.',
    ),
    agree(
      'When a customer has a problem, I make sure it gets solved, even if it is not strictly my job.',
      'Når en kunde har et problem, sørger jeg for at det blir løst, selv om det strengt tatt ikke er min jobb.',
    ),
    reverse(
      'Once the contract is signed, I would rather move on to the next customer.',
      'Når kontrakten er signert, går jeg helst videre til neste kunde.',
    ),
    agree(
      'I often find new business with customers I already know well.',
      'Jeg finner ofte nye salgsmuligheter hos kunder jeg allerede kjenner godt.',
    ),
  ],
  resilience: [
    agree(
      'After a string of rejections, I can still make the next call with full energy.',
      'Etter en rekke avslag klarer jeg fortsatt å ta neste samtale med full energi.',
    ),
    reverse(
      'Losing a deal I have worked hard for can spoil my mood for days.',
      'Å tape en avtale jeg har jobbet hardt for, kan ødelegge humøret mitt i flere dager.',
    ),
    agree(
      'I stay calm when targets are high and time is short.',
      'Jeg holder roen når målene er høye og tiden er knapp.',
    ),
    reverse(
      'I take it personally when a customer says no.',
      'Jeg tar det personlig når en kunde sier nei.',
    ),
  ],
  'pipeline-discipline': [
    agree(
      'I log every customer conversation in the CRM on the same day.',
      'Jeg registrerer hver kundesamtale i CRM-systemet samme dag.',
    ),
    agree(
      'Every open opportunity I have has a clear next step with a date.',
      'Alle åpne muligheter jeg har, har et tydelig neste steg med dato.',
    ),
    reverse(
      'My forecasts tend to be more optimistic than what actually closes.',
      'Prognosene mine er gjerne mer optimistiske enn det som faktisk blir solgt.',
    ),
    reverse(
      'Planning my week feels like a waste of time; I prefer to take things as they come.',
      'Å planlegge uka føles som bortkastet tid; jeg tar heller ting som de kommer.',
    ),
  ],
  'digital-selling': [
    agree(
      'I am comfortable running a whole sales meeting over video.',
      'Jeg er komfortabel med å gjennomføre et helt salgsmøte på video.',
    ),
    agree(
      'I use LinkedIn or other social media to find and warm up potential customers.',
      'Jeg bruker LinkedIn eller andre sosiale medier til å finne og varme opp potensielle kunder.',
    ),
    reverse(
      'To me, a deal only feels real once I have met the customer in person.',
      'For meg føles en avtale først ekte når jeg har møtt kunden ansikt til ansikt.',
    ),
    agree(
      'I can tell when an email will do and when a task needs a phone call or a meeting.',
      'Jeg vet når en e-post holder, og når en oppgave krever en telefonsamtale eller et møte.',
    ),
  ],
  'coaching-leading': [
    agree(
      'I enjoy helping colleagues get better, even when it takes time away from my own sales.',
      'Jeg liker å hjelpe kolleger å bli bedre, også når det tar tid fra mitt eget salg.',
    ),
    agree(
      'I adjust how much I guide someone to how experienced and confident they are in the task.',
      'Jeg tilpasser hvor mye jeg veileder noen, etter hvor erfaren og trygg vedkommende er i oppgaven.',
    ),
    reverse(
      'When a colleague struggles, it is quicker to do the job myself than to show them how.',
      'Når en kollega sliter, er det raskere å gjøre jobben selv enn å vise hvordan.',
    ),
    agree(
      'I find it natural to tell others clearly what is expected of them.',
      'Det faller meg naturlig å si tydelig fra om hva som forventes av andre.',
    ),
    reverse(
      'I would rather be measured on my own results than on the results of a team.',
      'Jeg vil heller måles på mine egne resultater enn på resultatene til et team.',
    ),
  ],
  'team-contribution': [
    agree(
      'I share what works for me with my colleagues, even when we compete for the same customers.',
      'Jeg deler det som fungerer for meg med kollegene mine, også når vi konkurrerer om de samme kundene.',
    ),
    agree(
      'I come to team meetings prepared and bring something useful.',
      'Jeg kommer forberedt til teammøter og tar med meg noe nyttig.',
    ),
    reverse(
      'I keep good leads to myself rather than pass them to a colleague who is better placed to win them.',
      'Jeg beholder gode leads selv i stedet for å gi dem til en kollega som har bedre forutsetninger for å vinne dem.',
    ),
    agree(
      'I gladly take on the tasks the team needs, even when they are not the ones I like best.',
      'Jeg tar gjerne på meg de oppgavene teamet trenger, også når det ikke er dem jeg liker best.',
    ),
  ],
  'learning-drive': [
    agree(
      'I ask for feedback on my sales conversations.',
      'Jeg ber om tilbakemelding på salgssamtalene mine.',
    ),
    agree(
      'I regularly try new approaches to see whether they work better.',
      'Jeg prøver jevnlig nye fremgangsmåter for å se om de fungerer bedre.',
    ),
    reverse(
      'Once I have found a way that works, I see little reason to change it.',
      'Når jeg har funnet en måte som fungerer, ser jeg liten grunn til å endre den.',
    ),
    agree(
      'I set aside time to learn more about the products I sell, my customers and their industry.',
      'Jeg setter av tid til å lære mer om produktene jeg selger, kundene mine og bransjen deres.',
    ),
  ],
};

/**
 * Likert items keyed `<dimension>-<n>`, interleaved round-robin across dimensions (first
 * statement of each, then the second of each, …): grouped by dimension, the purpose of each
 * block would be obvious and easier to answer strategically.
 */
export function defaultLikertItems(): LikertItem[] {
  const perDimension = Object.entries(STATEMENTS).map(([dimension, statements]) =>
    statements.map((s, index): LikertItem => ({
      key: `${dimension}-${index + 1}`,
      type: 'likert',
      text: { en: s.en, nb: s.nb },
      dimension,
      keyed: s.keyed,
    })),
  );
  const longest = Math.max(...perDimension.map((items) => items.length));
  const interleaved: LikertItem[] = [];
  for (let round = 0; round < longest; round++) {
    for (const items of perDimension) {
      if (round < items.length) interleaved.push(items[round]);
    }
  }
  return interleaved;
}
