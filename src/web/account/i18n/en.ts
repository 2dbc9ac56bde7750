import type { AccountMessages } from './nl';

export const accountEn: AccountMessages = {
  title: 'My account',
  intro: 'Your details, your roles, and where you are signed in now.',
  details: 'Your details',
  name: 'Name',
  username: 'Username',
  roles: 'Roles',
  sessions: 'Where you are signed in',
  sessionsIntro: 'Every sign-in is a session: in a browser or in a script. End a session you do not recognise, or sign out everywhere.',
  caption: 'Your open sessions, newest first',
  columns: { device: 'Device or program', method: 'Signed in with', since: 'Since', until: 'Valid until', address: 'Address', action: 'Action' },
  methods: { OIDC: 'Your organisation’s account', PASSWORD: 'Username and password' },
  unknownDevice: 'Unknown device',
  current: 'This session',
  end: 'Sign out',
  endLabel: 'Sign out (end the session of {since})',
  ended: 'The session has been ended.',
  everywhere: 'Sign out everywhere',
  everywhereIntro: 'Ends all your sessions, also on other devices and in scripts. You then sign in again.',
  failed: 'That did not work. Try again later.',
  loading: 'Loading…',
};
