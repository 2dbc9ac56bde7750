import { reportBlocks } from '../documents/report-text';
import { composeReportText, OtsReviewContent, ReportContent } from './report-text.composer';

const content: ReportContent = {
  agreements: [{ description: 'Weekschema maken', dueOn: new Date('2027-01-15T00:00:00Z'), ifNotKept: 'De tafel bespreekt het opnieuw.', responsible: 'Ouders', state: 'OPEN', watcherName: 'Piet de Vries' }],
  chairText: 'Het gesprek verliep open.',
  children: [{ age: 13, givenName: 'Sam' }],
  earlierAgreements: [],
  decision: {
    basis: 'CHAIR_DECIDED', decidedAt: new Date('2026-12-01T10:00:00Z'), help: 'Gezinscoaching gaat door.', outcome: 'VOLUNTARY_BINDING',
    raadAdvisesInvestigation: false, route: 'Vrijwillig, met evaluatie.', safety: 'Afspraken over ophalen.',
  },
  kind: 'MEETING',
  meeting: { parentsPresent: true, startsAt: new Date('2026-12-01T08:00:00Z') },
  otsReview: null,
  participants: ['ouder Robin de Vries', 'verzoeker (Wijkteam Noord)'],
  tableName: 'Twente',
  track: 'QUARTER_TO_TWELVE',
};

describe('The report text', () => {
  it('lists the meeting, the decision with a, b and c, the agreements and what happens next', () => {
    const text = composeReportText(content);
    const headings = reportBlocks(text).filter((block) => block.kind === 'heading').map((block) => (block as { text: string }).text);
    expect(headings).toEqual(['Het gesprek', 'Wat er besproken is', 'Besluit', 'a. Route na het gesprek', 'b. Hulp', 'c. Veiligheidsafspraken', 'Afspraken: wie doet wat', 'Hoe verder']);
    expect(text).toContain('Tafelgesprek van dinsdag 1 december 2026 om 09:00 aan de Jeugdbeschermingstafel Twente.');
    expect(text).toContain('Soort gesprek: kwart voor twaalf.');
    expect(text).toContain('Kinderen: Sam (13 jaar).');
    expect(text).toContain('- Ouders: Weekschema maken (uiterlijk 15 januari 2027). Wie let erop: Piet de Vries. Als het niet lukt: De tafel bespreekt het opnieuw.');
  });

  it('looks back, in an evaluation\'s report, on where the agreements made before stand', () => {
    // Given an evaluation after a decision with one agreement kept and one not kept
    const earlierAgreements: ReportContent['earlierAgreements'] = [
      { ...content.agreements[0], description: 'Vader belt de coach', state: 'KEPT' },
      { ...content.agreements[0], description: 'Moeder gaat naar de huisarts', state: 'NOT_KEPT' },
    ];

    // When its report is composed
    const text = composeReportText({ ...content, agreements: [], earlierAgreements, kind: 'EVALUATION' });

    // Then it names the state of each, before what happens next
    expect(headingsOf(text)).toContain('Stand van de eerdere afspraken');
    expect(text).toContain('- Ouders: Vader belt de coach (uiterlijk 15 januari 2027): nagekomen.');
    expect(text).toContain('- Ouders: Moeder gaat naar de huisarts (uiterlijk 15 januari 2027): niet nagekomen.');
    expect(headingsOf(text)).not.toContain('Afspraken: wie doet wat');
  });

  it("names the Raad's position only when the chair decided without consensus", () => {
    expect(composeReportText(content)).toContain('vrijwillige kans met duidelijke afspraken mogelijk is');
    expect(composeReportText({ ...content, decision: { ...content.decision, basis: 'CONSENSUS' } })).not.toContain('De Raad voor de Kinderbescherming gaf aan');
  });

  it('reads back into headings, paragraphs and lists', () => {
    expect(reportBlocks('## Kop\nregel een\nregel twee\n\n- a\n- b\ntekst')).toEqual([
      { kind: 'heading', text: 'Kop' }, { kind: 'paragraph', text: 'regel een\nregel twee' }, { items: ['a', 'b'], kind: 'items' }, { kind: 'paragraph', text: 'tekst' },
    ]);
  });
});

/** A GI's intention to end a supervision order, reviewed at a table whose name is this test's own. */
const intention: OtsReviewContent = {
  giName: 'Jeugdbescherming Oost',
  intendedEndDate: new Date('2027-02-01T00:00:00Z'),
  intention: 'De veiligheid is al een jaar stabiel.',
  raadReviewNote: 'De veiligheid is voldoende geborgd.',
  supervisionEndsOn: new Date('2027-05-01T00:00:00Z'),
};

/** The report content of an OTS-closure review, as the review form records it. */
function otsReview(agreed: boolean, overrides: Partial<ReportContent['decision']> = {}): ReportContent {
  return {
    ...content,
    agreements: [],
    chairText: null,
    decision: {
      basis: 'CONSENSUS', decidedAt: new Date('2026-12-01T10:00:00Z'), help: 'Het wijkteam blijft wekelijks betrokken.', outcome: agreed ? 'OTS_ENDS' : 'OTS_CONTINUES',
      raadAdvisesInvestigation: null, route: agreed ? 'Beëindiging van de ondertoezichtstelling' : 'Voortzetting van de ondertoezichtstelling', safety: 'Moeder belt het wijkteam bij een terugval.',
      ...overrides,
    },
    kind: 'OTS_CLOSURE_REVIEW',
    otsReview: intention,
    track: null,
  };
}

