import type { Language } from '../i18n/messages';

/** What the web app says about one field of a task form. */
export interface FieldText {
  hint?: string;
  label: string;
  /** Labels of a choice's fixed values, by value. */
  options?: Record<string, string>;
}

export interface FormText {
  /** What the form says about facts shown above its fields (TaskDetail.form.context). */
  facts?: Record<string, string>;
  fields: Record<string, FieldText>;
  intro?: string;
  /** The form's words for a problem the server names by code ("SLOT_TOO_LATE_TO_PREPARE: ..."). */
  problems?: Record<string, string>;
}

const KEPT = 'Blijft bij de casus; gaat niet naar het werkproces.';
const KEPT_EN = 'Stays in the case file; does not go to the process.';

const OUTCOMES_NL = {
  VOLUNTARY_LOCAL_TEAM: '1. Vrijwillige hulp gaat door onder regie van het lokale team',
  VOLUNTARY_BINDING: '2. Vrijwillig maar niet vrijblijvend, voor een vaste periode (met de GI of evaluatiemomenten)',
  VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION: '3. Als 2, samen met een raadsonderzoek',
  RAAD_INVESTIGATION: '4. Alleen een raadsonderzoek',
};
const OUTCOMES_EN = {
  VOLUNTARY_LOCAL_TEAM: '1. Voluntary help continues under the local team',
  VOLUNTARY_BINDING: '2. Voluntary but binding help for a set period (GI or evaluation moments)',
  VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION: '3. As 2, combined with a Raad investigation',
  RAAD_INVESTIGATION: '4. A Raad investigation only',
};
const VIEWS_NL = {
  INVESTIGATION_INDICATED: 'Een raadsonderzoek past bij de situatie',
  VOLUNTARY_FRAMEWORK_POSSIBLE: 'Een (laatste) vrijwillige kans met duidelijke afspraken is mogelijk',
  CLOSURE_AGREED: 'De Raad stemt in met beëindiging van de OTS',
  CLOSURE_NOT_AGREED: 'De Raad stemt niet in; de OTS loopt door',
};
const VIEWS_EN = {
  INVESTIGATION_INDICATED: 'A Raad investigation fits the situation',
  VOLUNTARY_FRAMEWORK_POSSIBLE: 'A (last) voluntary chance with clear agreements is possible',
  CLOSURE_AGREED: 'The Raad agrees that the supervision order ends',
  CLOSURE_NOT_AGREED: 'The Raad does not agree; the supervision order continues',
};
const MODES_NL = { MEETING: 'In een nieuw tafelgesprek', WRITTEN: 'Schriftelijk' };
const MODES_EN = { MEETING: 'At a new meeting', WRITTEN: 'In writing' };
const EVALUATION_DECISIONS_NL = {
  CONTINUE_EVALUATIONS: 'Nog een evaluatiemoment',
  END_TABLE_INVOLVEMENT: 'De casus kan van tafel; de hulp gaat vrijwillig door',
  REQUEST_RAAD_INVESTIGATION: 'Verzoek tot onderzoek aan de Raad',
};
const EVALUATION_DECISIONS_EN = {
  CONTINUE_EVALUATIONS: 'Another evaluation moment',
  END_TABLE_INVOLVEMENT: 'The case leaves the table; help continues voluntarily',
  REQUEST_RAAD_INVESTIGATION: 'Request a Raad investigation',
};

