import { CaseListPage } from '../cases/case-list.page';
import { CasePage } from '../cases/case.page';
import { ReferralFormPage } from '../referrals/referral-form.page';
import { matchPath, useLocation } from '../router/router';

/**
 * "Casussen": `/casussen` lists the cases (and a referrer's drafts), `/casussen/nieuw` and
 * `/casussen/concepten/{id}` are the referral form (one page for both, so that saving a new draft,
 * which moves the address to the draft, keeps the form as it is), `/casussen/{id}` is one case.
 */
export function CasesPage() {
  const { pathname } = useLocation();
  if (matchPath('/casussen/nieuw', pathname)) return <ReferralFormPage key="referral-form" />;
  const draft = matchPath('/casussen/concepten/:draftId', pathname);
  if (draft) return <ReferralFormPage key="referral-form" draftId={draft.draftId} />;
  const kase = matchPath('/casussen/:caseId', pathname);
  if (kase) return <CasePage key={kase.caseId} caseId={kase.caseId} />;
  return <CaseListPage />;
}
