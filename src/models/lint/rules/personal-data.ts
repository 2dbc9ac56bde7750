/**
 * Words in variable names that suggest personal data, which must never enter the engine
 * (design.md decision 3). Dutch and English; matched as whole parts of camelCase or snake_case names.
 */
const PERSONAL_DATA_WORDS = [
  'address', 'adres', 'bsn', 'birth', 'birthdate', 'dob', 'email', 'firstname', 'geboorte', 'geboortedatum', 'lastname',
  'mail', 'name', 'naam', 'phone', 'postcode', 'street', 'straat', 'surname', 'telefoon', 'voornaam', 'achternaam',
  'comment', 'description', 'note', 'notes', 'opmerking', 'remark', 'text', 'tekst', 'toelichting',
];

export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .map((word) => word.toLowerCase())
    .filter(Boolean);
}

export function suggestsPersonalData(name: string): boolean {
  const lower = name.toLowerCase();
  return wordsOf(name).some((word) => PERSONAL_DATA_WORDS.includes(word)) || /(^|_)(bsn|naam)/.test(lower);
}