const decisionNl = (when: string) => ({
  decisionRoute: { hint: `a. De route na het gesprek. ${when}${KEPT}`, label: 'Besluit a: de route' },
  decisionHelp: { hint: `b. Of hulp doorgaat en welke hulp nodig is. ${when}${KEPT}`, label: 'Besluit b: de hulp' },
  decisionSafety: { hint: `c. De veiligheidsafspraken, zo nodig aangevuld. ${when}${KEPT}`, label: 'Besluit c: de veiligheidsafspraken' },
  outcome: { label: 'Uitkomst', options: OUTCOMES_NL },
  evaluationMode: { label: 'Vorm van het eerste evaluatiemoment', options: MODES_NL },
  evaluationAt: { hint: 'Bij uitkomst 2 en 3.', label: 'Datum van het eerste evaluatiemoment' },
  raadView: { label: 'Visie van de Raad', options: VIEWS_NL },
  raadViewNote: { hint: KEPT, label: 'Visie van de Raad in eigen woorden' },
  reportText: { hint: `Uw weergave van het gesprek; het verslag neemt haar over. ${KEPT}`, label: 'Weergave voor het verslag' },
  agreements: { label: 'Afspraken' },
});
const decisionEn = (when: string) => ({
  decisionRoute: { hint: `a. The route after the meeting. ${when}${KEPT_EN}`, label: 'Decision a: the route' },
  decisionHelp: { hint: `b. Whether help continues and which help is needed. ${when}${KEPT_EN}`, label: 'Decision b: the help' },
  decisionSafety: { hint: `c. The safety agreements, supplemented where needed. ${when}${KEPT_EN}`, label: 'Decision c: the safety agreements' },
  outcome: { label: 'Outcome', options: OUTCOMES_EN },
  evaluationMode: { label: 'Form of the first evaluation moment', options: MODES_EN },
  evaluationAt: { hint: 'With outcomes 2 and 3.', label: 'Date of the first evaluation moment' },
  raadView: { label: 'The Raad’s view', options: VIEWS_EN },
  raadViewNote: { hint: KEPT_EN, label: 'The Raad’s view in its own words' },
  reportText: { hint: `Your account of the conversation; the report takes it over. ${KEPT_EN}`, label: 'Account for the report' },
  agreements: { label: 'Agreements' },
});

const evaluationNl = {
  evaluationDecision: { label: 'Besluit van dit evaluatiemoment', options: EVALUATION_DECISIONS_NL },
  assessment: { hint: `Wat de voortgang laat zien en waarom dit besluit. ${KEPT}`, label: 'Beoordeling' },
  agreements: { hint: KEPT, label: 'Gewijzigde of nieuwe afspraken' },
  evaluationMode: { label: 'Vorm van het volgende evaluatiemoment', options: MODES_NL },
  evaluationAt: { label: 'Datum van het volgende evaluatiemoment' },
  reportText: { hint: `Uw weergave voor het verslag. ${KEPT}`, label: 'Weergave voor het verslag' },
};
const evaluationEn = {
  evaluationDecision: { label: 'Decision of this evaluation moment', options: EVALUATION_DECISIONS_EN },
  assessment: { hint: `What the progress shows and why this decision. ${KEPT_EN}`, label: 'Assessment' },
  agreements: { hint: KEPT_EN, label: 'Changed or new agreements' },
  evaluationMode: { label: 'Form of the next evaluation moment', options: MODES_EN },
  evaluationAt: { label: 'Date of the next evaluation moment' },
  reportText: { hint: `Your account for the report. ${KEPT_EN}`, label: 'Account for the report' },
};

/**
 * The labels of every task form, by form key (src/tasks/forms on the server defines the fields and
 * their rules; a unit test checks that every field and fixed choice has a label in both languages).
 */
