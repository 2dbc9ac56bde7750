import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { UNAUTHORIZED_EXAMPLE, USER_EXAMPLE } from './auth.examples';
import { AuthService } from './auth.service';
import { CurrentActor } from './current-actor.decorator';
import { LoginDto } from './dto/login.dto';
import { SessionResponse, SessionUserResponse } from './dto/session.response';
import { Actor } from './principal';
import { Public } from './public.decorator';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in with username and password', description: 'Answers with a bearer token for scripts and sets the same token as the HttpOnly cookie jbt_session for the browser. Valid for 12 hours.' })
  @ApiBody({ type: LoginDto, examples: { chair: { value: { password: 'jbt-demo-2026', username: 'voorzitter.twente' } } } })
  @ApiOkResponse({ type: SessionResponse, example: { expiresAt: '2026-11-23T20:15:00.000Z', token: 'v1.eyJleHAiOjE3OTU...In0.kq3v...', user: USER_EXAMPLE } })
  @ApiUnauthorizedResponse({ description: 'Unknown username or wrong password', example: { code: 'INVALID_CREDENTIALS', error: 'Unauthorized', message: 'Unknown username or wrong password', statusCode: 401 } })
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionResponse> {
    const session = await this.auth.login(body.username, body.password, request.ip ?? null);
    response.cookie(SESSION_COOKIE, session.token, sessionCookieOptions(request));
    return { expiresAt: session.expiresAt.toISOString(), token: session.token, user: await this.auth.sessionUser(session.principal) };
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiCookieAuth('jbt_session')
  @ApiOperation({ summary: 'Sign out', description: 'Clears the cookie and ends every session of the user, also bearer tokens handed to scripts.' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiUnauthorizedResponse({ example: UNAUTHORIZED_EXAMPLE })
  async logout(@CurrentActor() actor: Actor, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(actor);
    const { maxAge: _maxAge, ...options } = sessionCookieOptions(request);
    response.clearCookie(SESSION_COOKIE, options);
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
