/** A mail's subject and plain-text body (the HTML body is derived from it). */
export interface Letter {
  subject: string;
  text: string;
}

/** Joins paragraphs with blank lines, leaving out empty ones. */
export function paragraphs(...parts: (string | false | null | undefined)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join('\n\n');
}

/** The closing of every letter: the table signs, not a system. */
export function signature(tableName: string): string {
  return `Met vriendelijke groet,\nJeugdbeschermingstafel ${tableName}`;
}

/** For professionals: the family's details stay in the application, not in mail. */
export function privacyNote(appUrl: string, caseNumber: string): string {
  return `De stukken staan in JBT Orchestrator bij casus ${caseNumber}: ${appUrl}\nOm de privacy van het gezin te beschermen staan er in deze mail geen gegevens over het gezin.`;
}
