/** What a message is for; stored on the outbox row so that a reader of the outbox sees why it exists. */
export const MailPurpose = {
  EscalationNotice: 'ESCALATION_NOTICE',
  EvaluationRequest: 'EVALUATION_REQUEST',
  FamilyPageLink: 'FAMILY_PAGE_LINK',
  FeedbackForm: 'FEEDBACK_FORM',
  FeedbackReminder: 'FEEDBACK_REMINDER',
  InformationReminder: 'INFORMATION_REMINDER',
  InformationRequest: 'INFORMATION_REQUEST',
  Invitation: 'INVITATION',
  RaadConsultRequest: 'RAAD_CONSULT_REQUEST',
  Report: 'REPORT',
  ReportReminder: 'REPORT_REMINDER',
  TableReturnNotice: 'TABLE_RETURN_NOTICE',
  VtoFiled: 'VTO_FILED',
  VtoRequest: 'VTO_REQUEST',
} as const;
export type MailPurpose = (typeof MailPurpose)[keyof typeof MailPurpose];

export interface MailAttachment {
  content: Buffer;
  contentType: string;
  filename: string;
}

/** One message to write into the outbox. */
export interface OutgoingMail {
  attachments?: MailAttachment[];
  caseId: string | null;
  /**
   * Unique per message: writing the same key twice writes one message. Workers use
   * "<element instance key>:<purpose>:<recipient>", so a job that runs again writes nothing new.
   */
  dedupeKey: string;
  /** HTML body; derived from `text` (paragraphs) when absent. */
  html?: string;
  purpose: MailPurpose;
  subject: string;
  text: string;
  to: string[];
}
