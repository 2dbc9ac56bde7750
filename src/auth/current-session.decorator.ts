import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { NotAuthenticatedError } from './auth.errors';
import { AuthenticatedRequest } from './principal';

/** Injects the id of the session the request was made in (auth_session.id), e.g. to end just that one. */
export const CurrentSessionId = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.sessionId) throw new NotAuthenticatedError();
  return request.sessionId;
});
