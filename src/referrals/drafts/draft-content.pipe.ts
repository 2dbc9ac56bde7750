import { Injectable, PipeTransform } from '@nestjs/common';
import { badRequest } from '../../http/bad-request';
import { SaveReferralDraftDto } from '../dto/referral-draft.dto';
import { draftContentProblems } from './draft-content';

/**
 * Runs after the global validation pipe on a saved draft: the content is checked with the
 * referral's rules for what is filled in, and a 400 names each wrong field as `content.<path>`.
 */
@Injectable()
export class DraftContentPipe implements PipeTransform<SaveReferralDraftDto, Promise<SaveReferralDraftDto>> {
  async transform(value: SaveReferralDraftDto): Promise<SaveReferralDraftDto> {
    const problems = await draftContentProblems(value.content);
    if (problems.length > 0) throw badRequest(problems);
    return value;
  }
}
