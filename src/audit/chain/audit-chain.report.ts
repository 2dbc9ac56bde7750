import { ChainReport } from './audit-chain.verifier';

/** The report as an operator reads it: one line per problem, naming the rows. */
export function formatReport(report: ChainReport, where: string): string[] {
  const lines = [`Audit chain of ${where}: rows ${report.firstSeq}–${report.headSeq} (${report.rowsChecked} checked), head ${report.headHash}`];
  if (report.latestCheckpoint) {
    const checkpoint = report.latestCheckpoint;
    lines.push(`  Rows 1–${checkpoint.throughSeq} were removed by the retention job; latest checkpoint ${checkpoint.createdAt.toISOString()} (chain then at ${checkpoint.headSeq})`);
  }
  if (!report.signaturesChecked) lines.push('  Checkpoint signatures NOT checked: no AUDIT_SECRET and no DATA_DIR/audit-secret here');
  if (report.intact) {
    lines.push('  Intact: no row changed or removed.');
  } else {
    lines.push(`  ${report.problems.length} problem(s):`);
    for (const problem of report.problems) lines.push(`  - [${problem.kind}] ${problem.message}`);
  }
  return lines;
}
