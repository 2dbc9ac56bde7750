import { Injectable } from '@nestjs/common';
import { Actor } from '../auth/principal';
import { CaseAccessService } from '../cases/case-access.service';

const COMMENT_SELECT = { author: { select: { displayName: true, id: true } }, createdAt: true, editedAt: true, id: true, text: true } as const;

/**
 * Internal comments on a case: notes between the professionals who take part in it, never sent to the
 * family. Whoever may read the case reads and adds them; both are audited through the case access
 * service. (The case view of src/cases does not carry comments yet; when it does, this moves there.)
 */
@Injectable()
export class CaseCommentService {
  constructor(private readonly access: CaseAccessService) {}

  list(actor: Actor, caseId: string) {
    return this.access.run(actor, caseId, { action: 'read', auditAction: 'READ_CASE_COMMENTS', resource: 'case_comment' }, async (tx) => {
      const rows = await tx.caseComment.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: COMMENT_SELECT, where: { caseId } });
      return { auditDetails: { count: rows.length }, value: rows };
    });
  }

  add(actor: Actor, caseId: string, text: string) {
    return this.access.run(actor, caseId, { action: 'read', auditAction: 'ADD_CASE_COMMENT', resource: 'case_comment' }, async (tx) => {
      const row = await tx.caseComment.create({ data: { authorId: actor.principal.userId, caseId, text: text.trim() }, select: COMMENT_SELECT });
      return { auditDetails: { commentId: row.id }, value: row };
    });
  }
}
