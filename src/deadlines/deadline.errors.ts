import { DomainError, ErrorKind } from '../errors/domain-error';

/** A deadline kind was asked for without the date it counts from: a modelling fault in bpmn/. */
export class MissingDeadlineInputError extends DomainError {
  constructor(deadlineKind: string, input: string) {
    super('MISSING_DEADLINE_INPUT', ErrorKind.Unprocessable, `Deadlines of kind ${deadlineKind} need ${input}`, { deadlineKind, input });
  }
}
