import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { badRequest } from './bad-request';
import { inputProblems } from './input-limits';

/**
 * Checks the query and body once the validation pipe has turned their texts into numbers: a whole
 * number beyond 32 bits (`?offset=99999999999`) is a 400 naming the field, not an overflow in the
 * database. JSON numbers were checked before (the request input guard); this catches what a DTO's
 * @Type(() => Number) made of a text. Registered globally, after the validation pipe.
 */
@Injectable()
export class NumberRangePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'query' && metadata.type !== 'body') return value;
    const problems = inputProblems(value, metadata.data ?? metadata.type);
    if (problems.length > 0) throw badRequest(problems);
    return value;
  }
}
