import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { THROTTLED_EXAMPLE, UNAUTHORIZED_EXAMPLE, USER_EXAMPLE } from './auth.examples';
import { AuthService } from './auth.service';
import { CurrentActor } from './current-actor.decorator';
import { CurrentSessionId } from './current-session.decorator';
import { LoginDto } from './dto/login.dto';
import { SessionResponse, SessionUserResponse, SignInOptionsResponse } from './dto/session.response';
import { OidcSettings } from './oidc/oidc.settings';
import { Actor } from './principal';
import { Public } from './public.decorator';
import { clearSessionCookie, SESSION_COOKIE, sessionCookieOptions } from './session-cookie';
import { storedUserAgent } from './sessions/session.store';
import { SignInThrottledFilter } from './throttle/sign-in-throttled.filter';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly oidc: OidcSettings,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @UseFilters(SignInThrottledFilter)
  @ApiOperation({
    summary: 'Sign in with username and password',
    description:
      'Answers with a bearer token for scripts and sets the same token as the HttpOnly cookie jbt_session for the browser. Valid for 12 hours. ' +
      'Failed sign-ins are throttled per account and per client address; an account locks for a while after repeated failures (429 with Retry-After).',
  })
  @ApiBody({ type: LoginDto, examples: { chair: { value: { password: 'jbt-demo-2026', username: 'voorzitter.twente' } } } })
  @ApiOkResponse({ type: SessionResponse, example: { expiresAt: '2026-11-23T20:15:00.000Z', token: 'v2.eyJleHAiOjE3OTU...In0.kq3v...', user: USER_EXAMPLE } })
  @ApiUnauthorizedResponse({ description: 'Unknown username or wrong password', example: { code: 'INVALID_CREDENTIALS', error: 'Unauthorized', message: 'Unknown username or wrong password', statusCode: 401 } })
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins for the account or from the address; the Retry-After header says how many seconds to wait', example: THROTTLED_EXAMPLE })
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionResponse> {
    const session = await this.auth.login(body.username, body.password, { clientIp: request.ip ?? null, userAgent: storedUserAgent(request.headers['user-agent']) });
    response.cookie(SESSION_COOKIE, session.token, sessionCookieOptions(request));
    return { expiresAt: session.expiresAt.toISOString(), token: session.token, user: await this.auth.sessionUser(session.principal) };
  }

  @Public()
  @Get('sign-in-options')
  @ApiOperation({ summary: 'How one may sign in', description: 'Whether sign-in through the organisation\'s OpenID Connect provider is offered besides username and password.' })
  @ApiOkResponse({ type: SignInOptionsResponse, example: { oidc: true } })
  signInOptions(): SignInOptionsResponse {
    return { oidc: this.oidc.enabled };
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiCookieAuth('jbt_session')
  @ApiOperation({ summary: 'Sign out of this session', description: 'Clears the cookie and ends the session the request was made in; other sessions of the user (other devices, scripts) go on. See POST /auth/logout-everywhere.' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiUnauthorizedResponse({ example: UNAUTHORIZED_EXAMPLE })
  async logout(@CurrentActor() actor: Actor, @CurrentSessionId() sessionId: string, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(actor, sessionId);
    clearSessionCookie(request, response);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiCookieAuth('jbt_session')
  @ApiOperation({ summary: 'Who am I', description: 'The signed-in user with their role memberships per organisation and region.' })
  @ApiOkResponse({ type: SessionUserResponse, example: USER_EXAMPLE })
  @ApiUnauthorizedResponse({ example: UNAUTHORIZED_EXAMPLE })
  me(@CurrentActor() actor: Actor): Promise<SessionUserResponse> {
    return this.auth.sessionUser(actor.principal);
  }
}