const headingsOf = (text: string) => reportBlocks(text).filter((block) => block.kind === 'heading').map((block) => (block as { text: string }).text);
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('The report text of an OTS-closure review', () => {
  it('tells the intention, the Raad’s review and its outcome, the agreements on safety and help, and what happens next', () => {
    // Given a review at which the Raad agreed with ending the supervision order
    const review = otsReview(true);

    // When its report is composed
    const text = composeReportText(review);

    // Then it has the review's own sections, not the four outcomes' a, b and c
    expect(headingsOf(text)).toEqual(['Het gesprek', 'Het voornemen', 'Uitkomst van de toetsing', 'Afspraken over de veiligheid', 'Afspraken over de hulp', 'Hoe verder']);
    // And it names the conversation, the intention with its dates, and the Raad's legal review
    expect(text).toContain('Gesprek van dinsdag 1 december 2026 om 09:00 aan de Jeugdbeschermingstafel Twente over het voornemen om de ondertoezichtstelling (OTS) te beëindigen.');
    expect(text).toContain('De jeugdbeschermer van Jeugdbescherming Oost is van plan de ondertoezichtstelling (OTS) te beëindigen per 1 februari 2027. Volgens de uitspraak van de kinderrechter loopt de OTS tot 1 mei 2027.');
    expect(text).toContain('Toelichting van de jeugdbeschermer: De veiligheid is al een jaar stabiel.');
    expect(text).toContain('toetst de Raad voor de Kinderbescherming dat voornemen; zo is het wettelijk geregeld.');
    expect(text).toContain('Beëindiging van de ondertoezichtstelling\nDe Raad voor de Kinderbescherming stemt in met het beëindigen van de ondertoezichtstelling. De OTS eindigt.');
    expect(text).toContain('Toelichting van de Raad: De veiligheid is voldoende geborgd.');
    expect(text).toContain('## Afspraken over de veiligheid\nMoeder belt het wijkteam bij een terugval.');
    expect(text).toContain('## Afspraken over de hulp\nHet wijkteam blijft wekelijks betrokken.');
  });

  it('says, when the order ends, that the agreed follow-up help carries on and that the table plans nothing more', () => {
    // Given a review at which the Raad agreed with ending the supervision order
    // When its report is composed
    const text = flat(composeReportText(otsReview(true)));

    // Then what happens next is the end of the order on the intended date and the agreed help, without evaluation moments
    expect(text).toContain('Hoe verder De jeugdbeschermer van Jeugdbescherming Oost beëindigt de OTS per 1 februari 2027. Daarna is er geen maatregel van de kinderrechter meer. De hulp gaat verder zoals hierboven bij ‘Afspraken over de hulp’ staat. De afspraken over de veiligheid blijven gelden. De tafel plant geen nieuw gesprek: haar betrokkenheid eindigt met dit verslag.');
    expect(text).not.toMatch(/evaluatiemoment|vrijwillig|Uitkomst \d/i);
  });

  it('says, when the order ends without agreed help, that none was agreed', () => {
    // Given a review at which the order ends and neither follow-up help nor new safety agreements were made
    // When its report is composed
    const text = flat(composeReportText(otsReview(true, { help: '', safety: '' })));

    // Then the report says so plainly, instead of leaving the sections empty
    expect(text).toContain('Afspraken over de veiligheid Aan tafel zijn geen nieuwe afspraken over de veiligheid gemaakt.');
    expect(text).toContain('Afspraken over de hulp Aan tafel is geen vervolghulp afgesproken.');
    expect(text).toContain('Daarna is er geen maatregel van de kinderrechter meer. Er is geen vervolghulp afgesproken. De tafel plant geen nieuw gesprek');
  });

  it('says, when the order continues, that the youth protector stays involved under it, and promises no evaluation moments', () => {
    // Given a review at which the Raad did not agree with ending the supervision order
    // When its report is composed
    const text = flat(composeReportText(otsReview(false)));

    // Then the outcome is the continuation of the order, a court measure
    expect(text).toContain('Uitkomst van de toetsing Voortzetting van de ondertoezichtstelling De Raad voor de Kinderbescherming stemt niet in met het beëindigen van de ondertoezichtstelling. De OTS gaat daarom door.');
    // And the GI's youth protector carries the help on under the order, until the court's date
    expect(text).toContain('Hoe verder De OTS loopt door tot 1 mei 2027, zoals de kinderrechter heeft bepaald. De jeugdbeschermer van Jeugdbescherming Oost blijft bij uw gezin betrokken en is uw aanspreekpunt voor de hulp en voor de afspraken in dit verslag. De tafel plant geen nieuw gesprek. Wil de jeugdbeschermer de OTS later toch beëindigen, dan toetst de Raad dat voornemen opnieuw.');
    // And nothing speaks of voluntary help or evaluation moments, which the review never plans
    expect(text).not.toMatch(/evaluatiemoment|vrijwillig|Uitkomst \d/i);
  });

  it('refuses to compose a review’s report from a decision with one of the four outcomes of a referral', () => {
    // Given an OTS-closure review whose decision carries outcome 2, as the review form once recorded it
    const review = otsReview(false, { outcome: 'VOLUNTARY_BINDING' });

    // When its report is composed, then it fails instead of promising what outcome 2 promises
    expect(() => composeReportText(review)).toThrow(/not one of the review's own/);
  });
});
