import { dutchDate } from '../notifications/dutch-format';
import { Letter, paragraphs, signature } from '../notifications/texts/letter';

export interface FamilyLinkFacts {
  expiresAt: Date;
  link: string;
  tableName: string;
}

/** To a parent: their own page, in plain words. */
export function familyLinkToParent(facts: FamilyLinkFacts, name: string, contact: string): Letter {
  return {
    subject: 'Uw eigen pagina over het gesprek aan de Jeugdbeschermingstafel',
    text: paragraphs(
      `Beste ${name},`,
      `Op uw eigen pagina leest u alles over het gesprek aan de Jeugdbeschermingstafel ${facts.tableName}: wanneer en waar het is, wie er komen, wat er gebeurt, en later het verslag en de afspraken. Daar kunt u ook reageren.`,
      `Uw persoonlijke link:\n${facts.link}`,
      `De link is alleen voor u. Deel hem niet met anderen. Hij werkt tot en met ${dutchDate(facts.expiresAt)}. Daarna kunt u op de pagina een nieuwe link aanvragen.`,
      contact,
      signature(facts.tableName),
    ),
  };
}

/** For a child, sent to a parent because the child has no address of its own. */
export function familyLinkForChild(facts: FamilyLinkFacts, child: string, parent: string, contact: string): Letter {
  return {
    subject: `Een eigen pagina voor ${child} over het gesprek aan de Jeugdbeschermingstafel`,
    text: paragraphs(
      `Beste ${parent},`,
      `Dit bericht is voor ${child}. Wilt u de link hieronder aan ${child} geven? Wij hebben geen eigen e-mailadres van ${child}.`,
      `Hoi ${child},`,
      'Er komt een gesprek over jouw gezin aan de Jeugdbeschermingstafel. Op je eigen pagina lees je wat er gebeurt, in gewone woorden. Je ziet daar ook de afspraken die over jou gaan.',
      `Jouw link:\n${facts.link}`,
      `De link is alleen voor jou. Hij werkt tot en met ${dutchDate(facts.expiresAt)}.`,
      contact,
      signature(facts.tableName),
    ),
  };
}
