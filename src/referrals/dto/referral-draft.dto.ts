import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';

/**
 * What the referral form sends when it saves a draft: the referral as typed so far. Its fields are
 * those of FileReferralDto and are checked with FileReferralDto's own rules wherever they are filled
 * in (src/referrals/drafts/draft-content.ts); only completeness waits until the draft is sent.
 */
export class SaveReferralDraftDto {
  @ApiProperty({ description: 'The referral as typed so far: any subset of the fields of a referral (POST /api/referrals)', example: { entryType: 'REFERRAL', municipalityId: '6d5c4b3a-2918-4776-8554-43322110ffee', worries: 'Aanhoudende ruzies waar de kinderen bij zijn.' }, type: Object })
  @IsObject()
  content: Record<string, unknown>;
}
