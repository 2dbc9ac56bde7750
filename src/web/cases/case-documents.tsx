import { format, useI18n } from '../i18n/i18n';
import { useTaskTexts } from '../tasks/task-texts';
import { casesApi, type CaseDocument, type CaseParticipant } from './cases.api';
import { spokenDate, useCaseTexts } from './case-texts';

/**
 * The documents of the case: every report version, the Raad investigation request, the
 * invitations. A document the user's role may download is a link; the others are named only.
 */
export function CaseDocuments({ caseId, documents, participants }: { caseId: string; documents: CaseDocument[]; participants: CaseParticipant[] }) {
  const t = useCaseTexts();
  const roles = useTaskTexts().casePanel.participantRoles;
  const { language } = useI18n();
  const nameOf = (participantId: unknown) => {
    const participant = participants.find((candidate) => candidate.id === participantId);
    return participant ? (participant.name ?? roles[participant.role] ?? participant.role) : '';
  };
  const title = (document: CaseDocument) => format(t.page.documentKinds[document.kind] ?? document.kind, { name: nameOf(document.detail.participantId), version: String(document.detail.version ?? '') });
  const note = (document: CaseDocument) => {
    if (document.kind === 'report') return document.detail.sentAt ? format(t.page.reportSent, { date: spokenDate(String(document.detail.sentAt), language) }) : t.page.reportNotSent;
    if (document.kind === 'invitation') return document.detail.meetingAt ? spokenDate(String(document.detail.meetingAt), language) : '';
    return spokenDate(document.at, language);
  };
  return (
    <section className="panel panel--wide case-documents" aria-labelledby="casus-documenten">
      <h2 id="casus-documenten" className="panel__title">
        {t.page.documents}
      </h2>
      {documents.length === 0 ? (
        <p className="muted">{t.page.documentsNone}</p>
      ) : (
        <ul className="plain-list case-documents__list">
          {documents.map((document) => (
            <li key={`${document.kind}-${document.id}`} className="case-document">
              <span className="case-document__title">{title(document)}</span>
              <span className="muted"> · {note(document)}</span>
              {document.downloadable ? (
                <a className="case-document__link" href={casesApi.documentHref(caseId, document)} download aria-label={format(t.page.downloadNamed, { document: title(document) })}>
                  {t.page.download}
                </a>
              ) : (
                document.kind !== 'report' || document.detail.sentAt ? <span className="muted"> · {t.page.notDownloadable}</span> : null
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
