import type { nl } from './nl';

/** The shape of every language: the Dutch texts are the source of truth. */
export type Messages = typeof nl;

export type Language = 'en' | 'nl';
