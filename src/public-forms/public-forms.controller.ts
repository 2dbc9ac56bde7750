import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { DomainError } from '../errors/domain-error';
import { FeedbackAnswerService } from '../feedback/feedback-answer.service';
import { ReportReactionService } from '../reports/report-reaction.service';
import { feedbackFormPage, reactionFormPage, thanksPage, unavailablePage } from './public-form.pages';

const MAX_TEXT = 5000;

/**
 * The two pages a parent or professional reaches through a personal link in a mail, outside /api and
 * without signing in: the feedback form (/feedback/<token>) and the reaction to a report
 * (/reactie/<token>). The secret in the link is the authorisation; each use is audited.
 */
@ApiExcludeController()
@Controller()
@Public()
export class PublicFormsController {
  constructor(
    private readonly feedback: FeedbackAnswerService,
    private readonly reactions: ReportReactionService,
  ) {}

  @Get('feedback/:token')
  async feedbackForm(@Param('token') token: string, @Res() response: Response): Promise<void> {
    await this.answer(response, async () => feedbackFormPage((await this.feedback.open(token)).closesAt), 'Dit formulier is al ingevuld, of de termijn is voorbij.');
  }

  @Post('feedback/:token')
  async submitFeedback(@Param('token') token: string, @Body() body: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const score = Number(body.score);
    const comment = typeof body.comment === 'string' && body.comment.trim() !== '' ? body.comment.trim().slice(0, MAX_TEXT) : null;
    if (!Number.isInteger(score) || score < 1 || score > 10) {
      await this.answer(response, async () => feedbackFormPage((await this.feedback.open(token)).closesAt, 'Kies een cijfer van 1 tot en met 10.'), 'Dit formulier is al ingevuld, of de termijn is voorbij.', 400);
      return;
    }
    await this.answer(response, async () => {
      await this.feedback.answer(token, { comment, score });
      return thanksPage('Uw antwoord is ontvangen. Dank u wel voor de moeite.');
    }, 'Dit formulier is al ingevuld, of de termijn is voorbij.');
  }

  @Get('reactie/:token')
  async reactionForm(@Param('token') token: string, @Res() response: Response): Promise<void> {
    await this.answer(response, async () => reactionFormPage(await this.reactions.invitation(token)), 'Reageren op dit verslag is niet (meer) mogelijk.');
  }

  @Post('reactie/:token')
  async submitReaction(@Param('token') token: string, @Body() body: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const text = typeof body.text === 'string' ? body.text.trim() : '';
    if (text === '' || text.length > MAX_TEXT) {
      await this.answer(response, async () => reactionFormPage(await this.reactions.invitation(token), `Schrijf uw reactie in het tekstvak (hoogstens ${MAX_TEXT} tekens).`), 'Reageren op dit verslag is niet (meer) mogelijk.', 400);
      return;
    }
    await this.answer(response, async () => {
      await this.reactions.record(token, { disputesAccuracy: body.disputesAccuracy === 'true' || body.disputesAccuracy === true, text });
      return thanksPage('Uw reactie is ontvangen. Zij wordt aan het verslag toegevoegd; u ontvangt de nieuwe versie per mail.');
    }, 'Reageren op dit verslag is niet (meer) mogelijk: de reactietermijn is voorbij.');
  }

  /** Renders a page, or the unavailable page for a domain error (unknown link, closed period). */
  private async answer(response: Response, render: () => Promise<string>, unavailable: string, status = 200): Promise<void> {
    let html: string;
    try {
      html = await render();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      status = error.code.endsWith('NOT_FOUND') || (error.details as { reason?: string } | undefined)?.reason === 'unknown' ? 404 : 409;
      html = unavailablePage(unavailable);
    }
    response.status(status).set({ 'Cache-Control': 'no-store', 'Content-Type': 'text/html; charset=utf-8', 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff' }).send(html);
  }
}
