import request from 'supertest';
import { TASK_CONTRACTS, TaskType } from '../../src/engine/process-catalog';
import { familyTokenHash } from '../../src/family/family-link-tokens';
import { Role } from '../../src/generated/prisma/enums';
import { FamilyPageSendWorker } from '../../src/workers/family-page-send.worker';
import { ReportDraftWorker } from '../../src/workers/report-draft.worker';
import { ReportSendWorker } from '../../src/workers/report-send.worker';
import { createDecision, createMailCase, MailCase } from '../factories/mail-case.factory';
import { FICTIONAL } from '../factories/referral.factory';
import { signIn } from '../factories/session.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { dispatchOutbox } from '../support/outbox';
import { SmtpListener, startSmtpListener } from '../support/smtp-listener';
import { startTestApp, TestApp } from '../support/test-app';
import { aJob } from '../support/worker-job';

/** The secret of a family-page link in a mail's text. */
const linkIn = (text: string | undefined) => /\/gezin\/([A-Za-z0-9_-]{40,64})/.exec(text ?? '')?.[1] ?? null;

/**
 * The family page (issue 13): personal links for the parents and, from the region's age, the
 * children; a page per person with what is theirs to see; links that expire, are replaced and can be
 * sent again; every visit in the audit log.
 */
describe('The family page behind a personal link', () => {
  let subject: TestApp;
  let smtp: SmtpListener;
  const http = () => request(subject.app.getHttpServer());

  beforeAll(async () => {
    smtp = await startSmtpListener();
    subject = await startTestApp({ SMTP_PORT: String(smtp.port) });
  });
  afterAll(async () => {
    await subject.close();
    await smtp.close();
  });

  async function run(type: TaskType, worker: new (...args: never[]) => { handle: FamilyPageSendWorker['handle'] }, variables: Record<string, unknown>) {
    const result = (await subject.app.get(worker).handle(aJob(type, variables))) ?? {};
    expect(Object.keys(result).sort()).toEqual([...TASK_CONTRACTS[type].outputs].sort());
    return result;
  }

  /** A planned case whose region gives children a link from `childAge`, with the links sent as the preparation does. */
  async function caseWithLinks(childAge: 12 | 16): Promise<{ links: { child: string | null; father: string; mother: string }; mailCase: MailCase; sent: Record<string, unknown> }> {
    const mailCase = await createMailCase(subject.prisma);
    await subject.prisma.region.update({ data: { childDocumentsMinAge: 16, familyPageChildMinAge: childAge }, where: { id: mailCase.region.id } });
    const sent = await run(TaskType.FamilyPageSend, FamilyPageSendWorker, { caseId: mailCase.caseId, meetingId: mailCase.meeting.id });
    await dispatchOutbox(subject);
    const own = (mails: { subject?: string }[]) => mails.find((mail) => mail.subject?.startsWith('Uw eigen pagina')) as { text?: string } | undefined;
    const motherMails = await smtp.waitFor(mailCase.addresses.mother, childAge === 12 ? 2 : 1);
    const fatherMails = await smtp.waitFor(mailCase.addresses.father, childAge === 12 ? 2 : 1);
    const childMail = fatherMails.find((mail) => mail.subject?.includes(FICTIONAL.childGivenName));
    return {
      links: { child: linkIn(childMail?.text), father: linkIn(own(fatherMails)?.text)!, mother: linkIn(own(motherMails)?.text)! },
      mailCase,
      sent,
    };
  }

  it('sends each parent a link of their own, and a child of 13 one through each parent where the region\'s age is 12', async () => {
    // Given a planned case in a region that gives children of 12 and older a link
    const { links, mailCase, sent } = await caseWithLinks(12);

    // Then both parents and the child of 13 got a link (the child's through each parent), the child of 6 none
    expect(sent).toEqual({ familyLinkCount: 3 });
    expect(links.mother).not.toBeNull();
    expect(links.child).not.toBeNull();
    const childMails = smtp.to(mailCase.addresses.mother).filter((mail) => mail.subject?.includes(FICTIONAL.childGivenName));
    expect(childMails).toHaveLength(1);
    expect(childMails[0].text).toContain(`Hoi ${FICTIONAL.childGivenName}`);
    // And only a hash of each secret is kept
    const stored = await subject.prisma.familyPageLink.findMany({ where: { caseId: mailCase.caseId } });
    expect(stored).toHaveLength(3);
    expect(stored.map((link) => link.tokenHash).sort()).toEqual([links.mother, links.father, links.child!].map(familyTokenHash).sort());
    expect(JSON.stringify(stored)).not.toContain(links.mother);
  });

  it('gives a child of 13 no link where the region\'s age is 16', async () => {
    // Given a planned case in a region that gives children a link from 16
    const { links, mailCase, sent } = await caseWithLinks(16);

    // Then only the parents got one
    expect(sent).toEqual({ familyLinkCount: 2 });
    expect(links.child).toBeNull();
    expect(await subject.prisma.familyPageLink.count({ where: { participantId: mailCase.participants.child } })).toBe(0);
  });

  it('shows a parent the meeting, the report with its versions, all agreements and the reaction form, and takes a reaction for the next version', async () => {
    // Given a held meeting with a decision and two agreements, a sent report, and the mother's link
    const { links, mailCase } = await caseWithLinks(12);
    const decisionId = await createDecision(subject.prisma, mailCase);
    const drafted = await subject.app.get(ReportDraftWorker).handle(aJob(TaskType.ReportDraft, { caseId: mailCase.caseId, decisionId, reportKind: 'MEETING' }));
    await subject.app.get(ReportSendWorker).handle(aJob(TaskType.ReportSend, { caseId: mailCase.caseId, reportId: drafted!.reportId, reportVersion: 1 }));

    // When the mother opens her page
    const page = await http().get(`/gezin/${links.mother}`);

    // Then it is her page, in Dutch, private and without scripts, with the meeting, the report, the agreements and the form
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.text).toContain('<html lang="nl">');
    expect(page.text).not.toContain('<script');
    expect(page.text).toContain(`Hallo ${FICTIONAL.parentGivenName}, dit is uw pagina`);
    expect(page.text).toContain(mailCase.tableLocation);
    expect(page.text).toContain('Wat doet de Raad voor de Kinderbescherming?');
    expect(page.text).toContain('Verslag tafelgesprek');
    expect(page.text).toContain('Moeder en vader maken samen een weekschema voor de omgang.');
    expect(page.text).toContain('Het lokaal team start een gezinscoach');
    expect(page.text).toContain('Reactie versturen');
    // And the visit is in the audit log, with the link as actor and no secret
    const visit = await subject.prisma.auditEvent.findFirstOrThrow({ orderBy: { occurredAt: 'desc' }, where: { action: 'VIEW_FAMILY_PAGE', caseId: mailCase.caseId, outcome: 'ALLOWED' } });
    expect(visit.actorId).toMatch(/^family-link:/);
    expect(JSON.stringify(visit.details)).not.toContain(links.mother);

    // When she reacts (an empty reaction first)
    const empty = await http().post(`/gezin/${links.mother}/reactie`).type('form').send({ text: '  ' });
    const sentReaction = await http().post(`/gezin/${links.mother}/reactie`).type('form').send({ disputesAccuracy: 'true', text: 'Vader was er ook bij, dat staat er niet in.' });

    // Then the empty one is refused beside the field, and the real one is kept and told to the report's process
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Schrijf uw reactie in het tekstvak.');
    expect(sentReaction.status).toBe(303);
    expect(sentReaction.headers.location).toBe(`/gezin/${links.mother}?bericht=reactie#reageren`);
    const reaction = await subject.prisma.reportReaction.findFirstOrThrow({ where: { reportId: drafted!.reportId as string } });
    expect(reaction).toMatchObject({ authorKind: 'PARENT', disputesAccuracy: true, includedInVersionId: null, text: 'Vader was er ook bij, dat staat er niet in.' });
    const message = await subject.prisma.processMessage.findFirstOrThrow({ where: { messageId: `report-reaction:${reaction.id}` } });
    expect(message).toMatchObject({ correlationValue: decisionId, name: 'jbt-report-reaction-received' });
    expect((await http().get(`/gezin/${links.mother}?bericht=reactie`)).text).toContain('Uw reactie is ontvangen');
  });

  it('shows a child of 13 only their own part: no report, no reaction form, only the agreements they carry out', async () => {
    // Given a decision with one agreement for the child of 13 and one for the parents, and the child's link (region age 12, documents from 16)
    const { links, mailCase } = await caseWithLinks(12);
    const decisionId = await createDecision(subject.prisma, mailCase);
    await subject.prisma.decisionAgreement.create({
      data: { decisionId, description: 'Sam gaat elke dag naar school.', dueOn: new Date('2030-02-01T00:00:00Z'), performerChildId: mailCase.children.olderId, performerKind: 'CHILD', responsible: FICTIONAL.childGivenName, sequence: 3 },
    });

    // When the child opens their page
    const page = await http().get(`/gezin/${links.child}`);

    // Then it speaks to the child, shows their agreement, and nothing the region's rules keep from a 13-year-old
    expect(page.status).toBe(200);
    expect(page.text).toContain(`Hoi ${FICTIONAL.childGivenName}, dit is jouw pagina`);
    expect(page.text).toContain('Sam gaat elke dag naar school.');
    expect(page.text).not.toContain('Moeder en vader maken samen een weekschema');
    expect(page.text).not.toContain('Het verslag');
    expect(page.text).not.toContain('Reactie versturen');
    // And a reaction through the child's link is refused
    const reaction = await http().post(`/gezin/${links.child}/reactie`).type('form').send({ text: 'Ik wil ook iets zeggen.' });
    expect(reaction.status).toBe(409);
    expect(await subject.prisma.reportReaction.count({ where: { report: { caseId: mailCase.caseId } } })).toBe(0);
  });

  it('says in plain words what to do with a lost, replaced or expired link, and sends a new one only to the address on record', async () => {
    // Given the mother's link
    const { links, mailCase } = await caseWithLinks(16);
    const unknown = await http().get(`/gezin/${'A'.repeat(43)}`);

    // When her link expires
    await subject.prisma.familyPageLink.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) }, where: { tokenHash: familyTokenHash(links.mother) } });
    const expired = await http().get(`/gezin/${links.mother}`);

    // Then an unknown link and the expired one each get a page that says what happened and what to do
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('Wij kennen deze link niet');
    expect(expired.status).toBe(410);
    expect(expired.text).toContain('Deze link werkt niet meer');
    expect(expired.text).toContain('Stuur mij een nieuwe link');
    expect(expired.text).toContain('Wies Wijkteam');
    expect(await subject.prisma.auditEvent.count({ where: { action: 'VIEW_FAMILY_PAGE', caseId: mailCase.caseId, outcome: 'DENIED' } })).toBe(1);

    // When she asks for a new link (an hour after the old one was issued)
    await subject.prisma.familyPageLink.updateMany({ data: { issuedAt: new Date(Date.now() - 2 * 3600_000) }, where: { participantId: mailCase.participants.mother } });
    const asked = await http().post(`/gezin/${links.mother}/nieuwe-link`);
    await dispatchOutbox(subject);

    // Then the page says a link is on its way, and it went to her own address only
    expect(asked.status).toBe(200);
    expect(asked.text).toContain('krijgt u binnen een paar minuten een nieuwe link');
    const mails = await smtp.waitFor(mailCase.addresses.mother, 2);
    const fresh = linkIn(mails[1].text)!;
    expect(fresh).not.toBe(links.mother);
    expect((await http().get(`/gezin/${fresh}`)).status).toBe(200);
    // And a second request within the hour sends nothing
    await http().post(`/gezin/${links.mother}/nieuwe-link`);
    await dispatchOutbox(subject);
    expect(smtp.to(mailCase.addresses.mother)).toHaveLength(2);
  });

  it('lets the table or the referrer send a link again, which replaces the old one, and refuses others who take part', async () => {
    // Given the father's link, the case's chair, and a Raad worker whose organisation takes part in the case
    const { links, mailCase } = await caseWithLinks(16);
    const chair = await subject.prisma.user.findUniqueOrThrow({ where: { id: mailCase.chairId } });
    const chairToken = await signIn(subject.app, { ...chair, password: TEST_PASSWORD } as never);
    const outsider = await createUser(subject.prisma, mailCase.region, Role.RAAD_WORKER);
    const outsiderToken = await signIn(subject.app, outsider);

    // When the chair lists the links and sends the father a new one, and the outsider tries the same
    const listed = await http().get(`/api/cases/${mailCase.caseId}/family-links`).auth(chairToken, { type: 'bearer' });
    const resent = await http().post(`/api/cases/${mailCase.caseId}/family-links/${mailCase.participants.father}`).auth(chairToken, { type: 'bearer' });
    const refused = await http().post(`/api/cases/${mailCase.caseId}/family-links/${mailCase.participants.father}`).auth(outsiderToken, { type: 'bearer' });
    await dispatchOutbox(subject);

    // Then the list names the parents with a working link, the father's old link is replaced, and the Raad worker may not send one
    expect(listed.status).toBe(200);
    expect((listed.body as { role: string; state: string }[]).map((link) => [link.role, link.state])).toEqual([['PARENT', 'ACTIVE'], ['PARENT', 'ACTIVE']]);
    expect(resent.status).toBe(200);
    expect(refused.status).toBe(403);
    const replaced = await http().get(`/gezin/${links.father}`);
    expect(replaced.status).toBe(410);
    expect(replaced.text).toContain('Er is een nieuwe link gestuurd');
    expect(await subject.prisma.auditEvent.count({ where: { action: 'RESEND_FAMILY_LINK', caseId: mailCase.caseId, outcome: 'ALLOWED' } })).toBe(1);
  });
});
