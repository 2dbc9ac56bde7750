import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError, ValidationFailedError } from '../api/client';
import { ErrorSummary, type SummaryItem } from '../components/error-summary';
import { useNotices } from '../components/notices';
import { PageHeading } from '../components/page-heading';
import { format } from '../i18n/i18n';
import { navigate } from '../router/history';
import { Link } from '../router/router';
import { ChildrenFields, ParentsFields, SupportPersonsFields } from './family-fields';
import { RadioGroup, SelectInput, TextArea, TextInput, YesNo } from './referral-fields';
import { emptyReferral, fromContent, inputIdFor, reasonFor, toContent, type ReferralValues } from './referral-form-model';
import { useReferralTexts } from './referral-texts';
import { referralsApi, type ReferralOptions } from './referrals.api';
import '../tasks/tasks.css';
import './referrals.css';

type Errors = Record<string, string>;

/**
 * `/casussen/nieuw` and `/casussen/concepten/{id}`: the referral with its safety plan, for the local
 * team, Veilig Thuis and the GI. It is saved server-side as a draft (only its author sees it; it can
 * be resumed and deleted) and sent from the draft: the server checks it with the same rules as
 * POST /api/referrals, and its 400 marks each field here, in Dutch, beside the field and at the
 * top, keeping everything that was typed.
 */
