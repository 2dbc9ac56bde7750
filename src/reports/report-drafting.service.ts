import { Injectable } from '@nestjs/common';
import { addWorkingDays, amsterdamDate, amsterdamInstant, endOfAmsterdamDay, toAmsterdamIso } from '../calendar/dutch-calendar';
import { ReportKind as ProcessReportKind } from '../engine/process-catalog';
import { DeadlineKind, Prisma, ReportKind, ReportVersionOrigin } from '../generated/prisma/client';
import { loadCaseContext } from '../notifications/case-context';
import { loadReportContent } from './report-content.loader';
import { composeReportText } from './report-text.composer';
import { ReportVersionRenderer } from './report-version.renderer';

type Transaction = Prisma.TransactionClient;

export interface DraftRequest {
  caseId: string;
  decisionId: string;
  /** Set when the chair sent the draft back: the next version of the same report is drafted. */
  reportId?: string;
  reportKind: ProcessReportKind;
}

/**
 * Drafts a report for the chair's approval: composes the text from the decision, its agreements and
 * the chair's account, renders the PDF, and keeps both as a new version (every version is kept). The
 * approval is due one working day before the report must be sent: the region's report norm counts
 * working days from the decision.
 */
@Injectable()
export class ReportDraftingService {
  constructor(private readonly renderer: ReportVersionRenderer) {}

  async draft(tx: Transaction, request: DraftRequest): Promise<{ reportApprovalDueAt: string; reportId: string; reportVersion: number }> {
    const kase = await loadCaseContext(tx, request.caseId);
    const kind = request.reportKind as ReportKind;
    const content = await loadReportContent(tx, kase, request.decisionId, kind);
    const decisionDay = amsterdamDate(content.decision.decidedAt);
    const sendBy = endOfAmsterdamDay(addWorkingDays(decisionDay, kase.region.reportDueWorkingDays));
    const approvalDueAt = amsterdamInstant(addWorkingDays(decisionDay, Math.max(1, kase.region.reportDueWorkingDays - 1)), '17:00');

    const existing = request.reportId ? await tx.report.findFirst({ where: { caseId: kase.id, id: request.reportId } }) : null;
    if (request.reportId && !existing) throw new Error(`Report ${request.reportId} of case ${kase.id} is not in the case record`);
    const decision = await tx.decision.findUniqueOrThrow({ select: { meetingId: true }, where: { id: request.decisionId } });
    const report = existing ?? (await tx.report.create({ data: { approvalDueAt, caseId: kase.id, decisionId: request.decisionId, kind, meetingId: decision.meetingId } }));
    if (!existing) {
      await tx.deadline.create({
        data: { basedOn: content.decision.decidedAt, caseId: kase.id, dueAt: sendBy, kind: DeadlineKind.REPORT_DUE, rule: `verslag verstuurd binnen ${kase.region.reportDueWorkingDays} werkdagen na het besluit (regio ${kase.region.name})`, ruleCode: `WORKING_DAYS:${kase.region.reportDueWorkingDays}` },
      });
    }
    const last = await tx.reportVersion.findFirst({ orderBy: { version: 'desc' }, select: { version: true }, where: { reportId: report.id } });
    const number = (last?.version ?? 0) + 1;
    const text = composeReportText(content);
    const createdAt = new Date();
    const pdf = await this.renderer.render(tx, { caseNumber: kase.caseNumber, id: report.id, kind }, { createdAt, text, version: number }, []);
    await tx.reportVersion.create({ data: { createdAt, origin: ReportVersionOrigin.DRAFT, pdf: new Uint8Array(pdf.bytes), pdfSha256: pdf.sha256, reportId: report.id, text, version: number } });
    return { reportApprovalDueAt: toAmsterdamIso(report.approvalDueAt ?? approvalDueAt), reportId: report.id, reportVersion: number };
  }
}
