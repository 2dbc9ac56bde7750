import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../../referrals/dto/date-rules';

/** The class-validator rules of each field kind, so that every form says the same thing the same way. */

export const TEXT_MAX = 5000;

type When<T> = (form: T) => boolean;

export function YesNo(description: string) {
  return applyDecorators(ApiProperty({ description, type: Boolean }), IsBoolean());
}

export function Count(description: string, max = 100) {
  return applyDecorators(ApiProperty({ description, maximum: max, minimum: 0, type: Number }), IsInt(), Min(0), Max(max));
}

export function OneOf(values: readonly string[], description: string) {
  return applyDecorators(ApiProperty({ description, enum: values }), IsIn(values as string[]));
}

/** A choice required only when `when` holds (and then validated); otherwise it must be left out. */
export function OneOfWhen<T>(values: readonly string[], description: string, when: When<T>) {
  return applyDecorators(ApiPropertyOptional({ description, enum: values }), ValidateIf((form: T) => when(form)), IsIn(values as string[]));
}

export function DateWhen<T>(description: string, when: When<T>) {
  const calendarDate: PropertyDecorator = (target, key) => IsCalendarDate()(target, String(key));
  return applyDecorators(ApiPropertyOptional({ description, example: '2027-02-15', format: 'date' }), ValidateIf((form: T) => when(form)), calendarDate);
}

/** Free text: kept in the case record, never sent to the engine. */
export function FreeText(description: string) {
  return applyDecorators(ApiProperty({ description: `${description} (free text: stays in the case record)`, maxLength: TEXT_MAX }), IsString(), IsNotEmpty(), Matches(/\S/, { message: '$property must not be blank' }), MaxLength(TEXT_MAX));
}

export function FreeTextWhen<T>(description: string, when: When<T>) {
  return applyDecorators(
    ApiPropertyOptional({ description: `${description} (free text: stays in the case record)`, maxLength: TEXT_MAX }),
    ValidateIf((form: T) => when(form)),
    IsString(),
    IsNotEmpty(),
    Matches(/\S/, { message: '$property must not be blank' }),
    MaxLength(TEXT_MAX),
  );
}

export function OptionalText(description: string) {
  return applyDecorators(ApiPropertyOptional({ description: `${description} (free text: stays in the case record)`, maxLength: TEXT_MAX }), IsOptional(), IsString(), MaxLength(TEXT_MAX));
}

/** A value of a choice that depends on the case; the form checks it against the case's choices. */
export function ChoiceId(description: string) {
  return applyDecorators(ApiProperty({ description, format: 'uuid' }), IsUUID());
}

export function ChoiceIds(description: string) {
  return applyDecorators(ApiPropertyOptional({ description, format: 'uuid', isArray: true, type: String }), IsOptional(), IsArray(), ArrayMaxSize(15), IsUUID(undefined, { each: true }));
}
