/**
 * People nouns of news beats (plural, as counted), counted in 명 ("how many lawmakers voted in favour" → 의원 몇 명):
 * the counter a count question about them is asked with. Kept apart from `intent.ts`'s own short
 * list so the vocabulary grows beat by beat.
 */
const NOUNS = [
  // politics and courts
  'lawmakers', 'legislators', 'voters', 'candidates', 'defendants', 'suspects', 'victims', 'witnesses', 'prisoners', 'inmates',
  // housing, labor and transport
  'tenants', 'landlords', 'renters', 'drivers', 'passengers', 'commuters', 'union members', 'strikers', 'laborers', 'staffers', 'job ?seekers', 'applicants',
  // health and welfare
  'patients', 'doctors', 'nurses', 'residents', 'elderly', 'seniors', 'children', 'infants', 'babies', 'newborns', 'recipients', 'beneficiaries',
  'deaths', 'dead', 'fatalities', 'casualties', 'injured', 'infections', 'confirmed cases', 'evacuees', 'missing',
  // culture, sport and tourism
  'fans', 'spectators', 'viewers', 'audiences', 'tourists', 'travell?ers', 'athletes', 'players', 'performers', 'artists', 'teachers', 'graduates', 'freshmen',
  // business and finance
  'investors', 'shareholders', 'subscribers', 'customers', 'consumers', 'users', 'paying members', 'farmers', 'fishermen', 'citizens', 'foreigners', 'migrants', 'soldiers', 'troops',
];

const PEOPLE = new RegExp(`^(?:${NOUNS.join('|')})$`, 'u');

/** Whether the counted English noun is people (counted in 명). */
export function isPeopleNoun(word: string): boolean {
  return PEOPLE.test(word.toLowerCase());
}
