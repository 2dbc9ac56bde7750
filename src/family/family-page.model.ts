import { AgreementStatus, MeetingKind, MeetingStatus, ReportKind, ReportVersionOrigin } from '../generated/prisma/enums';
import { FamilyAudience } from './family-page.rules';

/** What the family page shows one person; built by FamilyPageService, drawn by family-page.pages.ts. */
export interface FamilyPageModel {
  agreements: FamilyAgreement[];
  audience: FamilyAudience;
  /** "Heeft u vragen? Neem dan contact op met ..." */
  contact: string;
  expiresAt: Date;
  feedback: { closesAt: Date; state: 'ANSWERED' | 'OPEN' } | null;
  firstName: string;
  meetings: FamilyMeeting[];
  /** The report open for reactions now, if this person may react. */
  reaction: { reportTitle: string; until: Date } | null;
  /** Reactions this person sent that are not yet in a new version. */
  reactionsPending: number;
  reports: FamilyReport[] | null;
  tableName: string;
}

export interface FamilyMeeting {
  endsAt: Date | null;
  kind: MeetingKind;
  location: string;
  startsAt: Date;
  status: MeetingStatus;
  /** Who is invited, in words ("de voorzitter", "Piet de Vries van Wijkteam Noord"). */
  who: string[];
}

export interface FamilyReport {
  kind: ReportKind;
  title: string;
  versions: { createdAt: Date; id: string; origin: ReportVersionOrigin; reactions: { author: string; disputesAccuracy: boolean; receivedAt: Date; text: string }[]; text: string; version: number }[];
}

export interface FamilyAgreement {
  description: string;
  dueOn: Date | null;
  ifNotKept: string | null;
  /** This person carries it out. */
  mine: boolean;
  overdue: boolean;
  responsible: string;
  state: AgreementStatus;
  watcherName: string | null;
}
