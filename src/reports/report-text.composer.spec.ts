import { reportBlocks } from '../documents/report-text';
import { composeReportText, ReportContent } from './report-text.composer';

const content: ReportContent = {
  agreements: [{ description: 'Weekschema maken.', dueOn: new Date('2027-01-15T00:00:00Z'), responsible: 'Ouders' }],
  chairText: 'Het gesprek verliep open.',
  children: [{ age: 13, givenName: 'Sam' }],
  decision: {
    basis: 'CHAIR_DECIDED', decidedAt: new Date('2026-12-01T10:00:00Z'), help: 'Gezinscoaching gaat door.', outcome: 'VOLUNTARY_BINDING',
    raadAdvisesInvestigation: false, route: 'Vrijwillig, met evaluatie.', safety: 'Afspraken over ophalen.',
  },
  kind: 'MEETING',
  meeting: { parentsPresent: true, startsAt: new Date('2026-12-01T08:00:00Z') },
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
    expect(text).toContain('- Ouders: Weekschema maken. (uiterlijk 15 januari 2027)');
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
