import { Prisma } from '../generated/prisma/client';

const person = { select: { displayName: true, id: true } } as const;
const organisation = { select: { id: true, kind: true, name: true } } as const;

/**
 * Everything the case view shows, in one query. Document bytes (report PDFs, the VTO document) are
 * left out; the view says whether they exist.
 */
export const CASE_DETAIL_INCLUDE = {
  beyondNormChoices: { include: { chosenBy: person }, orderBy: { chosenAt: 'asc' } },
  children: { orderBy: { birthDate: 'asc' } },
  decisions: { include: { recordedBy: person }, orderBy: { decidedAt: 'asc' } },
  deadlines: { orderBy: { dueAt: 'asc' } },
  escalations: {
    include: { municipalContact: { select: { id: true, municipality: { select: { name: true } }, name: true } }, neighbouringTable: { select: { id: true, name: true } } },
    orderBy: { raisedAt: 'asc' },
  },
  evaluations: { orderBy: { sequence: 'asc' } },
  feedback: { omit: { formToken: true }, orderBy: { createdAt: 'asc' } },
  informationRequests: { include: { answeredBy: person, requestedBy: person }, orderBy: { requestedAt: 'asc' } },
  meetings: {
    include: {
      // Who was asked to come (the secretary's choice) and whether the invitation went out; the
      // calendar file's bytes stay out, the view says whether there is one.
      invitations: {
        include: { outboxMessage: { select: { attachments: { select: { contentType: true, id: true } }, sentAt: true, status: true } } },
        orderBy: { createdAt: 'asc' },
      },
      table: { select: { id: true, name: true } },
    },
    orderBy: { startsAt: 'asc' },
  },
  municipality: { select: { id: true, name: true } },
  otsClosureReview: { include: { giOrganisation: organisation, youthProtector: person } },
  parents: { orderBy: { createdAt: 'asc' } },
  participants: {
    include: {
      child: { select: { familyName: true, givenName: true } },
      organisation,
      parent: { select: { familyName: true, givenName: true } },
      supportPerson: { select: { name: true } },
      user: person,
    },
    orderBy: { addedAt: 'asc' },
  },
  raadInvestigationRequests: { include: { requestedBy: person }, omit: { documentPdf: true }, orderBy: { requestedAt: 'asc' } },
  referral: { include: { coReferrerOrganisation: organisation, referrer: person, referrerOrganisation: organisation, withdrawnBy: person } },
  region: { select: { childHeardMinAge: true, code: true, id: true, name: true } },
  reports: {
    include: {
      reactions: { include: { parent: { select: { familyName: true, givenName: true, id: true } }, user: person }, orderBy: { receivedAt: 'asc' } },
      versions: { include: { approvedBy: person }, omit: { pdf: true }, orderBy: { version: 'asc' } },
    },
    orderBy: { createdAt: 'asc' },
  },
  supportPersons: { orderBy: { createdAt: 'asc' } },
  table: { select: { id: true, name: true } },
  userTasks: { include: { events: { include: { actor: person }, orderBy: { occurredAt: 'asc' } } }, orderBy: { createdAt: 'asc' } },
} satisfies Prisma.CaseInclude;

export type CaseRecord = Prisma.CaseGetPayload<{ include: typeof CASE_DETAIL_INCLUDE }>;