export function ReferralFormPage({ draftId }: { draftId?: string }) {
  const t = useReferralTexts();
  const { notify } = useNotices();
  const [options, setOptions] = useState<ReferralOptions | null>(null);
  const [values, setValues] = useState<ReferralValues | null>(draftId ? null : emptyReferral());
  const [missing, setMissing] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [busy, setBusy] = useState<'deleting' | 'saving' | 'sending' | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [failures, setFailures] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const savedId = useRef<string | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    referralsApi.options(controller.signal).then(setOptions).catch(() => undefined);
    // A draft this page has just created needs no loading: the form holds it already.
    if (draftId && draftId !== savedId.current) {
      referralsApi
        .draft(draftId, controller.signal)
        .then((draft) => {
          savedId.current = draft.id;
          setValues(fromContent(draft.content));
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted && error instanceof ApiError && error.status === 404) setMissing(true);
        });
    }
    return () => controller.abort();
  }, [draftId]);
  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  // A referrer who files for one organisation in one region has nothing to choose there.
  const region = useMemo(() => options?.regions.find((candidate) => candidate.municipalities.some((m) => m.id === values?.municipalityId)) ?? (options?.regions.length === 1 ? options.regions[0] : undefined), [options, values?.municipalityId]);

  if (missing) {
    return (
      <>
        <p className="back-link">
          <Link to="/casussen">{t.back}</Link>
        </p>
        <PageHeading title={t.notFound} />
      </>
    );
  }
  if (!values || !options) return <p className="loading">{t.loading}</p>;

  const set = (change: Partial<ReferralValues>) => setValues((current) => (current ? { ...current, ...change } : current));
  const error = (name: string) => errors[`verzoek-${name}`];
  const entryTypes = region?.entryTypes ?? ['REFERRAL', 'CONSULT', 'PROTECTION_REQUEST'];
  const ots = values.entryType === 'OTS_CLOSURE_REVIEW';

  /** Shows the server's field problems beside the fields and at the top, in Dutch. */
  const showProblems = (problems: Record<string, string[]>) => {
    const next: Errors = {};
    const items: SummaryItem[] = [];
    for (const path of Object.keys(problems)) {
      const id = inputIdFor(path);
      if (next[id]) continue;
      next[id] = reasonFor(path, values, t);
      items.push({ fieldId: id, message: next[id] });
    }
    setErrors(next);
    setSummary(items);
    setFailures((count) => count + 1);
  };
  const showRefusal = (error: ApiError) => {
    const code = (error.body as { code?: string } | undefined)?.code;
    setErrors({});
    setSummary([{ message: (code && t.refusals[code]) || t.failed }]);
    setFailures((count) => count + 1);
  };

  /** Saves the draft (a new one the first time) and returns its id. */
  const save = async (): Promise<string> => {
    const content = toContent(values);
    const draft = savedId.current ? await referralsApi.saveDraft(savedId.current, content) : await referralsApi.createDraft(content);
    if (!savedId.current) {
      savedId.current = draft.id;
      // The address names the draft, so that a reload or a bookmark resumes it.
      navigate(`/casussen/concepten/${draft.id}`, { replace: true });
    }
    return draft.id;
  };

  const run = async (kind: 'saving' | 'sending', work: () => Promise<void>) => {
    if (busy) return;
    setBusy(kind);
    try {
      await work();
    } catch (caught) {
      if (caught instanceof ValidationFailedError) showProblems(caught.fieldErrors);
      else if (caught instanceof ApiError) showRefusal(caught);
      else throw caught;
    } finally {
      setBusy(null);
    }
  };
  const saveDraft = () =>
    run('saving', async () => {
      await save();
      setErrors({});
      setSummary([]);
      notify('success', t.saved);
    });
  const send = (event: FormEvent) => {
    event.preventDefault();
    void run('sending', async () => {
      const id = await save();
      const filed = await referralsApi.sendDraft(id);
      notify('success', format(t.sent, { number: filed.caseNumber }));
      navigate(`/casussen/${filed.caseId}`);
    });
  };
  const remove = async () => {
    if (!savedId.current || busy) return;
    setBusy('deleting');
    try {
      await referralsApi.deleteDraft(savedId.current);
      notify('success', t.deleted);
      navigate('/casussen');
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      showRefusal(caught);
    } finally {
      setBusy(null);
    }
  };

  const municipalities = options.regions.map((candidate) => ({ choices: candidate.municipalities.map((m) => ({ label: m.name, value: m.id })), label: candidate.name }));
  const coReferrers = options.coReferrers.filter((candidate) => !region || candidate.regionId === region.id);
  const choicesOf = (values_: Record<string, string>, only?: string[]) => Object.entries(values_).filter(([value]) => !only || only.includes(value)).map(([value, label]) => ({ label, value }));

  return (
    <>
      <p className="back-link">
        <Link to="/casussen">{t.back}</Link>
      </p>
      <PageHeading title={savedId.current ? t.titleDraft : t.title} />
      <p className="lead">{t.intro}</p>
      <form className="form referral-form" noValidate onSubmit={send} aria-busy={busy !== null}>
        <ErrorSummary ref={summaryRef} items={summary} />

        <section className="panel panel--wide referral-section" aria-labelledby="verzoek-soort">
          <h2 id="verzoek-soort" className="panel__title">
            {t.sections.request}
          </h2>
          <RadioGroup id="verzoek-entryType" label={t.fields.entryType.label} choices={choicesOf(t.options.entryType, entryTypes)} value={values.entryType} onChange={(value) => set({ entryType: value })} error={error('entryType')} />
          {options.regions.length > 1 ? (
            <SelectInput id="verzoek-municipalityId" label={t.fields.municipalityId.label} hint={t.fields.municipalityId.hint} groups={municipalities} value={values.municipalityId} onChange={(value) => set({ municipalityId: value, tableId: '' })} error={error('municipalityId')} />
          ) : (
            <SelectInput id="verzoek-municipalityId" label={t.fields.municipalityId.label} hint={t.fields.municipalityId.hint} choices={municipalities[0]?.choices ?? []} value={values.municipalityId} onChange={(value) => set({ municipalityId: value, tableId: '' })} error={error('municipalityId')} />
          )}
          {region && region.tables.length > 1 && (
            <SelectInput id="verzoek-tableId" optional label={t.fields.tableId.label} hint={t.fields.tableId.hint} choices={region.tables.map((table) => ({ label: table.name, value: table.id }))} value={values.tableId} onChange={(value) => set({ tableId: value })} error={error('tableId')} />
          )}
          {options.organisations.length > 1 && (
            <SelectInput id="verzoek-organisationId" optional label={t.fields.organisationId.label} choices={options.organisations.map((organisation) => ({ label: organisation.name, value: organisation.id }))} value={values.organisationId} onChange={(value) => set({ organisationId: value })} error={error('organisationId')} />
          )}
          {values.entryType === 'REFERRAL' && (
            <RadioGroup id="verzoek-track" label={t.fields.track.label} hint={t.fields.track.hint} choices={choicesOf(t.options.track)} value={values.track} onChange={(value) => set({ track: value })} error={error('track')} />
          )}
          {coReferrers.length > 0 && options.organisations.some((organisation) => organisation.kind === 'LOCAL_TEAM') && (
            <SelectInput id="verzoek-coReferrerOrganisationId" optional label={t.fields.coReferrerOrganisationId.label} hint={t.fields.coReferrerOrganisationId.hint} choices={coReferrers.map((organisation) => ({ label: organisation.name, value: organisation.id }))} value={values.coReferrerOrganisationId} onChange={(value) => set({ coReferrerOrganisationId: value })} error={error('coReferrerOrganisationId')} />
          )}
        </section>

        <section className="panel panel--wide referral-section" aria-labelledby="verzoek-kinderen">
          <h2 id="verzoek-kinderen" className="panel__title">
            {t.sections.children}
          </h2>
          <ChildrenFields errors={errors} items={values.children} onChange={(children) => set({ children })} />
        </section>

        <section className="panel panel--wide referral-section" aria-labelledby="verzoek-ouders">
          <h2 id="verzoek-ouders" className="panel__title">
            {t.sections.parents}
          </h2>
          <ParentsFields errors={errors} items={values.parents} onChange={(parents) => set({ parents })} />
        </section>

        <section className="panel panel--wide referral-section" aria-labelledby="verzoek-vertrouwenspersonen">
          <h2 id="verzoek-vertrouwenspersonen" className="panel__title">
            {t.sections.supportPersons}
          </h2>
          <SupportPersonsFields errors={errors} items={values.supportPersons} onChange={(supportPersons) => set({ supportPersons })} />
        </section>

        <section className="panel panel--wide referral-section" aria-labelledby="verzoek-inhoud">
          <h2 id="verzoek-inhoud" className="panel__title">
            {t.sections.referral}
          </h2>
          {(['familySituation', 'worries', 'helpSoFar', 'parentsView'] as const).map((name) => (
            <TextArea key={name} id={`verzoek-${name}`} label={t.fields[name].label} hint={t.fields[name].hint} value={values[name]} onChange={(value) => set({ [name]: value })} error={error(name)} />
          ))}
          <YesNo id="verzoek-parentsCoWrote" label={t.fields.parentsCoWrote.label} value={values.parentsCoWrote} onChange={(value) => set({ parentsCoWrote: value })} error={error('parentsCoWrote')} />
          <YesNo id="verzoek-parentsReadReferral" label={t.fields.parentsReadReferral.label} value={values.parentsReadReferral} onChange={(value) => set({ parentsReadReferral: value })} error={error('parentsReadReferral')} />
          <TextArea id="verzoek-childVoice" label={t.fields.childVoice.label} hint={t.fields.childVoice.hint} value={values.childVoice} onChange={(value) => set({ childVoice: value })} error={error('childVoice')} />
        </section>

        <section className="panel panel--wide referral-section" aria-labelledby="verzoek-veiligheid">
          <h2 id="verzoek-veiligheid" className="panel__title">
            {t.sections.safety}
          </h2>
          <YesNo id="verzoek-safetyHasAgreements" label={t.fields.safetyHasAgreements.label} value={values.safetyHasAgreements} onChange={(value) => set({ safetyHasAgreements: value })} error={error('safetyHasAgreements')} />
          {values.safetyHasAgreements !== 'false' && (
            <TextArea id="verzoek-safetyAgreements" label={t.fields.safetyAgreements.label} value={values.safetyAgreements} onChange={(value) => set({ safetyAgreements: value })} error={error('safetyAgreements')} />
          )}
          {values.safetyHasAgreements === 'false' && (
            <TextArea id="verzoek-safetyNoAgreementsReason" label={t.fields.safetyNoAgreementsReason.label} value={values.safetyNoAgreementsReason} onChange={(value) => set({ safetyNoAgreementsReason: value })} error={error('safetyNoAgreementsReason')} />
          )}
          <TextArea id="verzoek-safetyStepsIfNotKept" label={t.fields.safetyStepsIfNotKept.label} value={values.safetyStepsIfNotKept} onChange={(value) => set({ safetyStepsIfNotKept: value })} error={error('safetyStepsIfNotKept')} />
        </section>

        {ots && (
          <section className="panel panel--wide referral-section" aria-labelledby="verzoek-ots">
            <h2 id="verzoek-ots" className="panel__title">
              {t.sections.ots}
            </h2>
            <TextArea id="verzoek-otsIntention" label={t.fields.otsIntention.label} value={values.otsIntention} onChange={(value) => set({ otsIntention: value })} error={error('otsIntention')} />
            <TextInput id="verzoek-otsIntendedEndDate" type="date" label={t.fields.otsIntendedEndDate.label} value={values.otsIntendedEndDate} onChange={(value) => set({ otsIntendedEndDate: value })} error={error('otsIntendedEndDate')} />
            <TextInput id="verzoek-otsSupervisionEndsOn" type="date" label={t.fields.otsSupervisionEndsOn.label} value={values.otsSupervisionEndsOn} onChange={(value) => set({ otsSupervisionEndsOn: value })} error={error('otsSupervisionEndsOn')} />
          </section>
        )}

        <div className="form__actions referral-form__actions">
          <button type="submit" className="button button--primary" aria-disabled={busy !== null || undefined}>
            {busy === 'sending' ? t.sending : t.send}
          </button>
          <button type="button" className="button button--secondary" aria-disabled={busy !== null || undefined} onClick={() => void saveDraft()}>
            {busy === 'saving' ? t.saving : t.saveDraft}
          </button>
          {savedId.current && !confirmDelete && (
            <button type="button" className="button button--secondary" onClick={() => setConfirmDelete(true)}>
              {t.deleteDraft}
            </button>
          )}
        </div>
        {savedId.current && confirmDelete && (
          <div className="notice referral-form__confirm" role="alert">
            <p className="notice__text">{t.deleteConfirm}</p>
            <div className="form__actions">
              <button type="button" className="button button--primary" onClick={() => void remove()}>
                {t.deleteYes}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setConfirmDelete(false)}>
                {t.deleteNo}
              </button>
            </div>
          </div>
        )}
      </form>
    </>
  );
}
