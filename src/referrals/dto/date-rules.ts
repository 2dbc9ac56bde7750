import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { ageOn, dutchToday } from '../../cases/child-age';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export function IsCalendarDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      options: { message: (args: ValidationArguments) => `${args.property} must be a date written YYYY-MM-DD`, ...options },
      propertyName,
      target: target.constructor,
      validator: { validate: isRealDate },
    });
}

/** The birth date of a minor: not in the future, and under 18 today (in the Netherlands). */
export function IsMinorBirthDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isMinorBirthDate',
      options: { message: (args: ValidationArguments) => `${args.property} must be the birth date of a child under 18, not in the future`, ...options },
      propertyName,
      target: target.constructor,
      validator: {
        validate: (value: unknown) => {
          if (!isRealDate(value)) return true; // IsCalendarDate reports the format.
          const today = dutchToday();
          return value <= today && ageOn(value, today) < 18;
        },
      },
    });
}
