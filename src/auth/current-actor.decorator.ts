import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { NotAuthenticatedError } from './auth.errors';
import { Actor, AuthenticatedRequest } from './principal';

/** Injects the acting principal and the client's address (for the audit log) into a handler. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.principal) throw new NotAuthenticatedError();
  return { clientIp: request.ip ?? null, principal: request.principal };
});
