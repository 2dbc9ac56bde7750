import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { NotAuthenticatedError } from './auth.errors';
import { Authenticator } from './authenticator';
import { AuthenticatedRequest } from './principal';
import { IS_PUBLIC } from './public.decorator';
import { credentialOf } from './session-cookie';

/**
 * Authenticates every API route (registered globally) by bearer token or session cookie, except
 * routes marked @Public(). It only establishes who is asking; what they may see is decided per
 * object in the services (src/auth/access-policy.ts).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const credential = credentialOf(request);
    const session = credential ? await this.authenticator.authenticate(credential) : undefined;
    if (!session) throw new NotAuthenticatedError();
    request.principal = session.principal;
    request.sessionId = session.sessionId;
    return true;
  }
}
