import { Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { UNAUTHORIZED_EXAMPLE } from '../auth.examples';
import { AuthService } from '../auth.service';
import { CurrentActor } from '../current-actor.decorator';
import { CurrentSessionId } from '../current-session.decorator';
import { Actor } from '../principal';
import { clearSessionCookie } from '../session-cookie';
import { SessionSummaryResponse, SignedOutEverywhereResponse } from './dto/session-list.response';
import { SessionStore } from './session.store';

@ApiTags('auth')
@ApiBearerAuth()
@ApiCookieAuth('jbt_session')
@ApiUnauthorizedResponse({ example: UNAUTHORIZED_EXAMPLE })
@Controller('auth')
export class SessionsController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionStore,
  ) {}

  @Get('sessions')
  @ApiOperation({ summary: 'My open sessions', description: 'Every session of the signed-in user that still admits requests (browsers, scripts), newest first; `current` marks this one.' })
  @ApiOkResponse({ type: [SessionSummaryResponse] })
  async list(@CurrentActor() actor: Actor, @CurrentSessionId() current: string): Promise<SessionSummaryResponse[]> {
    const sessions = await this.sessions.active(actor.principal.userId);
    return sessions.map((session) => ({
      clientIp: session.clientIp,
      createdAt: session.createdAt.toISOString(),
      current: session.id === current,
      expiresAt: session.expiresAt.toISOString(),
      id: session.id,
      method: session.method,
      userAgent: session.userAgent,
    }));
  }

  @Delete('sessions/:sessionId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'End one of my sessions', description: 'Ends another session of the signed-in user, e.g. a device left signed in. Ending the current one is POST /auth/logout.' })
  @ApiNoContentResponse({ description: 'The session is ended' })
  @ApiNotFoundResponse({ example: { code: 'SESSION_NOT_FOUND', error: 'Not Found', message: 'No open session of yours has this id', statusCode: 404 } })
  async end(@CurrentActor() actor: Actor, @Param('sessionId', new ParseUUIDPipe({ version: '4' })) sessionId: string): Promise<void> {
    await this.auth.endSession(actor, sessionId);
  }

  @Post('logout-everywhere')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign out everywhere', description: 'Ends every session of the signed-in user, on every device, also bearer tokens handed to scripts, and clears this cookie.' })
  @ApiOkResponse({ type: SignedOutEverywhereResponse })
  async logoutEverywhere(@CurrentActor() actor: Actor, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SignedOutEverywhereResponse> {
    const sessionsEnded = await this.auth.logoutEverywhere(actor);
    clearSessionCookie(request, response);
    return { sessionsEnded };
  }
}
