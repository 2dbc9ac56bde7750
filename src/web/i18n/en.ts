import type { Messages } from './messages';

/** English, the second language: the same keys as nl.ts, which stays the source of truth. */
export const en: Messages = {
  app: {
    name: 'JBT Orchestrator',
    tagline: 'Child Protection Table',
    skipLink: 'Skip to content',
    titleSuffix: 'JBT Orchestrator',
    footer: 'JBT Orchestrator · workspace for professionals of the Child Protection Table (Jeugdbeschermingstafel)',
    loading: 'Loading…',
  },
  language: {
    label: 'Language',
    switchTo: 'Nederlands',
    switchToLang: 'nl',
    switchHint: 'Schakel naar Nederlands',
  },
  header: {
    signedInAs: 'Signed in as',
    roleInRegion: '{role} · region {region}',
    roleWithoutRegion: '{role} · all regions',
    signOut: 'Sign out',
    userMenu: 'Your details',
  },
  nav: {
    label: 'Main menu',
    tasks: 'Tasks',
    cases: 'Cases',
    monitoring: 'Monitoring',
    modeler: 'Modeler',
  },
  roles: {
    administrator: 'Administrator',
    chair: 'Chair',
    local_team: 'Local team professional',
    manager: 'Manager',
    municipal_contact: 'Municipal contact',
    process_owner: 'Process owner',
    raad_worker: 'Child Protection Board worker',
    secretary: 'Secretary',
    veilig_thuis: 'Veilig Thuis worker',
    youth_protector: 'Youth protector (GI)',
  },
  notices: {
    close: 'Close notice',
    signedOut: 'You have signed out.',
    sessionExpired: 'Your session has expired. Please sign in again.',
    serviceUnavailable: 'The service cannot be reached right now. Please try again later.',
  },
  forms: {
    errorSummaryTitle: 'There is a problem',
    required: 'required',
  },
  signIn: {
    title: 'Sign in',
    intro: 'For professionals of the Child Protection Table. Sign in with the username and password of your organisation.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    usernameMissing: 'Enter your username.',
    passwordMissing: 'Enter your password.',
    wrongCredentials: 'The username or password is incorrect. Check your details and try again.',
    tooManyAttempts: 'Too many incorrect attempts. Wait a few minutes and try again.',
    failed: 'Signing in is not possible right now. Please try again later.',
    privacy: 'This workspace holds confidential information about families. Every access is logged.',
  },
  placeholder: {
    comingSoon: 'In development',
    whatComes: 'What you will be able to do here',
  },
  tasks: {
    title: 'Tasks',
    intro: 'The tasks waiting for you and your team will be listed here as soon as the process creates them.',
    items: [
      'Queues: my tasks, my groups’ tasks and everything I may see.',
      'Filter by region, table, task type, case number and due date; sort by due date, creation date and priority.',
      'Claim a task, hand it back, assign it to a colleague and complete it with a form.',
      'A warning before the norm is reached and a mark after.',
      'Beside every task the case: the referral, the safety plan and the chronology.',
    ],
  },
  cases: {
    title: 'Cases',
    intro: 'The cases you take part in will be listed here, with everything your role may see.',
    items: [
      'The referral and the safety plan.',
      'The participants of the table meeting.',
      'The chronology: every step, decision, report version and reaction.',
      'Internal comments on the case.',
    ],
  },
  monitoring: {
    title: 'Monitoring',
    intro: 'Managers and process owners will follow the running work of the tables in their region here.',
    items: [
      'The share of table meetings within the two-week norm, per region, table and month.',
      'Waiting times, open escalations and the outcomes of the table.',
      'Per case the process diagram: where the case stands and where something is stuck.',
      'Resolving incidents, always with a reason that is logged.',
    ],
  },
  modeler: {
    title: 'Modeler',
    intro: 'Process owners will adapt the table’s way of working here, without a developer.',
    items: [
      'Edit processes with this service’s building blocks, checked while editing.',
      'Save, compare and restore versions.',
      'Deploy only after a second process owner has approved.',
      'Region settings: meeting days, norms, chair model and neighbouring tables.',
    ],
  },
  noAccess: {
    title: 'No access',
    body: 'Your role gives no access to this page. If you think this is wrong, contact your organisation’s administrator.',
    home: 'Go to the start page',
  },
  notFound: {
    title: 'Page not found',
    body: 'This page does not exist (any more). Check the address or go to the start page.',
    home: 'Go to the start page',
  },
};
