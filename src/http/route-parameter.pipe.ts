import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { badRequest, FieldProblem } from './bad-request';
import { printableField, textProblem } from './input-limits';
import { routeParameterProblem } from './route-parameters';

/**
 * Checks every route parameter against the table of route parameters (src/http/route-parameters.ts)
 * and for forbidden characters, for a named parameter (`@Param('caseId')`) and for each field of a
 * parameter object (`@Param() params: RegionParams`) alike. A malformed id is a 400 naming the
 * parameter, never a database error. Registered globally, before the validation pipe.
 */
@Injectable()
export class RouteParameterPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param') return value;
    const entries = metadata.data ? [[metadata.data, value] as const] : Object.entries((value ?? {}) as Record<string, unknown>);
    const problems: FieldProblem[] = [];
    for (const [name, raw] of entries) {
      if (typeof raw !== 'string') continue;
      const reason = textProblem(raw) ?? routeParameterProblem(name, raw);
      if (reason) problems.push({ field: printableField(name), reason: reason.startsWith(name) ? reason : `${name} ${reason}` });
    }
    if (problems.length > 0) throw badRequest(problems);
    return value;
  }
}