export const FORM_TEXTS: Record<Language, Record<string, FormText>> = {
  nl: {
    'jbt:agreement-mark': {
      intro: 'De datum van deze afspraak is voorbij en niemand heeft haar nog beoordeeld. Beoordeel haar binnen 3 werkdagen na de datum (norm). Lukte het niet, dan gaat de afspraak mee naar de evaluatie; in sommige regio’s komt de casus dan terug aan tafel.',
      fields: {
        agreementId: { label: 'Om welke afspraak gaat het?' },
        agreementState: { label: 'Is de afspraak nagekomen?', options: { CHANGED: 'Aangepast in overleg: er is een nieuwe datum', KEPT: 'Ja, nagekomen', NOT_KEPT: 'Nee, niet nagekomen' } },
        note: { hint: `Wat is er gebeurd? ${KEPT}`, label: 'Toelichting' },
        newDueOn: { hint: 'De afspraak wordt opnieuw gevolgd tot deze datum.', label: 'Nieuwe datum' },
        changedDescription: { hint: `Alleen als de afspraak zelf anders is geworden. ${KEPT}`, label: 'De afspraak zoals ze nu luidt' },
      },
    },
    'jbt:table-return-notice': {
      intro: 'Een afspraak van de tafel is niet nagekomen. De casus komt daarom terug aan tafel; het gesprek wordt gepland binnen de norm van een eerste gesprek. De taak vervalt als die norm voorbij is.',
      fields: {
        noted: { label: 'Heeft u kennisgenomen van de terugkeer aan tafel?' },
        note: { hint: `Bijvoorbeeld extra hulp die de gemeente inzet. ${KEPT}`, label: 'Wat wilt u de tafel meegeven?' },
      },
    },
    'jbt:confirm': { fields: { note: { hint: KEPT, label: 'Opmerking' } }, intro: 'Bevestig dat deze taak is gedaan.' },
    'jbt:referral-check': {
      intro: 'Controleer of het verzoek tot bespreking alles bevat wat de tafel nodig heeft. Wat ontbreekt, vraagt de dienst bij de verzoeker op.',
      fields: {
        safetyPlanComplete: { hint: 'Afspraken (of waarom die er niet zijn) en de stappen als ouders zich er niet aan kunnen houden.', label: 'Bevat het verzoek een volledig veiligheidsplan?' },
        parentsViewPresent: { label: 'Staat de visie van de ouders in het verzoek?' },
        childHearingAgreed: { hint: 'Voor elk kind van 12 jaar of ouder.', label: 'Is afgesproken hoe elk kind wordt gehoord?' },
        otherInformationMissing: { label: 'Ontbreekt er nog iets anders?' },
        missingInformation: { hint: 'De verzoeker krijgt deze vraag per mail en ziet haar bij de casus; de ronde wacht op het antwoord, zoals bij de vragen hierboven. Gaat niet naar het werkproces.', label: 'Wat ontbreekt er?' },
        childrenHeardSeparatelyIds: { hint: 'Kinderen die u vooraf apart spreekt.', label: 'Kinderen vooraf apart spreken' },
        track: { label: 'Spoor', options: { KWART_VOOR_TWAALF: 'Kwart voor twaalf', VIJF_VOOR_TWAALF: 'Vijf voor twaalf' } },
        raadConsultRequested: { hint: 'Bij vijf voor twaalf altijd.', label: 'Vraagt u het consult van de Raad?' },
        raadConsultMoment: { label: 'Wanneer geeft de Raad zijn visie?', options: { AT_MEETING: 'Aan tafel', BEFORE_MEETING: 'Vooraf, als taak' } },
      },
    },
    'jbt:participants': {
      intro: 'Leg vast wie aan tafel komt: ouders, kinderen van 12 jaar en ouder, vertrouwenspersonen en professionals. De uitnodigingen gaan naar precies deze mensen.',
      fields: {
        attendingIds: { hint: 'Een kind dat op een andere manier wordt gehoord, staat niet aangevinkt. De jeugdbeschermer komt als de GI aanschuift.', label: 'Wie komen er?' },
        raadWorkerId: { hint: 'Wie namens de Raad aanschuift. Alleen deze medewerker ziet daarna de casus.', label: 'Raadsmedewerker' },
        youthProtectorId: { hint: 'Wie namens de GI aanschuift. Alleen deze jeugdbeschermer ziet daarna de casus.', label: 'Jeugdbeschermer' },
        note: { hint: KEPT, label: 'Opmerking' },
      },
    },
    'jbt:gi-on-call': {
      fields: {
        giOnCallRequested: { label: 'Schuift een jeugdbeschermer van de GI aan?' },
        note: { hint: KEPT, label: 'Toelichting' },
      },
    },
    'jbt:child-hearing': {
      intro: 'U sprak het kind vooraf apart. Leg vast wat het kind vertelde en aan tafel gebracht wil zien.',
      fields: { hearingSummary: { hint: KEPT, label: 'Wat het kind vertelde' } },
    },
    'jbt:raad-advice': {
      fields: {
        raadView: { label: 'Visie van de Raad', options: VIEWS_NL },
        advice: { hint: `Intern advies: het gezin krijgt dit niet. ${KEPT}`, label: 'Advies van de Raad' },
      },
    },
    'jbt:meeting-planning': {
      intro: 'Kies het moment van het tafelgesprek. Het voorstel van de planning staat al gekozen. Bij elk moment staat of het binnen de norm valt; vandaag en de volgende werkdag worden niet aangeboden, omdat de uitnodigingen en het advies van de Raad dan niet op tijd kunnen zijn.',
      fields: {
        slotId: { label: 'Moment van het tafelgesprek' },
        beyondNormReason: {
          hint: 'U kiest een moment na de norm terwijl er eerder een plek vrij is. Het gemeentelijk aanspreekpunt krijgt dit als overschrijding van de norm en leest uw reden; schrijf geen gezinsgegevens die daarvoor niet nodig zijn. Gaat niet naar het werkproces.',
          label: 'Waarom dit latere moment?',
        },
        note: { hint: KEPT, label: 'Opmerking voor de planning' },
      },
      problems: {
        SLOT_TOO_LATE_TO_PREPARE: 'Dit moment is te dichtbij gekomen: de uitnodigingen of het advies van de Raad kunnen niet meer op tijd zijn. Kies een later moment.',
      },
    },
    'jbt:waiting-time-escalation': {
      intro: 'Het tafelgesprek lukt niet binnen de norm, of dreigt dat niet te lukken. Kies hoe de casus toch aan tafel komt.',
      facts: {
        title: 'Waarom deze taak',
        NORM_AT_RISK: 'Het vroege waarschuwingsmoment is bereikt en er is nog geen tafelgesprek gepland. De norm is nog niet verstreken: er is nog tijd om ruimte te vinden.',
        FIRST_SLOT_BEYOND_NORM: 'De eerste vrije plek aan tafel valt na de norm.',
        NO_SLOT_AVAILABLE: 'Er is binnen de planningshorizon geen vrije plek aan tafel.',
        NOT_PLANNED_BY_DEADLINE: 'De norm is verstreken en het tafelgesprek is nog niet gepland.',
        SLOT_CHOSEN_BEYOND_NORM: 'De tafel koos een moment na de norm, terwijl er eerder een plek vrij was.',
        planningDeadlineAt: 'Normdatum: {date}',
        proposedSlotAt: 'Moment in kwestie: {date}',
        earlierSlotAt: 'Eerder vrij: {date}',
        beyondNormReason: 'Reden van de tafel: {text}',
      },
      fields: {
        escalationResolution: {
          label: 'Oplossing',
          options: {
            ACCEPT_CHOSEN_SLOT: 'Het moment dat de tafel koos blijft, ook al valt het na de norm',
            ACCEPT_FIRST_FREE_SLOT: 'Het eerste vrije moment van de eigen tafel, ook al valt het na de norm',
            LEAVE_TO_TABLE_PLANNER: 'De planner van de tafel blijft plannen',
            PLAN_AT_NEIGHBOUR_TABLE: 'Een moment zoeken bij een buurtafel',
            SEARCH_AGAIN: 'Er is extra ruimte gemaakt: opnieuw zoeken',
          },
        },
        note: { hint: KEPT, label: 'Toelichting voor de tafel' },
      },
    },
    'jbt:meeting-decision': {
      intro: 'Leg het tafelgesprek vast. Met overeenstemming legt u ook het besluit vast; zonder overeenstemming besluit de voorzitter daarna.',
      fields: {
        parentsPresent: { label: 'Waren de ouders aanwezig?' },
        childrenHeardCount: { hint: 'Aan tafel, vooraf of via een professional.', label: 'Aantal gehoorde kinderen' },
        consensusReached: { label: 'Is er overeenstemming over het besluit?' },
        ...decisionNl('Bij overeenstemming. '),
      },
    },
    'jbt:chair-decision': {
      intro: 'Er is geen overeenstemming: u besluit als voorzitter, met de visie van de Raad.',
      fields: decisionNl(''),
    },
    'jbt:report-approval': {
      intro: 'Lees het concept van het verslag. Na goedkeuring gaat het naar de ouders en de verzoeker.',
      fields: {
        reportApproved: { label: 'Keurt u het verslag goed?' },
        reportText: { hint: `Het verslag wordt opnieuw opgesteld met deze tekst. ${KEPT}`, label: 'Verbeterde weergave van het gesprek' },
      },
    },
    'jbt:written-evaluation': { intro: 'Beoordeel de schriftelijke voortgang en besluit over het vervolg.', fields: evaluationNl },
    'jbt:evaluation-meeting': {
      intro: 'Leg het evaluatiegesprek en het besluit over het vervolg vast.',
      fields: { parentsPresent: { label: 'Waren de ouders aanwezig?' }, ...evaluationNl },
    },
    'jbt:ots-review': {
      intro: 'Leg de toetsing van de beëindiging van de ondertoezichtstelling vast, met de juridische toets van de Raad.',
      fields: {
        parentsPresent: { label: 'Waren de ouders aanwezig?' },
        raadView: { label: 'Toets van de Raad', options: VIEWS_NL },
        raadReviewNote: { hint: KEPT, label: 'Toets van de Raad in eigen woorden' },
        safetyAgreementsMade: { label: 'Zijn er veiligheidsafspraken gemaakt?' },
        safetyAgreements: { hint: KEPT, label: 'De veiligheidsafspraken' },
        followUpHelpAgreed: { label: 'Is vervolghulp afgesproken?' },
        followUpHelp: { hint: KEPT, label: 'De afgesproken vervolghulp' },
        reportText: { hint: `Uw weergave voor het verslag. ${KEPT}`, label: 'Weergave voor het verslag' },
      },
    },
  },
  en: {
    'jbt:agreement-mark': {
      intro: 'The date of this agreement has passed and nobody has marked it yet. Mark it within 3 working days after the date (the norm). If it was not kept, it goes with the case to the evaluation; in some regions the case then comes back to the table.',
      fields: {
        agreementId: { label: 'Which agreement is this about?' },
        agreementState: { label: 'Was the agreement kept?', options: { CHANGED: 'Changed by those involved: there is a new date', KEPT: 'Yes, kept', NOT_KEPT: 'No, not kept' } },
        note: { hint: `What happened? ${KEPT_EN}`, label: 'Note' },
        newDueOn: { hint: 'The agreement is followed again until this date.', label: 'New date' },
        changedDescription: { hint: `Only when the agreement itself changed. ${KEPT_EN}`, label: 'The agreement as it now reads' },
      },
    },
    'jbt:table-return-notice': {
      intro: 'An agreement made at the table was not kept. The case therefore comes back to the table; the meeting is planned within the norm of a first meeting. The task lapses when that norm has passed.',
      fields: {
        noted: { label: 'Have you taken note of the return to the table?' },
        note: { hint: `For example extra help the municipality puts in. ${KEPT_EN}`, label: 'What would you like the table to know?' },
      },
    },
    'jbt:confirm': { fields: { note: { hint: KEPT_EN, label: 'Note' } }, intro: 'Confirm that this task is done.' },
    'jbt:referral-check': {
      intro: 'Check whether the referral holds everything the table needs. The service asks the referrer for what is missing.',
      fields: {
        safetyPlanComplete: { hint: 'Agreements (or why there are none) and the steps if parents cannot keep them.', label: 'Does the referral hold a complete safety plan?' },
        parentsViewPresent: { label: 'Does the referral hold the parents’ view?' },
        childHearingAgreed: { hint: 'For every child of 12 or older.', label: 'Is it agreed how each child is heard?' },
        otherInformationMissing: { label: 'Is anything else missing?' },
        missingInformation: { hint: 'The referrer receives this question by mail and sees it with the case; the round waits for the answer, as for the questions above. Does not go to the process.', label: 'What is missing?' },
        childrenHeardSeparatelyIds: { hint: 'Children you speak with separately beforehand.', label: 'Hear children separately beforehand' },
        track: { label: 'Track', options: { KWART_VOOR_TWAALF: 'Quarter to twelve', VIJF_VOOR_TWAALF: 'Five to twelve' } },
        raadConsultRequested: { hint: 'Always for five to twelve.', label: 'Do you ask for the Raad’s consult?' },
        raadConsultMoment: { label: 'When does the Raad give its view?', options: { AT_MEETING: 'At the table', BEFORE_MEETING: 'Beforehand, as a task' } },
      },
    },
    'jbt:participants': {
      intro: 'Record who comes to the table: parents, children of 12 and older, support persons and professionals. The invitations go to exactly these people.',
      fields: {
        attendingIds: { hint: 'A child heard in another way is not ticked. The youth protector comes when the GI joins.', label: 'Who comes?' },
        raadWorkerId: { hint: 'Who joins for the Raad. Only this worker sees the case from then on.', label: 'Raad worker' },
        youthProtectorId: { hint: 'Who joins for the GI. Only this youth protector sees the case from then on.', label: 'Youth protector' },
        note: { hint: KEPT_EN, label: 'Note' },
      },
    },
    'jbt:gi-on-call': {
      fields: {
        giOnCallRequested: { label: 'Does a youth protector of the GI join?' },
        note: { hint: KEPT_EN, label: 'Explanation' },
      },
    },
    'jbt:child-hearing': {
      intro: 'You spoke with the child separately. Record what the child said and wants brought to the table.',
      fields: { hearingSummary: { hint: KEPT_EN, label: 'What the child said' } },
    },
    'jbt:raad-advice': {
      fields: {
        raadView: { label: 'The Raad’s view', options: VIEWS_EN },
        advice: { hint: `Internal advice: the family does not receive it. ${KEPT_EN}`, label: 'The Raad’s advice' },
      },
    },
    'jbt:meeting-planning': {
      intro: 'Choose when the meeting takes place. The planning’s proposal is already selected. Each slot says whether it lies within the norm; today and the next working day are not offered, because the invitations and the Raad’s advice could not be on time.',
      fields: {
        slotId: { label: 'Meeting slot' },
        beyondNormReason: {
          hint: 'You choose a slot beyond the norm while an earlier one is free. The municipal contact receives this as a norm breach and reads your reason; write no family details it does not need. Does not go to the process.',
          label: 'Why this later slot?',
        },
        note: { hint: KEPT_EN, label: 'Note for the planning' },
      },
      problems: {
        SLOT_TOO_LATE_TO_PREPARE: 'This slot has come too near: the invitations or the Raad’s advice can no longer be on time. Choose a later slot.',
      },
    },
    'jbt:waiting-time-escalation': {
      intro: 'The meeting cannot take place within the norm, or is at risk of not doing so. Choose how the case still gets to the table.',
      facts: {
        title: 'Why this task',
        NORM_AT_RISK: 'The early warning moment has come and no meeting is planned yet. The norm has not passed: there is still time to find room.',
        FIRST_SLOT_BEYOND_NORM: 'The first free slot at the table lies beyond the norm.',
        NO_SLOT_AVAILABLE: 'There is no free slot at the table within the planning horizon.',
        NOT_PLANNED_BY_DEADLINE: 'The norm has passed and the meeting is not planned yet.',
        SLOT_CHOSEN_BEYOND_NORM: 'The table chose a slot beyond the norm while an earlier one was free.',
        planningDeadlineAt: 'Norm date: {date}',
        proposedSlotAt: 'Slot in question: {date}',
        earlierSlotAt: 'Free earlier: {date}',
        beyondNormReason: 'The table’s reason: {text}',
      },
      fields: {
        escalationResolution: {
          label: 'Resolution',
          options: {
            ACCEPT_CHOSEN_SLOT: 'The slot the table chose stays, although it lies beyond the norm',
            ACCEPT_FIRST_FREE_SLOT: 'The own table’s first free slot, although it lies beyond the norm',
            LEAVE_TO_TABLE_PLANNER: 'The table’s planner keeps planning',
            PLAN_AT_NEIGHBOUR_TABLE: 'Look for a slot at a neighbouring table',
            SEARCH_AGAIN: 'Extra room was made: search again',
          },
        },
        note: { hint: KEPT_EN, label: 'Explanation for the table' },
      },
    },
    'jbt:meeting-decision': {
      intro: 'Record the meeting. With consensus you also record the decision; without it, the chair decides next.',
      fields: {
        parentsPresent: { label: 'Were the parents present?' },
        childrenHeardCount: { hint: 'At the table, beforehand or through a professional.', label: 'Number of children heard' },
        consensusReached: { label: 'Is there consensus on the decision?' },
        ...decisionEn('With consensus. '),
      },
    },
    'jbt:chair-decision': { intro: 'There is no consensus: you decide as chair, with the Raad’s view.', fields: decisionEn('') },
    'jbt:report-approval': {
      intro: 'Read the draft report. Once approved it goes to the parents and the referrer.',
      fields: {
        reportApproved: { label: 'Do you approve the report?' },
        reportText: { hint: `The report is drafted again with this text. ${KEPT_EN}`, label: 'Corrected account of the conversation' },
      },
    },
    'jbt:written-evaluation': { intro: 'Assess the written progress and decide what comes next.', fields: evaluationEn },
    'jbt:evaluation-meeting': {
      intro: 'Record the evaluation meeting and the decision on what comes next.',
      fields: { parentsPresent: { label: 'Were the parents present?' }, ...evaluationEn },
    },
    'jbt:ots-review': {
      intro: 'Record the review of ending the supervision order, with the Raad’s legal review.',
      fields: {
        parentsPresent: { label: 'Were the parents present?' },
        raadView: { label: 'The Raad’s review', options: VIEWS_EN },
        raadReviewNote: { hint: KEPT_EN, label: 'The Raad’s review in its own words' },
        safetyAgreementsMade: { label: 'Were safety agreements made?' },
        safetyAgreements: { hint: KEPT_EN, label: 'The safety agreements' },
        followUpHelpAgreed: { label: 'Was follow-up help agreed?' },
        followUpHelp: { hint: KEPT_EN, label: 'The follow-up help agreed' },
        reportText: { hint: `Your account for the report. ${KEPT_EN}`, label: 'Account for the report' },
      },
    },
  },
};

export function formText(language: Language, formKey: string): FormText {
  return FORM_TEXTS[language][formKey] ?? FORM_TEXTS.nl[formKey] ?? { fields: {} };
}
