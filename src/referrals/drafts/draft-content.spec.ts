import { draftContentProblems } from './draft-content';

describe('The content of a referral draft', () => {
  it('may lack anything: no field, an empty list of children, an empty text', async () => {
    // Given drafts that are empty or barely begun
    const drafts = [{}, { children: [] }, { children: [{ givenName: 'Sam' }], worries: '' }, { safetyPlan: {} }];

    // When they are checked
    const problems = await Promise.all(drafts.map((content) => draftContentProblems(content)));

    // Then none of them is wrong
    expect(problems).toEqual([[], [], [], []]);
  });

  it('is checked with the referral’s own rules for what is filled in, each problem under content.', async () => {
    // Given a draft with a date that does not exist, an entry type the service does not know, a bad email and a field no referral has
    const content = { children: [{ birthDate: '2013-02-30' }], entryType: 'GOSSIP', nickname: 'x', parents: [{ email: 'geen-adres' }] };

    // When it is checked
    const problems = await draftContentProblems(content);

    // Then exactly those fields are named, with the referral's reasons
    expect(problems.map((problem) => problem.field).sort()).toEqual(['content.children.0.birthDate', 'content.entryType', 'content.nickname', 'content.parents.0.email']);
    expect(problems.find((problem) => problem.field === 'content.children.0.birthDate')?.reason).toContain('YYYY-MM-DD');
  });
});
