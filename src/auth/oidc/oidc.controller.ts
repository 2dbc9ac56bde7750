import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../public.decorator';
import { SESSION_COOKIE, sessionCookieOptions } from '../session-cookie';
import { storedUserAgent } from '../sessions/session.store';
import { OidcClient } from './oidc-client';
import { OidcSignInService } from './oidc-sign-in.service';
import { OIDC_STATE_COOKIE, OidcStateCookie, safeReturnPath } from './oidc-state-cookie';
import { OidcSignInRefusedError } from './oidc.errors';

/** Where the browser lands after a refused sign-in: the sign-in page, which explains the code. */
const SIGN_IN_PAGE = '/aanmelden';

function refusedLocation(error: OidcSignInRefusedError): string {
  const query = new URLSearchParams({ 'oidc-fout': error.refusal });
  if (error.value && error.refusal !== 'OIDC_PROVIDER_ERROR') query.set('waarde', error.value);
  return `${SIGN_IN_PAGE}?${query.toString()}`;
}

/** Sign-in through the organisation's OpenID Connect provider: two browser redirects, no JSON. */
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly client: OidcClient,
    private readonly cookie: OidcStateCookie,
    private readonly signIn: OidcSignInService,
  ) {}

  @Public()
  @Get('start')
  @ApiOperation({ summary: 'Sign in through the OpenID Connect provider', description: 'Redirects the browser to the provider (authorization code flow with PKCE, state and nonce). `terug` is the path of the web app to return to.' })
  @ApiQuery({ name: 'terug', required: false, example: '/taken' })
  @ApiFoundResponse({ description: 'To the provider; or to /aanmelden?oidc-fout=<code> when sign-in through a provider is not possible' })
  async start(@Query('terug') returnPath: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    try {
      const authorization = await this.client.authorizationRequest();
      const { codeVerifier, nonce, state } = authorization;
      response.cookie(OIDC_STATE_COOKIE, this.cookie.seal({ codeVerifier, nonce, returnPath: safeReturnPath(returnPath), state }), this.cookie.options(request));
      response.redirect(302, authorization.url.href);
    } catch (error) {
      if (!(error instanceof OidcSignInRefusedError)) throw error;
      response.redirect(302, refusedLocation(error));
    }
  }

  @Public()
  @Get('callback')
  @ApiOperation({ summary: 'Where the provider sends the browser back', description: 'Validates the answer, maps the claims to roles, region and organisation, opens a session (the jbt_session cookie) and redirects into the web app; a refusal redirects to /aanmelden?oidc-fout=<code>.' })
  @ApiFoundResponse({ description: 'Into the web app, signed in; or to the sign-in page with the reason' })
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const pending = this.cookie.open((request.cookies as Record<string, string> | undefined)?.[OIDC_STATE_COOKIE]);
    const { maxAge: _maxAge, ...stateOptions } = this.cookie.options(request);
    response.clearCookie(OIDC_STATE_COOKIE, stateOptions);
    const query = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?')) : '';
    try {
      const session = await this.signIn.finish(query, pending, { clientIp: request.ip ?? null, userAgent: storedUserAgent(request.headers['user-agent']) });
      response.cookie(SESSION_COOKIE, session.token, sessionCookieOptions(request));
      response.redirect(302, pending!.returnPath);
    } catch (error) {
      if (!(error instanceof OidcSignInRefusedError)) throw error;
      response.redirect(302, refusedLocation(error));
    }
  }
}
