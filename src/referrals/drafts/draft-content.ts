import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { FieldProblem } from '../../http/bad-request';
import { FileReferralDto } from '../dto/file-referral.dto';

/**
 * The rules that say a referral is complete rather than wrong. A draft may lack any field, hold an
 * empty list of children or leave a text empty; everything it does hold must pass the referral's own
 * rules (length, format, enum, date, a child under 18), so that sending finds only what is missing.
 */
const COMPLETENESS_RULES: ReadonlySet<string> = new Set(['arrayMinSize', 'isDefined', 'isNotEmpty']);

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = `${prefix}${error.property}`;
    const own = Object.entries(error.constraints ?? {})
      .filter(([rule]) => !COMPLETENESS_RULES.has(rule))
      .map(([, reason]) => ({ field, reason }));
    return [...own, ...flatten(error.children ?? [], `${field}.`)];
  });
}

/**
 * Checks a draft's content with FileReferralDto's rules for every field that is filled in, and
 * refuses fields a referral does not have. Returns each problem with its path under `content.`,
 * as a 400 names the fields of the request body.
 */
export async function draftContentProblems(content: Record<string, unknown>): Promise<FieldProblem[]> {
  const instance = plainToInstance(FileReferralDto, content);
  const errors = await validate(instance, { forbidNonWhitelisted: true, forbidUnknownValues: true, skipMissingProperties: true, whitelist: true });
  return flatten(errors, 'content.');
}
