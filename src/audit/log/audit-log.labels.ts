/**
 * Dutch names of what the audit log records, for the CSV a privacy officer opens in a spreadsheet
 * and the web page's Dutch texts (src/web/audit/i18n/nl.ts). An action not named here shows its code.
 */
export const ACTION_LABELS_NL: Readonly<Record<string, string>> = {
  ADD_CASE_COMMENT: 'Notitie toegevoegd',
  ANSWER_FEEDBACK: 'Evaluatieformulier ingevuld',
  ASSIGN_TASK: 'Taak toegewezen',
  CANCEL_CASE_PROCESS: 'Proces van casus gestopt',
  CLAIM_TASK: 'Taak opgepakt',
  COMPLETE_TASK: 'Taak afgerond',
  END_SESSION: 'Andere sessie beëindigd',
  EXPORT_AUDIT_LOG: 'Logboek geëxporteerd',
  FILE_REFERRAL: 'Verzoek ingediend',
  LIST_CASES: 'Casussen bekeken (lijst)',
  LIST_MONITORED_CASES: 'Casussen bekeken (monitoring)',
  LIST_TASKS: 'Takenlijst bekeken',
  LOCK_ACCOUNT: 'Account tijdelijk geblokkeerd',
  LOGIN: 'Aanmelden',
  LOGOUT: 'Afmelden',
  LOGOUT_EVERYWHERE: 'Overal afgemeld',
  READ_AUDIT_LOG: 'Logboek ingezien',
  READ_CASE: 'Casus ingezien',
  READ_CASE_COMMENTS: 'Notities ingezien',
  READ_CASE_PROCESS: 'Procesverloop ingezien',
  READ_TASK: 'Taak ingezien',
  REACT_TO_REPORT: 'Reactie op verslag gegeven',
  REGION_SETTINGS_UPDATE: 'Regio-instellingen gewijzigd',
  REQUEST_INFORMATION: 'Informatie gevraagd',
  RETRY_INCIDENT: 'Storing opnieuw geprobeerd',
  SUPPLY_INFORMATION: 'Informatie aangeleverd',
  UNCLAIM_TASK: 'Taak teruggegeven',
  WITHDRAW_REFERRAL: 'Verzoek ingetrokken',
};

export const OUTCOME_LABELS_NL: Readonly<Record<string, string>> = {
  ALLOWED: 'Toegestaan',
  DENIED: 'Geweigerd',
  FAILED: 'Toegestaan, mislukt',
};
